import type { Availability } from '@/lib/api';
import { availabilityText } from '@/lib/availability';
import './availability.css';

/**
 * What the artist said about booking, one badge each; the words it was read from are the badge's title. Renders
 * nothing when there is nothing, so cards without availability keep the markup the server's first view mirrors.
 */
export function AvailabilityBadges({ items, detailed = false }: { items: Availability[] | undefined; detailed?: boolean }) {
  if (!items || items.length === 0) return null;
  return (
    <ul className={`availability${detailed ? ' availability-detailed' : ''}`} aria-label="Availability">
      {items.map((a, i) => (
        <li key={`${a.kind}-${a.from ?? ''}-${a.place ?? ''}-${i}`} className={`availability-${a.kind}`} title={a.evidence}>
          <span className="availability-text">{availabilityText(a)}</span>
          {/* scraped, untrusted text: rendered as text only */}
          {detailed && <q className="availability-evidence">{a.evidence}</q>}
        </li>
      ))}
    </ul>
  );
}
