'use client';
// Small data hooks over the API client: abort on change, keep the last good answer while the next one loads.
import { useCallback, useEffect, useState } from 'react';
import { api, ApiError, type SearchResponse, type Style } from './api';

export type Load<T> =
  | { status: 'loading'; data: T | null; error: null }
  | { status: 'ok'; data: T; error: null }
  | { status: 'error'; data: T | null; error: ApiError };

function asApiError(e: unknown): ApiError {
  return e instanceof ApiError ? e : new ApiError(0, { title: 'Unexpected error' });
}

export function useSearchResults(apiQuery: string): Load<SearchResponse> & { retry: () => void } {
  const [load, setLoad] = useState<Load<SearchResponse>>({ status: 'loading', data: null, error: null });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    const controller = new AbortController();
    setLoad((prev) => ({ status: 'loading', data: prev.data, error: null }));
    api.searchArtists(apiQuery, controller.signal).then(
      (data) => setLoad({ status: 'ok', data, error: null }),
      (e: unknown) => {
        if (!controller.signal.aborted) setLoad((prev) => ({ status: 'error', data: prev.data, error: asApiError(e) }));
      },
    );
    return () => controller.abort();
  }, [apiQuery, attempt]);
  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  return { ...load, retry };
}

export function useStyles(): Style[] | null {
  const [styles, setStyles] = useState<Style[] | null>(null);
  useEffect(() => {
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
