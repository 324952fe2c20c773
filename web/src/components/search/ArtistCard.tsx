import type { ArtistSummary, Style } from '@/lib/api';
import { labelForSlug } from '@/lib/useApi';
import { AvailabilityBadges } from '../availability/AvailabilityBadges';
import './results.css';

export function profileHref(id: string): string {
  return `/artists/${encodeURIComponent(id)}`;
}

function initials(name: string): string {
  return name.split(/\s+/).filter(Boolean).slice(0, 2).map((w) => w.charAt(0).toUpperCase()).join('');
}

// Markup and class names mirrored by serve's SearchFirstView.java (the server's first view of the results).
export function ArtistCard({ artist, styles: styleList, eager }: { artist: ArtistSummary; styles: Style[] | null; eager: boolean }) {
  const where = [artist.studio?.name, artist.studio?.city].filter(Boolean).join(', ');
  return (
    <article className="artist-card">
      {artist.thumbnailUrl ? (
        <img
          className="artist-card-thumb"
          src={artist.thumbnailUrl}
          alt=""
          width={320}
          height={320}
          loading={eager ? 'eager' : 'lazy'}
          decoding="async"
        />
      ) : (
        <div className="artist-card-thumb artist-card-placeholder" aria-hidden="true">{initials(artist.name)}</div>
      )}
      <div className="artist-card-body">
        <h3 className="artist-card-name">
          <a className="artist-card-link" href={profileHref(artist.id)}>{artist.name}</a>
        </h3>
        <p className="artist-card-handle">@{artist.instagramHandle}</p>
        {where && <p className="artist-card-studio">{where}</p>}
        {artist.styles.length > 0 && (
          <ul className="artist-card-tags" aria-label="Styles">
            {artist.styles.map((slug) => <li key={slug}>{labelForSlug(slug, styleList)}</li>)}
          </ul>
        )}
        <AvailabilityBadges items={artist.availability} />
      </div>
    </article>
  );
}
