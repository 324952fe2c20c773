import styles from './ProfileSkeleton.module.css';
import './profile.css';

/** Reserves the profile's layout while it loads, so nothing jumps when the artist arrives. */
export function ProfileSkeleton() {
  return (
    <div className={`${styles.wrap} profile-loading`} role="status" aria-live="polite">
      <span className="visually-hidden">Loading the artist’s profile…</span>
      <div className={styles.back} aria-hidden="true" />
      <div className={styles.header} aria-hidden="true" />
      <div className={styles.grid} aria-hidden="true">
        {Array.from({ length: 6 }, (_, i) => <div key={i} className={styles.tile} />)}
      </div>
    </div>
  );
}
