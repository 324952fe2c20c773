'use client';
import type { SearchResponse } from '@/lib/api';
import type { Load } from '@/lib/useApi';
import { EMPTY_SEARCH, type SearchState } from '@/lib/searchState';
import styles from './ResultsMessage.module.css';

interface Props { state: SearchState; results: Load<SearchResponse> & { retry: () => void }; onChange: (next: SearchState) => void }

/** The designed empty and error states of the results area. */
export function ResultsMessage({ state, results, onChange }: Props) {
  if (results.status === 'error') {
    const error = results.error;
    const text = error.isNetwork
      ? 'We could not reach the directory. Check your connection and try again.'
      : error.status === 400
        ? `The search could not be run: ${error.problem?.detail ?? 'a filter is not valid'}.`
        : 'Something went wrong on our side. Please try again in a moment.';
    return (
      <div className={`${styles.box} ${styles.error}`} role="alert">
        <h3>Search failed</h3>
        <p>{text}</p>
        <button type="button" className="button" onClick={results.retry}>Try again</button>
      </div>
    );
  }
  const tips: { text: string; next: SearchState }[] = [];
  if (state.styles.length) tips.push({ text: 'Remove the style filters', next: { ...state, styles: [] } });
  if (state.availability.length) {
    tips.push({ text: 'Remove the availability filter', next: { ...state, availability: [] } });
  }
  if (state.bbox) tips.push({ text: 'Search outside the map area', next: { ...state, bbox: null } });
  if (state.q.trim()) tips.push({ text: 'Clear the keyword', next: { ...state, q: '' } });
  if (state.city.trim() || state.near) tips.push({ text: 'Search every place', next: { ...state, city: '', near: null, radiusKm: null, sort: 'relevance' } });
  return (
    <div className={styles.box}>
      <h3>No artists match this search</h3>
      <p>Try fewer filters or a nearby town.</p>
      {tips.length > 0 ? (
        <ul className={styles.tips}>
          {tips.map((tip) => (
            <li key={tip.text}>
              <button type="button" className="button button-secondary" onClick={() => onChange(tip.next)}>{tip.text}</button>
            </li>
          ))}
        </ul>
      ) : (
        <button type="button" className="button" onClick={() => onChange({ ...EMPTY_SEARCH })}>Show all artists</button>
      )}
    </div>
  );
}
