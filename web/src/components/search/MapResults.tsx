'use client';
import { useMemo } from 'react';
import type { ArtistSummary, Style } from '@/lib/api';
import type { BBox, SearchState } from '@/lib/searchState';
import { labelForSlug } from '@/lib/useApi';
import { availabilityText } from '@/lib/availability';
import { ArtistMap } from '../map/ArtistMap';
import type { MapPin } from '../map/types';
import { profileHref } from './ArtistCard';
import styles from './MapResults.module.css';

interface Props { state: SearchState; items: ArtistSummary[] | null; styles: Style[] | null; onChange: (next: SearchState, mode?: 'push' | 'replace') => void }

export function toPins(items: readonly ArtistSummary[], styleList: Style[] | null): MapPin[] {
  return items.flatMap((a) => {
    const studio: MapPin[] = a.studio && a.studio.lat !== null && a.studio.lng !== null
      ? [{
          id: a.id, lat: a.studio.lat, lng: a.studio.lng, title: a.name,
          subtitle: [a.studio.name, a.studio.city].filter(Boolean).join(', '),
          detail: a.styles.map((s) => labelForSlug(s, styleList)).join(' · '),
          href: profileHref(a.id),
        }]
      : [];
    // a guest spot shows where it is, for its dates (the API lists it until it ends)
    const guesting: MapPin[] = (a.availability ?? []).flatMap((g, i) => g.kind === 'guest-spot' && g.location
      ? [{
          id: `${a.id}-guest-${i}`, lat: g.location.lat, lng: g.location.lng, title: a.name,
          subtitle: availabilityText(g), detail: 'Guest spot', href: profileHref(a.id),
        }]
      : []);
    return [...studio, ...guesting];
  });
}

export function MapResults({ state, items, styles: styleList, onChange }: Props) {
  const pins = useMemo(() => toPins(items ?? [], styleList), [items, styleList]);
  const placed = new Set(pins.map((p) => p.href));
  const unplaced = (items ?? []).filter((a) => !placed.has(profileHref(a.id))).length;
  const moved = (bbox: BBox) => onChange({ ...state, bbox, page: 1 }, 'replace');
  return (
    <div className={styles.wrap}>
      <p className={styles.hint}>Move or zoom the map to search that area. The list below the map shows the same artists.</p>
      <ArtistMap className={styles.map} pins={pins} bbox={state.bbox} onViewportChange={moved} label="Map of artists' studios" />
      <h3 className={styles.listHeading} id="map-list-heading">Artists on the map</h3>
      {items === null ? (
        <p>Loading artists…</p>
      ) : (
        <ol className={styles.list} aria-labelledby="map-list-heading">
          {items.map((a) => (
            <li key={a.id}>
              <a href={profileHref(a.id)}>{a.name}</a>
              {a.studio && <span className={styles.where}> — {[a.studio.name, a.studio.city].filter(Boolean).join(', ')}</span>}
            </li>
          ))}
        </ol>
      )}
      {unplaced > 0 && <p className={styles.where}>{unplaced} of these artists have no studio location, so they are only in the list.</p>}
    </div>
  );
}
