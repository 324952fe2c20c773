import type { ArtistProfile } from '@/lib/api';
import { StyleTags } from './StyleTags';
import './profile.css';

export function removalHref(artist: Pick<ArtistProfile, 'id' | 'instagramHandle'>): string {
  return `/remove/?${new URLSearchParams({ artist: artist.id, handle: artist.instagramHandle })}`;
}

export function instagramHref(artist: Pick<ArtistProfile, 'instagramUrl' | 'instagramHandle'>): string {
  const url = artist.instagramUrl;
  return /^https:\/\/(www\.)?instagram\.com\//.test(url ?? '')
    ? url
    : `https://www.instagram.com/${encodeURIComponent(artist.instagramHandle)}/`;
}

/** The site's portrait at its smallest size, for the header when Instagram gave no picture. */
export function websitePortrait(artist: ArtistProfile) {
  const sizes = artist.website?.portrait?.sizes ?? [];
  return sizes.length === 0 ? null : sizes.reduce((a, b) => (b.width < a.width ? b : a));
}

export function ProfileHeader({ artist }: { artist: ArtistProfile }) {
  const portrait = websitePortrait(artist);
  const picture = artist.profilePicture ?? portrait;
  const alt = artist.profilePicture ? `Profile picture of ${artist.name}`
    : `Photo of ${artist.name}, from the studio’s website`;
  const studio = artist.studios[0];
  return (
    <header className="profile-header">
      {picture ? (
        <img className="profile-avatar" src={picture.url} alt={alt}
          width={picture.width} height={picture.height} fetchPriority="high" />
      ) : (
        <div className="profile-avatar profile-initial" aria-hidden="true">{artist.name.charAt(0).toUpperCase()}</div>
      )}
      <div className="profile-text">
        <h1 id="artist-name" className="profile-name">{artist.name}</h1>
        <p className="profile-meta">
          @{artist.instagramHandle}
          {studio && <> · {[studio.name, studio.city].filter(Boolean).join(', ')}</>}
        </p>
        <StyleTags styles={artist.styles} />
      </div>
      <div className="profile-actions">
        <a className="button profile-cta" href={instagramHref(artist)} target="_blank" rel="noopener noreferrer">
          Contact on Instagram<span className="visually-hidden"> (opens in a new tab)</span>
          <span aria-hidden="true">↗</span>
        </a>
        <a className="profile-removal" href={removalHref(artist)}>
          Are you {artist.name}? Request removal
        </a>
      </div>
    </header>
  );
}
