'use client';
import { useStyles } from '@/lib/useApi';
import { StyleExamples } from './StyleExamples';
import styles from './StylesPage.module.css';

/** Every style in plain words, with pictures of real work and a search for it. */
export function StylesPage() {
  const styleList = useStyles();
  return (
    <article className={styles.page}>
      <h1>Tattoo styles explained</h1>
      <p className={styles.lead}>
        Not sure whether you want neo-traditional or traditional, blackwork or black and grey? Here is what each style
        looks like, with examples of work by artists in the directory.
      </p>
      {styleList === null ? (
        <p role="status">Loading styles…</p>
      ) : styleList.length === 0 ? (
        <p role="alert">The styles could not be loaded. Please try again in a moment.</p>
      ) : (
        <ul className={styles.list}>
          {styleList.map((style) => (
            <li key={style.slug} className={styles.style}>
              <section aria-labelledby={`style-${style.slug}`}>
                <h2 id={`style-${style.slug}`}>{style.label}</h2>
                {style.description && <p>{style.description}</p>}
                <StyleExamples examples={style.examples ?? []} size="large" />
                <p className={styles.search}>
                  {style.count > 0 ? (
                    <a href={`/?style=${encodeURIComponent(style.slug)}`}>
                      See {style.count} {style.count === 1 ? 'artist' : 'artists'}<span className="visually-hidden"> for {style.label}</span>
                    </a>
                  ) : 'No artists in the directory yet.'}
                </p>
              </section>
            </li>
          ))}
        </ul>
      )}
    </article>
  );
}
