'use client';
// Small data hooks over the API client: abort on change, keep the last good answer while the next one loads.
import { useCallback, useEffect, useState } from 'react';
import { api, ApiError, type SearchResponse, type Style } from './api';
import { embeddedResults, embeddedStyles } from './embeddedSearch';

export type Load<T> =
  | { status: 'loading'; data: T | null; error: null }
  | { status: 'ok'; data: T; error: null }
  | { status: 'error'; data: T | null; error: ApiError };

function asApiError(e: unknown): ApiError {
  return e instanceof ApiError ? e : new ApiError(0, { title: 'Unexpected error' });
}

/**
 * The results of one /api/artists query. `live` says the query was built from the address as it is now: the first
 * render after loading the page uses the static page's empty search (hydration), and asking for that would be a
 * wasted request, since the next render has the address's own search.
 */
export function useSearchResults(apiQuery: string, live: boolean): Load<SearchResponse> & { retry: () => void } {
  const [load, setLoad] = useState<Load<SearchResponse>>({ status: 'loading', data: null, error: null });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    if (!live) return;
    // the server wrote this search's first page into the page (its first view): show it, no request
    const embedded = embeddedResults(document, apiQuery);
    if (embedded) {
      setLoad({ status: 'ok', data: embedded, error: null });
      return;
    }
    const controller = new AbortController();
    setLoad((prev) => ({ status: 'loading', data: prev.data, error: null }));
    api.searchArtists(apiQuery, controller.signal).then(
      (data) => setLoad({ status: 'ok', data, error: null }),
      (e: unknown) => {
        if (!controller.signal.aborted) setLoad((prev) => ({ status: 'error', data: prev.data, error: asApiError(e) }));
      },
    );
    return () => controller.abort();
  }, [apiQuery, attempt, live]);
  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  return { ...load, retry };
}

export function useStyles(): Style[] | null {
  const [styles, setStyles] = useState<Style[] | null>(null);
  useEffect(() => {
    const embedded = embeddedStyles(document);
    if (embedded) {
      setStyles(embedded);
      return;
    }
    const controller = new AbortController();
    api.styles(controller.signal).then(setStyles, () => {
      if (!controller.signal.aborted) setStyles([]);
    });
    return () => controller.abort();
  }, []);
  return styles;
}

/** "neo-traditional" -> "Neo traditional", for a slug with no label at hand. */
export function labelForSlug(slug: string, styles: readonly Style[] | null): string {
  const known = styles?.find((s) => s.slug === slug);
  if (known) return known.label;
  const words = slug.replace(/-/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}
