import type { ArtistSummary, Style } from '@/lib/api';
import { ArtistCard } from './ArtistCard';
import './results.css';

const SKELETONS = Array.from({ length: 6 }, (_, i) => i);

export function ResultsGrid({ items, styles: styleList }: { items: ArtistSummary[] | null; styles: Style[] | null }) {
  if (!items) {
    return (
      <ul className="results-grid" aria-hidden="true">
        {SKELETONS.map((i) => <li key={i} className="results-skeleton" />)}
      </ul>
    );
  }
  return (
    <ul className="results-grid">
      {items.map((artist, index) => (
        <li key={artist.id}>
          <ArtistCard artist={artist} styles={styleList} eager={index < 4} />
        </li>
      ))}
    </ul>
  );
}
