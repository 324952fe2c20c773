'use client';
import { useEffect, useState } from 'react';
import { ApiError, type ArtistProfile } from '@/lib/api';
import { loadArtist } from './earlyProfileFetch';
import { artistIdFromLocation } from '@/lib/artistId';
import { ProfileHeader } from './ProfileHeader';
import { Gallery } from './Gallery';
import { StudioSection } from './StudioSection';
import { ProfileSkeleton } from './ProfileSkeleton';
import { ProfileProblem } from './ProfileProblem';
import styles from './ProfilePage.module.css';

type State =
  | { kind: 'loading' }
  | { kind: 'ok'; artist: ArtistProfile }
  | { kind: 'missing' }
  | { kind: 'error'; error: ApiError };

export function ProfilePage() {
  const [state, setState] = useState<State>({ kind: 'loading' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    const id = artistIdFromLocation(window.location.pathname, window.location.search);
    if (!id) {
      setState({ kind: 'missing' });
      return;
    }
    const controller = new AbortController();
    loadArtist(id, controller.signal).then(
      (artist) => {
        document.title = `${artist.name} · Tattoo Artist Directory`;
        setState({ kind: 'ok', artist });
      },
      (e: unknown) => {
        if (controller.signal.aborted) return;
        const error = e instanceof ApiError ? e : new ApiError(0, null);
        setState(error.isNotFound ? { kind: 'missing' } : { kind: 'error', error });
      },
    );
    return () => controller.abort();
  }, [attempt]);

  if (state.kind === 'loading') return <ProfileSkeleton />;
  if (state.kind === 'missing') return <ProfileProblem kind="missing" />;
  if (state.kind === 'error') return <ProfileProblem kind="error" onRetry={() => { setState({ kind: 'loading' }); setAttempt((n) => n + 1); }} />;

  const { artist } = state;
  return (
    <article className={styles.profile} aria-labelledby="artist-name">
      <p className={styles.back}><a href="/">← Search all artists</a></p>
      <ProfileHeader artist={artist} />
      {artist.bio && (
        <section className={styles.section} aria-labelledby="bio-heading">
          <h2 id="bio-heading">About</h2>
          {/* scraped, untrusted text: rendered as text only */}
          <p className={styles.bio}>{artist.bio}</p>
        </section>
      )}
      <Gallery artist={artist} />
      <StudioSection artist={artist} />
      {artist.lastUpdated && (
        <p className={styles.updated}>
          Profile last updated {new Date(artist.lastUpdated).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' })}.
        </p>
      )}
    </article>
  );
}
