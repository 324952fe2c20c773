// Client-side checks for the removal request form. They mirror the server's rules (serve RemovalForm and
// InstagramHandles) so most mistakes are caught before sending; the server stays the authority.

export type RemovalField = 'instagramHandle' | 'email' | 'reason';
export interface RemovalInput { instagramHandle: string; artistId: string; email: string; reason: string }
export type FieldErrors = Partial<Record<RemovalField, string>>;

export const LIMITS = { handle: 200, email: 254, reason: 2000 } as const;

const HANDLE = /^[a-z0-9._]{1,30}$/;
const INSTAGRAM_HOSTS = new Set(['instagram.com', 'www.instagram.com', 'm.instagram.com', 'instagr.am', 'www.instagr.am']);
const RESERVED = new Set(['p', 'reel', 'reels', 'tv', 'explore', 'stories', 'accounts', 'direct', 'about',
  'developer', 'legal', 'privacy', 'terms', 'web', 'emails', 'challenge', 'session', 'oauth', 'api', 'graphql', 's',
  'tags', 'locations', 'static', 'ar', 'press', 'help', 'nametag', 'invites']);
// one '@', a dot in the domain, no spaces or control characters (as the server checks)
const EMAIL = /^[^@\s\u0000-\u001f\u007f]{1,64}@[^@\s\u0000-\u001f\u007f]+\.[^@\s\u0000-\u001f\u007f.]+$/;
export const ARTIST_ID = /^[a-z0-9][a-z0-9-]{0,63}$/;

function isValidHandle(handle: string): boolean {
  return HANDLE.test(handle) && !handle.startsWith('.') && !handle.endsWith('.') && !handle.includes('..');
}

function handleFromUrl(text: string): string | null {
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `https://${text.replace(/^\/\//, '')}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    return null;
  }
  if (!['http:', 'https:'].includes(url.protocol) || !INSTAGRAM_HOSTS.has(url.hostname.toLowerCase())) return null;
  const segments = url.pathname.split('/').filter(Boolean);
  if (segments.length !== 1) return null;
  const handle = decodeURIComponent(segments[0] ?? '').toLowerCase().replace(/^@/, '');
  return !RESERVED.has(handle) && isValidHandle(handle) ? handle : null;
}

/** The lowercase handle for '@Some.Artist', 'some.artist' or an Instagram profile URL; null when it is none. */
export function normaliseHandle(input: string): string | null {
  const text = input.trim();
  if (!text) return null;
  const lower = text.toLowerCase();
  if (lower.includes('instagram.com') || lower.includes('instagr.am')) return handleFromUrl(text);
  const handle = lower.startsWith('@') ? lower.slice(1) : lower;
  return isValidHandle(handle) ? handle : null;
}

export function validateRemoval(input: RemovalInput): FieldErrors {
  const errors: FieldErrors = {};
  const handle = input.instagramHandle.trim();
  const hasArtist = ARTIST_ID.test(input.artistId.trim());
  if (!handle && !hasArtist) {
    errors.instagramHandle = 'Enter the Instagram handle or profile link of the artist.';
  } else if (handle.length > LIMITS.handle) {
    errors.instagramHandle = `Use at most ${LIMITS.handle} characters.`;
  } else if (handle && !normaliseHandle(handle)) {
    errors.instagramHandle =
      'Enter a handle like @ink.by.ann (letters, digits, dots and underscores, at most 30) or a link like https://www.instagram.com/ink.by.ann/.';
  }
  const email = input.email.trim();
  if (!email) errors.email = 'Enter your email address, so we can tell you when the request is done.';
  else if (email.length > LIMITS.email) errors.email = `Use at most ${LIMITS.email} characters.`;
  else if (!EMAIL.test(email)) errors.email = 'Enter an email address like name@example.org.';
  if (input.reason.trim().length > LIMITS.reason) errors.reason = `Use at most ${LIMITS.reason} characters.`;
  return errors;
}

/** Maps a 400 problem's `parameter` to the form field that shows it (artistId errors show on the handle field). */
export function fieldForParameter(parameter: string | undefined): RemovalField | null {
  switch (parameter) {
    case 'instagramHandle':
    case 'artistId':
      return 'instagramHandle';
    case 'email':
      return 'email';
    case 'reason':
      return 'reason';
    default:
      return null;
  }
}

/** Plain-language text for a server rule, e.g. "must be an email address like ..." -> "Must be an email ...". */
export function sentenceFromRule(rule: string | undefined, fallback: string): string {
  if (!rule) return fallback;
  const text = rule.trim();
  return text ? `${text.charAt(0).toUpperCase()}${text.slice(1)}${/[.!?]$/.test(text) ? '' : '.'}` : fallback;
}
