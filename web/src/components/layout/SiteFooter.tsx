import styles from './SiteFooter.module.css';

export function SiteFooter() {
  return (
    <footer className={styles.footer}>
      <div className={styles.inner}>
        <p>
          Profiles are gathered from public studio websites and Instagram. Artists can{' '}
          <a href="/remove/">ask to be removed</a> at any time.
        </p>
        <p><a href="/about/">Where our data comes from and our delisting policy</a></p>
      </div>
    </footer>
  );
}
