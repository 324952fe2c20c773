// The client for the serving API (docs/api.md). Every call is relative (/api/...), so the same build works
// behind ./tad serve and CloudFront. Failures become ApiError with the RFC 9457 problem document when there is one.

export interface StudioSummary { name: string; city: string | null; lat: number | null; lng: number | null }
export type AvailabilityKind = 'books-open' | 'books-closed' | 'flash' | 'guest-spot';
/** What an artist said about booking, as the API shows it: only what holds today (docs/availability.md). */
export interface Availability {
  kind: AvailabilityKind;
  from: string | null;
  until: string | null;
  place: string | null;
  /** the words it was read from: untrusted scraped text, render as text */
  evidence: string;
  expires: string;
  location: { lat: number; lng: number } | null;
}
export interface ArtistSummary {
  id: string;
  name: string;
  instagramHandle: string;
  styles: string[];
  studio: StudioSummary | null;
  thumbnailUrl: string | null;
  availability?: Availability[];
}
export interface SearchResponse {
  total: number;
  page: number;
  size: number;
  items: ArtistSummary[];
  facets: { styles: Record<string, number>; availability?: Record<string, number> };
}
/** A picture of work in a style, from an artist in the directory (GET /api/styles). */
export interface StyleExample { artistId: string; artistName: string; url: string; width: number; height: number; alt: string }
export interface Style {
  slug: string;
  label: string;
  count: number;
  /** plain English: what the style looks like (absent from servers before styles were explained) */
  description?: string;
  examples?: StyleExample[];
}
export interface Picture { size: string; url: string; width: number; height: number; contentType: string }
export interface Studio {
  id: string;
  name: string;
  address: string | null;
  city: string | null;
  country: string | null;
  location: { lat: number; lng: number } | null;
  website: string | null;
}
export interface PortfolioImage {
  id: string;
  alt: string | null;
  videoCover: boolean;
  takenAt: string | null;
  width: number;
  height: number;
  sizes: Picture[];
}
/** What the studio's own website says about the artist (the API's `website`); every text is scraped. */
export interface WebsiteFacts {
  source: 'studio-website';
  studioId: string;
  studioName: string | null;
  page: string | null;
  bio: string;
  portrait: PortfolioImage | null;
  specialisms: string[];
  images: PortfolioImage[];
}
/** A profile; `bio`, `profilePicture` and `images` are what the artist's Instagram showed. */
export interface ArtistProfile {
  id: string;
  name: string;
  instagramHandle: string;
  instagramUrl: string;
  bio: string | null;
  profilePicture: Picture | null;
  studios: Studio[];
  styles: { slug: string; label: string }[];
  images: PortfolioImage[];
  website?: WebsiteFacts | null;
  lastUpdated: string | null;
  availability?: Availability[];
}
export interface RemovalRequest { instagramHandle?: string; artistId?: string; email: string; reason?: string }

export interface Problem {
  type?: string;
  title?: string;
  status?: number;
  detail?: string;
  parameter?: string;
  rule?: string;
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly problem: Problem | null,
    /** seconds, from Retry-After on a 429 */
    readonly retryAfter: number | null = null,
  ) {
    super(problem?.detail ?? problem?.title ?? `request failed with status ${status}`);
    this.name = 'ApiError';
  }
  get isNotFound() { return this.status === 404; }
  get isRateLimited() { return this.status === 429; }
  /** status 0: the network failed or the answer was not readable */
  get isNetwork() { return this.status === 0; }
}

export function parseRetryAfter(value: string | null, now: number = Date.now()): number | null {
  if (!value) return null;
  if (/^\d+$/.test(value.trim())) return Number(value.trim());
  const date = Date.parse(value);
  return Number.isNaN(date) ? null : Math.max(0, Math.ceil((date - now) / 1000));
}

async function readProblem(res: Response): Promise<Problem | null> {
  try {
    const body: unknown = await res.json();
    return body && typeof body === 'object' ? (body as Problem) : null;
  } catch {
    return null;
  }
}

async function request<T>(path: string, init?: RequestInit): Promise<T> {
  return readAnswer<T>(fetch(path, { ...init, headers: { Accept: 'application/json', ...init?.headers } }));
}

/** Turns a fetch into the parsed body or an ApiError. */
export async function readAnswer<T>(answer: Promise<Response>): Promise<T> {
  let res: Response;
  try {
    res = await answer;
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    throw new ApiError(0, { title: 'Network error', detail: 'The directory could not be reached.' });
  }
  if (!res.ok) {
    throw new ApiError(res.status, await readProblem(res), parseRetryAfter(res.headers.get('Retry-After')));
  }
  try {
    return (await res.json()) as T;
  } catch {
    throw new ApiError(0, { title: 'Unreadable answer', detail: 'The directory sent an answer we could not read.' });
  }
}

export const api = {
  searchArtists: (query: string, signal?: AbortSignal) =>
    request<SearchResponse>(`/api/artists?${query}`, { signal }),
  artist: (id: string, signal?: AbortSignal) =>
    request<ArtistProfile>(`/api/artists/${encodeURIComponent(id)}`, { signal }),
  styles: (signal?: AbortSignal) => request<Style[]>('/api/styles', { signal }),
  requestRemoval: (body: RemovalRequest) =>
    request<{ id: string }>('/api/removal-requests', {
      method: 'POST',
      body: JSON.stringify(body),
      headers: { 'Content-Type': 'application/json' },
    }),
};
