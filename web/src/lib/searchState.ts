// The whole search lives in the URL: this codec turns a query string into a SearchState and back,
// and builds the matching /api/artists query. Unknown or malformed values fall back to defaults.

export type View = 'grid' | 'map';
export type Sort = 'relevance' | 'distance' | 'updated';
export interface LatLng { lat: number; lng: number }
/** west, south, east, north */
export type BBox = [number, number, number, number];

export interface SearchState {
  q: string;
  city: string;
  near: LatLng | null;
  radiusKm: number | null;
  styles: string[];
  /** books-open, flash, guest-spot: any of them */
  availability: string[];
  bbox: BBox | null;
  sort: Sort;
  page: number;
  view: View;
}

export const PAGE_SIZE = 24;
export const MAP_PAGE_SIZE = 100;
export const DEFAULT_RADIUS_KM = 25;

export const EMPTY_SEARCH: SearchState = {
  q: '', city: '', near: null, radiusKm: null, styles: [], availability: [], bbox: null, sort: 'relevance', page: 1,
  view: 'grid',
};

/** The availability kinds a search can filter on, in the order the filter lists them. */
export const AVAILABILITY_FILTERS: readonly string[] = ['books-open', 'flash', 'guest-spot'];

const SORTS: readonly Sort[] = ['relevance', 'distance', 'updated'];
const SLUG = /^[a-z0-9-]{1,40}$/;

function parseNumbers(value: string | null, count: number): number[] | null {
  if (!value) return null;
  const parts = value.split(',');
  if (parts.length !== count) return null;
  const numbers = parts.map((p) => (p.trim() === '' ? NaN : Number(p)));
  return numbers.every(Number.isFinite) ? numbers : null;
}

function parseNear(value: string | null): LatLng | null {
  const n = parseNumbers(value, 2);
  if (!n) return null;
  const [lat, lng] = n as [number, number];
  return Math.abs(lat) <= 90 && Math.abs(lng) <= 180 ? { lat, lng } : null;
}

function parseBBox(value: string | null): BBox | null {
  const n = parseNumbers(value, 4);
  if (!n) return null;
  const [w, s, e, no] = n as BBox;
  const inRange = Math.abs(w) <= 180 && Math.abs(e) <= 180 && Math.abs(s) <= 90 && Math.abs(no) <= 90;
  return inRange && w < e && s < no ? [w, s, e, no] : null;
}

function parsePositive(value: string | null, max: number): number | null {
  if (!value) return null;
  const n = Number(value);
  return Number.isFinite(n) && n > 0 && n <= max ? n : null;
}

export function parseSearch(query: string | URLSearchParams): SearchState {
  const p = typeof query === 'string' ? new URLSearchParams(query) : query;
  const near = parseNear(p.get('near'));
  const sort = SORTS.find((s) => s === p.get('sort')) ?? 'relevance';
  const pageText = p.get('page') ?? '';
  const page = /^\d{1,4}$/.test(pageText) ? Number(pageText) : 1;
  const styles = [...new Set(p.getAll('style').filter((s) => SLUG.test(s)))].sort();
  const availability = AVAILABILITY_FILTERS.filter((kind) => p.getAll('availability').includes(kind));
  return {
    q: (p.get('q') ?? '').slice(0, 200),
    city: (p.get('city') ?? '').slice(0, 100),
    near,
    radiusKm: near ? parsePositive(p.get('radiusKm'), 500) : null,
    styles,
    availability,
    bbox: parseBBox(p.get('bbox')),
    sort: sort === 'distance' && !near ? 'relevance' : sort,
    page: Number.isInteger(page) && page >= 1 && page <= 400 ? page : 1,
    view: p.get('view') === 'map' ? 'map' : 'grid',
  };
}

const round = (n: number, digits: number) => Number(n.toFixed(digits)).toString();

function filterParams(s: SearchState): URLSearchParams {
  const p = new URLSearchParams();
  if (s.q.trim()) p.set('q', s.q.trim());
  if (s.city.trim()) p.set('city', s.city.trim());
  if (s.near) p.set('near', `${round(s.near.lat, 5)},${round(s.near.lng, 5)}`);
  if (s.near && s.radiusKm) p.set('radiusKm', String(s.radiusKm));
  for (const style of s.styles) p.append('style', style);
  for (const kind of s.availability) p.append('availability', kind);
  if (s.bbox) p.set('bbox', s.bbox.map((n) => round(n, 5)).join(','));
  if (s.sort !== 'relevance') p.set('sort', s.sort);
  return p;
}

/** The page URL's query string (without '?'); defaults are left out so URLs stay short. */
export function toQueryString(s: SearchState): string {
  const p = filterParams(s);
  if (s.view === 'grid' && s.page > 1) p.set('page', String(s.page));
  if (s.view === 'map') p.set('view', 'map');
  return p.toString();
}

/** The /api/artists query for a state: the grid pages through results, the map asks for one big page. */
export function toApiQuery(s: SearchState): string {
  const p = filterParams(s);
  p.set('page', s.view === 'map' ? '1' : String(s.page));
  p.set('size', String(s.view === 'map' ? MAP_PAGE_SIZE : PAGE_SIZE));
  return p.toString();
}

/** True when anything narrows the search (used for the empty state's wording). */
export function hasFilters(s: SearchState): boolean {
  return Boolean(s.q.trim() || s.city.trim() || s.near || s.styles.length || s.availability.length || s.bbox);
}
