// The server's first view of a profile: React keeps it through hydration, and the client takes over from the
// embedded JSON without a request. The page HTML is made here as the static export and the server make it:
// renderToString of the page, then the server's markup written into the empty slot.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ProfilePage } from '@/components/profile/ProfilePage';
import { FIRST_VIEW_ID, PROFILE_DATA_ID } from '@/components/profile/FirstViewSlot';
import { embeddedProfile } from '@/lib/embeddedProfile';
import type { ArtistProfile } from '@/lib/api';
import { hydrateServedPage, scriptJson as json, unmountServedPage } from './servedPage';

const ID = 'a5c0ffee00000000';
const artist: ArtistProfile = {
  id: ID, name: 'Ann Example', instagramHandle: 'ink.by.ann', instagramUrl: 'https://www.instagram.com/ink.by.ann/',
  bio: 'Fine line </script> & more', profilePicture: null, studios: [], styles: [{ slug: 'blackwork', label: 'Blackwork' }],
  images: [], lastUpdated: null,
};
// what serve's ProfileFirstView writes (abridged to what the assertions need), JSON escaped as it escapes it
const FIRST_VIEW = '<article class="profile" aria-labelledby="artist-name"><h1 id="artist-name" class="profile-name">Ann Example (server)</h1></article>';
const dataScript = (value: unknown) => `<script type="application/json" id="${PROFILE_DATA_ID}">${json(value)}</script>`;

afterEach(() => {
  unmountServedPage();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

/** The static page with the server's content in the slot, hydrated as the browser would. */
function hydratePage(slotContent: string) {
  const address = `/artists/${ID}`;
  return hydrateServedPage(<ProfilePage />, FIRST_VIEW_ID, slotContent, { built: address, visited: address });
}

describe('profile first view', () => {
  it('is kept as the server wrote it through hydration, with no mismatch reported', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    vi.stubGlobal('fetch', vi.fn(() => new Promise<Response>(() => undefined))); // the API never answers
    const { container, recoverable } = await hydratePage(FIRST_VIEW);

    expect(container.querySelector(`#${FIRST_VIEW_ID} h1`)?.textContent).toBe('Ann Example (server)');
    expect(recoverable).not.toHaveBeenCalled();
    expect(errors).not.toHaveBeenCalled();
  });

  it('is replaced by the React profile from the embedded JSON, without asking the API', async () => {
    const fetch = vi.fn(() => new Promise<Response>(() => undefined));
    vi.stubGlobal('fetch', fetch);
    const { container, recoverable } = await hydratePage(FIRST_VIEW + dataScript(artist));

    expect(container.querySelector(`#${FIRST_VIEW_ID}`)).toBeNull();
    expect(container.querySelectorAll('h1')).toHaveLength(1);
    expect(container.querySelector('h1')?.textContent).toBe('Ann Example');
    expect(container.querySelector('.profile-bio')?.textContent).toBe('Fine line </script> & more');
    expect(container.querySelector('.profile-header')).not.toBeNull(); // the same class names the server uses
    expect(document.title).toBe('Ann Example — tattoo artist · Tattoo Artist Directory');
    expect(fetch).not.toHaveBeenCalled();
    expect(recoverable).not.toHaveBeenCalled();
  });

  it('falls back to the API when the slot is empty', async () => {
    const fetch = vi.fn(async () => new Response(JSON.stringify({ ...artist, name: 'From the API' }), { status: 200 }));
    vi.stubGlobal('fetch', fetch);
    const { container } = await hydratePage('');

    await vi.waitFor(() => expect(container.querySelector('h1')?.textContent).toBe('From the API'));
    expect(fetch).toHaveBeenCalledWith(`/api/artists/${ID}`, expect.anything());
  });
});

describe('embeddedProfile', () => {
  const page = (html: string) => new DOMParser().parseFromString(`<!doctype html><body>${html}</body>`, 'text/html');

  it('reads the profile of the requested artist, with escaped characters restored', () => {
    const found = embeddedProfile(page(dataScript(artist)), PROFILE_DATA_ID, ID);
    expect(found).toEqual(artist);
  });

  it('ignores a profile of another artist, broken or odd JSON, and other elements', () => {
    expect(embeddedProfile(page(dataScript(artist)), PROFILE_DATA_ID, 'someone-else')).toBeNull();
    expect(embeddedProfile(page(`<script type="application/json" id="${PROFILE_DATA_ID}">{"id":</script>`), PROFILE_DATA_ID, ID)).toBeNull();
    expect(embeddedProfile(page(dataScript({ id: ID, name: 'x' })), PROFILE_DATA_ID, ID)).toBeNull();
    expect(embeddedProfile(page(dataScript([artist])), PROFILE_DATA_ID, ID)).toBeNull();
    expect(embeddedProfile(page(`<div id="${PROFILE_DATA_ID}">${JSON.stringify(artist)}</div>`), PROFILE_DATA_ID, ID)).toBeNull();
    expect(embeddedProfile(page(`<script id="${PROFILE_DATA_ID}">${JSON.stringify(artist)}</script>`), PROFILE_DATA_ID, ID)).toBeNull();
    expect(embeddedProfile(page(''), PROFILE_DATA_ID, ID)).toBeNull();
  });
});
