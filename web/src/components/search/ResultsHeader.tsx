'use client';
import type { SearchResponse } from '@/lib/api';
import type { Load } from '@/lib/useApi';
import { EMPTY_SEARCH, hasFilters, type SearchState, type View } from '@/lib/searchState';
import './results.css';

interface Props {
  state: SearchState;
  results: Load<SearchResponse>;
  onChange: (next: SearchState) => void;
  /** the loading placeholder beside the server's first view: its heading must not take the first view's id */
  placeholder?: boolean;
}

function summary(state: SearchState, results: Load<SearchResponse>): string {
  if (results.status === 'loading' && !results.data) return 'Searching…';
  if (results.status === 'error') return 'Search failed';
  const total = results.data?.total ?? 0;
  const where = state.city.trim() ? ` in ${state.city.trim()}` : state.near ? ' near you' : '';
  return `${total} ${total === 1 ? 'artist' : 'artists'}${where}`;
}

// Markup and class names mirrored by serve's SearchFirstView.java (the server's first view of the results).
export function ResultsHeader({ state, results, onChange, placeholder = false }: Props) {
  const setView = (view: View) => onChange({ ...state, view, page: 1 });
  return (
    <div className="results-header">
      <h2 id={placeholder ? undefined : 'results-heading'} className="results-heading">
        <span role="status">{summary(state, results)}</span>
      </h2>
      {hasFilters(state) && (
        // a link, so that it also works in the server's first view before (or without) the app's scripts
        <a
          className="results-clear"
          href={state.view === 'map' ? '/?view=map' : '/'}
          onClick={(event) => { event.preventDefault(); onChange({ ...EMPTY_SEARCH, view: state.view }); }}
        >
          Clear all filters
        </a>
      )}
      <div className="results-toggle" role="group" aria-label="Show results as">
        {(['grid', 'map'] as const).map((view) => (
          <button
            key={view}
            type="button"
            aria-pressed={state.view === view}
            className="results-toggle-option"
            onClick={() => setView(view)}
          >
            {view === 'grid' ? 'Grid' : 'Map'}
          </button>
        ))}
      </div>
      {state.bbox && (
        <p className="results-area">
          Showing the area on the map.{' '}
          <button type="button" className="results-clear-area" onClick={() => onChange({ ...state, bbox: null, page: 1 })}>
            Search everywhere
          </button>
        </p>
      )}
    </div>
  );
}
