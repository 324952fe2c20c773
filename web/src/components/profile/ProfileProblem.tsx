import styles from './ProfileProblem.module.css';

export function ProfileProblem({ kind, onRetry }: { kind: 'missing' | 'error'; onRetry?: () => void }) {
  return (
    <div className={styles.box}>
      {kind === 'missing' ? (
        <>
          <h1>We could not find this artist</h1>
          <p>The profile may have been removed at the artist’s request, or the link may be wrong.</p>
          <p><a className="button" href="/">Search all artists</a></p>
        </>
      ) : (
        <>
          <h1>This profile could not be loaded</h1>
          <p role="alert">Something went wrong while loading the profile. Check your connection and try again.</p>
          <p><button type="button" className="button" onClick={onRetry}>Try again</button></p>
        </>
      )}
    </div>
  );
}
