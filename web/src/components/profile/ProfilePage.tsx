'use client';
import { useEffect, useState } from 'react';
import { ApiError, type ArtistProfile } from '@/lib/api';
import { loadArtist } from './earlyProfileFetch';
import { artistIdFromLocation } from '@/lib/artistId';
import { embeddedProfile } from '@/lib/embeddedProfile';
import { profileTitle, SITE_NAME } from '@/lib/pageTitles';
import { useInteractiveMark } from '@/lib/useInteractiveMark';
import { FirstViewSlot, PROFILE_DATA_ID } from './FirstViewSlot';
import { ProfileHeader } from './ProfileHeader';
import { AvailabilityBadges } from '../availability/AvailabilityBadges';
import { Gallery, WEBSITE_GALLERY } from './Gallery';
import { WebsiteSection } from './WebsiteSection';
import { StudioSection } from './StudioSection';
import { ProfileSkeleton } from './ProfileSkeleton';
import { ProfileProblem } from './ProfileProblem';
import './profile.css';

type State =
  | { kind: 'loading' }
  | { kind: 'ok'; artist: ArtistProfile }
  | { kind: 'missing' }
  | { kind: 'error'; error: ApiError };

const LOADING_TITLE = `Artist profile · ${SITE_NAME}`;
const MISSING_TITLE = `Artist not found · ${SITE_NAME}`;

export function ProfilePage() {
  const [state, setState] = useState<State>({ kind: 'loading' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    const id = artistIdFromLocation(window.location.pathname, window.location.search);
    if (!id) {
      setState({ kind: 'missing' });
      return;
    }
    const show = (artist: ArtistProfile) => setState({ kind: 'ok', artist });
    // the server embedded this artist with its first view: render it now, no request (only on the first load;
    // a retry after an error always asks the API)
    const embedded = attempt === 0 ? embeddedProfile(document, PROFILE_DATA_ID, id) : null;
    if (embedded) {
      show(embedded);
      return;
    }
    const controller = new AbortController();
    loadArtist(id, controller.signal).then(
      show,
      (e: unknown) => {
        if (controller.signal.aborted) return;
        const error = e instanceof ApiError ? e : new ApiError(0, null);
        setState(error.isNotFound ? { kind: 'missing' } : { kind: 'error', error });
      },
    );
    return () => controller.abort();
  }, [attempt]);
  // the server's first view (its gallery does not open the lightbox) stays until the profile is known
  useInteractiveMark(state.kind !== 'loading');

  // until the profile is known: the server's first view when it wrote one, else the skeleton (profile.css hides
  // the skeleton when the slot is filled); same layout as the article below, so nothing moves when it takes over
  // React puts the title in the head; for an artist, the same title serve wrote into the page (ProfileSeo)
  if (state.kind === 'loading') return <><title>{LOADING_TITLE}</title><FirstViewSlot /><ProfileSkeleton /></>;
  if (state.kind === 'missing') return <><title>{MISSING_TITLE}</title><ProfileProblem kind="missing" /></>;
  if (state.kind === 'error') return <><title>{LOADING_TITLE}</title><ProfileProblem kind="error" onRetry={() => { setState({ kind: 'loading' }); setAttempt((n) => n + 1); }} /></>;

  const { artist } = state;
  return (
    <article className="profile" aria-labelledby="artist-name">
      <title>{profileTitle(artist)}</title>
      <p className="profile-back"><a href="/">← Search all artists</a></p>
      <ProfileHeader artist={artist} />
      {artist.availability && artist.availability.length > 0 && (
        <section className="profile-section" aria-labelledby="availability-heading">
          <h2 id="availability-heading">Availability</h2>
          <AvailabilityBadges items={artist.availability} detailed />
        </section>
      )}
      {artist.bio && (
        <section className="profile-section" aria-labelledby="bio-heading">
          <h2 id="bio-heading">About</h2>
          {/* scraped, untrusted text: rendered as text only */}
          <p className="profile-bio">{artist.bio}</p>
          <p className="profile-source">From Instagram</p>
        </section>
      )}
      <WebsiteSection artist={artist} />
      <Gallery artist={artist} />
      {artist.website && artist.website.images.length > 0 && (
        <Gallery artist={artist} images={artist.website.images} kind={WEBSITE_GALLERY} />
      )}
      <StudioSection artist={artist} />
      {artist.lastUpdated && (
        <p className="profile-updated">
          Profile last updated {new Date(artist.lastUpdated).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' })}.
        </p>
      )}
    </article>
  );
}
