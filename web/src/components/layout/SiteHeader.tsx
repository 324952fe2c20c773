import styles from './SiteHeader.module.css';

export function SiteHeader() {
  return (
    <header className={styles.header}>
      <div className={styles.inner}>
        <a className={styles.brand} href="/">
          <span aria-hidden="true" className={styles.mark}>✦</span> Tattoo Artist Directory
        </a>
        <nav aria-label="Main">
          <ul className={styles.links}>
            <li><a href="/">Search</a></li>
            <li><a href="/styles/">Style guide</a></li>
            <li><a href="/about/">About &amp; privacy</a></li>
            <li><a href="/remove/">Request removal</a></li>
          </ul>
        </nav>
      </div>
    </header>
  );
}
