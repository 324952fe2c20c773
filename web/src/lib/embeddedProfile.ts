// The profile JSON the server embeds in the page next to its first view (see FirstViewSlot), read so the client can
// render at once instead of asking /api/artists/{id} again. Anything unexpected means "not embedded": the page
// then loads the profile from the API as before.
import type { ArtistProfile } from './api';
import { embeddedJson } from './embeddedJson';

const isString = (v: unknown): v is string => typeof v === 'string';

function looksLikeProfile(value: unknown): value is ArtistProfile {
  if (!value || typeof value !== 'object') return false;
  const p = value as Record<string, unknown>;
  return isString(p.id) && isString(p.name) && isString(p.instagramHandle)
    && Array.isArray(p.studios) && Array.isArray(p.styles) && Array.isArray(p.images);
}

/** The embedded profile of artist `id`, or null when the page carries none (or one for another artist). */
export function embeddedProfile(doc: Document, elementId: string, id: string): ArtistProfile | null {
  const value = embeddedJson(doc, elementId);
  return looksLikeProfile(value) && value.id === id ? value : null;
}
