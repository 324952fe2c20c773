// The profile's data request starts from a tiny inline script while the page's JavaScript is still downloading,
// instead of after React has started: the two no longer wait for each other. It comes after the profile's slot
// in the page, so when the server already embedded the profile there (#profile-data) it asks for nothing.
import { api, readAnswer, type ArtistProfile } from '@/lib/api';

interface EarlyFetch { id: string; response: Promise<Response> }
declare global {
  interface Window { __tadArtistFetch?: EarlyFetch }
}

// Plain ES5 with no '<', '>' or '&', so it needs no escaping inside the HTML.
const SCRIPT = `(function(){var m=/^\\/artists\\/([A-Za-z0-9_-]{1,64})\\/?$/.exec(location.pathname);if(m&&!document.getElementById('profile-data')){window.__tadArtistFetch={id:m[1],response:fetch('/api/artists/'+m[1],{headers:{Accept:'application/json'}})}}})();`;

export function EarlyProfileFetch() {
  return <script>{SCRIPT}</script>;
}

/** The profile, from the early request when it asked for the same artist (used once), else a new request. */
export function loadArtist(id: string, signal: AbortSignal): Promise<ArtistProfile> {
  const early = typeof window === 'undefined' ? undefined : window.__tadArtistFetch;
  if (early && early.id === id) {
    window.__tadArtistFetch = undefined;
    return readAnswer<ArtistProfile>(early.response);
  }
  return api.artist(id, signal);
}
