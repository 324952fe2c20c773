'use client';
// The search state read from window.location, kept in step with back/forward. The static HTML is rendered
// with the empty search (server snapshot), so the page shell paints before any script runs.
import { useCallback, useMemo, useSyncExternalStore } from 'react';
import { parseSearch, toQueryString, type SearchState } from './searchState';

const listeners = new Set<() => void>();
const notify = () => listeners.forEach((l) => l());

function subscribe(listener: () => void) {
  listeners.add(listener);
  window.addEventListener('popstate', listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('popstate', listener);
  };
}

const clientSnapshot = () => window.location.search;
const serverSnapshot = () => '';

/** 'push' adds a history entry (a new search); 'replace' does not (e.g. panning the map). */
export type HistoryMode = 'push' | 'replace';

/**
 * The search in the address, a setter, and whether this render read the address as it is now (false in the render
 * that hydrates the static page, which uses the empty search; React renders again with the address at once).
 */
export function useSearchState(): [SearchState, (next: SearchState, mode?: HistoryMode) => void, boolean] {
  const search = useSyncExternalStore(subscribe, clientSnapshot, serverSnapshot);
  const live = typeof window !== 'undefined' && search === window.location.search;
  const state = useMemo(() => parseSearch(search), [search]);
  const setState = useCallback((next: SearchState, mode: HistoryMode = 'push') => {
    const qs = toQueryString(next);
    const url = `${window.location.pathname}${qs ? `?${qs}` : ''}`;
    if (url === `${window.location.pathname}${window.location.search}`) return;
    if (mode === 'push') window.history.pushState(null, '', url);
    else window.history.replaceState(null, '', url);
    notify();
  }, []);
  return [state, setState, live];
}
