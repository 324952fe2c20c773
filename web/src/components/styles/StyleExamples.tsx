import type { StyleExample } from '@/lib/api';
import styles from './StyleExamples.module.css';

// Pictures of work in a style, each a link to the artist's profile. Sizes are fixed (width/height), so nothing moves
// as they load; they load only when shown (inside a closed disclosure they are not fetched at all).
export function StyleExamples({ examples, size }: { examples: readonly StyleExample[]; size: 'small' | 'large' }) {
  if (examples.length === 0) return null;
  return (
    <ul className={`${styles.list} ${size === 'large' ? styles.large : styles.small}`}>
      {examples.map((example) => (
        <li key={`${example.artistId}-${example.url}`}>
          <a className={styles.link} href={`/artists/${encodeURIComponent(example.artistId)}`}>
            <img className={styles.picture} src={example.url} alt={example.alt} width={example.width}
              height={example.height} loading="lazy" decoding="async" />
            <span className={size === 'large' ? styles.caption : 'visually-hidden'}>by {example.artistName}</span>
          </a>
        </li>
      ))}
    </ul>
  );
}
