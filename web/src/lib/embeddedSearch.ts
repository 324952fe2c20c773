// The first page of results (and the style list) that the server embeds in the search page next to its first view
// (see ServerSlot and SearchPage), read so the client renders at once instead of asking /api/artists and /api/styles
// again. Anything unexpected means "not embedded": the page then asks the API as before.
import type { SearchResponse, Style } from './api';
import { embeddedJson } from './embeddedJson';

export const SEARCH_FIRST_VIEW_ID = 'search-first-view';
export const SEARCH_DATA_ID = 'search-data';

interface EmbeddedSearch { apiQuery: string; results: SearchResponse; styles: Style[] }

const isObject = (v: unknown): v is Record<string, unknown> => Boolean(v) && typeof v === 'object';

function looksLikeResults(value: unknown): value is SearchResponse {
  return isObject(value) && typeof value.total === 'number' && typeof value.page === 'number'
    && Array.isArray(value.items) && isObject(value.facets) && isObject(value.facets.styles);
}

function looksLikeStyles(value: unknown): value is Style[] {
  return Array.isArray(value) && value.every((s) => isObject(s) && typeof s.slug === 'string' && typeof s.label === 'string');
}

function read(doc: Document): EmbeddedSearch | null {
  const value = embeddedJson(doc, SEARCH_DATA_ID);
  if (!isObject(value) || typeof value.apiQuery !== 'string' || !looksLikeResults(value.results)
    || !looksLikeStyles(value.styles)) return null;
  return { apiQuery: value.apiQuery, results: value.results, styles: value.styles };
}

/**
 * The embedded results when they answer exactly this /api/artists query (as toApiQuery writes it), else null. They go
 * with the first view: once React's results replace the slot, the page carries none and every search asks the API.
 */
export function embeddedResults(doc: Document, apiQuery: string): SearchResponse | null {
  const embedded = read(doc);
  return embedded && embedded.apiQuery === apiQuery ? embedded.results : null;
}

/** The embedded style list (what /api/styles answers), or null. */
export function embeddedStyles(doc: Document): Style[] | null {
  return read(doc)?.styles ?? null;
}
