import type { ArtistSummary, Style } from '@/lib/api';
import { labelForSlug } from '@/lib/useApi';
import styles from './ArtistCard.module.css';

export function profileHref(id: string): string {
  return `/artists/${encodeURIComponent(id)}`;
}

function initials(name: string): string {
  return name.split(/\s+/).filter(Boolean).slice(0, 2).map((w) => w.charAt(0).toUpperCase()).join('');
}

export function ArtistCard({ artist, styles: styleList, eager }: { artist: ArtistSummary; styles: Style[] | null; eager: boolean }) {
  const where = [artist.studio?.name, artist.studio?.city].filter(Boolean).join(', ');
  return (
    <article className={styles.card}>
      {artist.thumbnailUrl ? (
        <img
          className={styles.thumb}
          src={artist.thumbnailUrl}
          alt=""
          width={320}
          height={320}
          loading={eager ? 'eager' : 'lazy'}
          decoding="async"
        />
      ) : (
        <div className={`${styles.thumb} ${styles.placeholder}`} aria-hidden="true">{initials(artist.name)}</div>
      )}
      <div className={styles.body}>
        <h3 className={styles.name}>
          <a className={styles.link} href={profileHref(artist.id)}>{artist.name}</a>
        </h3>
        <p className={styles.handle}>@{artist.instagramHandle}</p>
        {where && <p className={styles.studio}>{where}</p>}
        {artist.styles.length > 0 && (
          <ul className={styles.tags} aria-label="Styles">
            {artist.styles.map((slug) => <li key={slug}>{labelForSlug(slug, styleList)}</li>)}
          </ul>
        )}
      </div>
    </article>
  );
}
