'use client';
import type { SearchResponse } from '@/lib/api';
import type { Load } from '@/lib/useApi';
import type { SearchState, View } from '@/lib/searchState';
import styles from './ResultsHeader.module.css';

interface Props {
  state: SearchState;
  results: Load<SearchResponse>;
  onChange: (next: SearchState) => void;
}

function summary(state: SearchState, results: Load<SearchResponse>): string {
  if (results.status === 'loading' && !results.data) return 'Searching…';
  if (results.status === 'error') return 'Search failed';
  const total = results.data?.total ?? 0;
  const where = state.city.trim() ? ` in ${state.city.trim()}` : state.near ? ' near you' : '';
  return `${total} ${total === 1 ? 'artist' : 'artists'}${where}`;
}

export function ResultsHeader({ state, results, onChange }: Props) {
  const setView = (view: View) => onChange({ ...state, view, page: 1 });
  return (
    <div className={styles.header}>
      <h2 id="results-heading" className={styles.heading}>
        <span role="status">{summary(state, results)}</span>
      </h2>
      <div className={styles.toggle} role="group" aria-label="Show results as">
        {(['grid', 'map'] as const).map((view) => (
          <button
            key={view}
            type="button"
            aria-pressed={state.view === view}
            className={styles.option}
            onClick={() => setView(view)}
          >
            {view === 'grid' ? 'Grid' : 'Map'}
          </button>
        ))}
      </div>
      {state.bbox && (
        <p className={styles.area}>
          Showing the area on the map.{' '}
          <button type="button" className={styles.clearArea} onClick={() => onChange({ ...state, bbox: null, page: 1 })}>
            Search everywhere
          </button>
        </p>
      )}
    </div>
  );
}
