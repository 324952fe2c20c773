'use client';
import { useCallback } from 'react';
import { toApiQuery, type SearchState } from '@/lib/searchState';
import { useSearchState } from '@/lib/useSearchState';
import { useSearchResults, useStyles } from '@/lib/useApi';
import { SearchForm } from './SearchForm';
import { ResultsHeader } from './ResultsHeader';
import { ResultsGrid } from './ResultsGrid';
import { Pagination } from './Pagination';
import { MapResults } from './MapResults';
import { ResultsMessage } from './ResultsMessage';
import styles from './SearchPage.module.css';

export function SearchPage() {
  const [state, setState] = useSearchState();
  const styleList = useStyles();
  const results = useSearchResults(toApiQuery(state));
  const update = useCallback(
    (next: SearchState) => setState({ ...next, page: 1 }),
    [setState],
  );
  const showMessage = results.status === 'error' || (results.status === 'ok' && results.data.total === 0);

  return (
    <>
      <div className={styles.intro}>
        <h1>Find your tattoo artist</h1>
        <p>Search artists by name, style and place, then look through their work before you get in touch.</p>
      </div>
      <div className={styles.layout}>
        <SearchForm state={state} styles={styleList} facets={results.data?.facets.styles ?? null} onChange={update} />
        <section className={styles.results} aria-labelledby="results-heading" aria-busy={results.status === 'loading'}>
          <ResultsHeader state={state} results={results} onChange={setState} />
          {showMessage ? (
            <ResultsMessage state={state} results={results} onChange={update} />
          ) : state.view === 'grid' ? (
            <>
              <ResultsGrid items={results.data?.items ?? null} styles={styleList} />
              {results.data && (
                <Pagination state={state} total={results.data.total} onChange={(next) => setState(next)} />
              )}
            </>
          ) : (
            <MapResults state={state} items={results.data?.items ?? null} styles={styleList} onChange={setState} />
          )}
        </section>
      </div>
    </>
  );
}
