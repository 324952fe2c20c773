import type { ArtistSummary, Style } from '@/lib/api';
import { ArtistCard } from './ArtistCard';
import styles from './ResultsGrid.module.css';

const SKELETONS = Array.from({ length: 6 }, (_, i) => i);

export function ResultsGrid({ items, styles: styleList }: { items: ArtistSummary[] | null; styles: Style[] | null }) {
  if (!items) {
    return (
      <ul className={styles.grid} aria-hidden="true">
        {SKELETONS.map((i) => <li key={i} className={styles.skeleton} />)}
      </ul>
    );
  }
  return (
    <ul className={styles.grid}>
      {items.map((artist, index) => (
        <li key={artist.id}>
          <ArtistCard artist={artist} styles={styleList} eager={index < 4} />
        </li>
      ))}
    </ul>
  );
}
