'use client';
import { useMemo } from 'react';
import type { ArtistProfile } from '@/lib/api';
import { ArtistMap } from '../map/ArtistMap';
import type { MapPin } from '../map/types';
import styles from './StudioSection.module.css';

function safeWebsite(url: string | null): string | null {
  return url && /^https?:\/\//i.test(url) ? url : null;
}

export function StudioSection({ artist }: { artist: ArtistProfile }) {
  const pins = useMemo<MapPin[]>(() => artist.studios.flatMap((s) => s.location
    ? [{ id: s.id, lat: s.location.lat, lng: s.location.lng, title: s.name,
        subtitle: [s.address, s.city].filter(Boolean).join(', '), detail: '', href: null }]
    : []), [artist.studios]);
  if (artist.studios.length === 0) return null;
  const heading = artist.studios.length === 1 ? 'Studio' : 'Studios';
  return (
    <section aria-labelledby="studio-heading" className={styles.section}>
      <h2 id="studio-heading">{heading}</h2>
      <div className={styles.layout}>
        <ul className={styles.list}>
          {artist.studios.map((studio) => {
            const website = safeWebsite(studio.website);
            return (
              <li key={studio.id} className={styles.studio}>
                <h3 className={styles.name}>{studio.name}</h3>
                <address className={styles.address}>
                  {studio.address || [studio.city, studio.country].filter(Boolean).join(', ') || 'Address not known'}
                </address>
                {website && (
                  <a href={website} target="_blank" rel="noopener noreferrer nofollow">
                    Studio website<span className="visually-hidden"> of {studio.name} (opens in a new tab)</span>
                  </a>
                )}
              </li>
            );
          })}
        </ul>
        {pins.length > 0 && (
          <ArtistMap lazy className={styles.map} pins={pins} label={`Map showing where ${artist.name} works`} singlePinZoom={15} />
        )}
      </div>
    </section>
  );
}
