'use client';
import { useCallback } from 'react';
import { toApiQuery, type SearchState } from '@/lib/searchState';
import { useSearchState } from '@/lib/useSearchState';
import { useSearchResults, useStyles } from '@/lib/useApi';
import { SEARCH_FIRST_VIEW_ID } from '@/lib/embeddedSearch';
import { searchTitle } from '@/lib/pageTitles';
import { useInteractiveMark } from '@/lib/useInteractiveMark';
import { ServerSlot } from '../firstView/ServerSlot';
import { SearchForm } from './SearchForm';
import { ResultsHeader } from './ResultsHeader';
import { ResultsGrid } from './ResultsGrid';
import { Pagination } from './Pagination';
import { MapResults } from './MapResults';
import { ResultsMessage } from './ResultsMessage';
import styles from './SearchPage.module.css';

export function SearchPage() {
  const [state, setState, live] = useSearchState();
  const styleList = useStyles();
  const results = useSearchResults(toApiQuery(state), live);
  const update = useCallback(
    (next: SearchState) => setState({ ...next, page: 1 }),
    [setState],
  );
  const showMessage = results.status === 'error' || (results.status === 'ok' && results.data.total === 0);
  // the page as first loaded: the server may have written the first page of results into the slot (its first view);
  // the placeholder beside it shows only when it did not (CSS: results.css), and React's results replace both
  const firstLoad = results.status === 'loading' && !results.data && state.view === 'grid';
  // interactive once React's results (with their grid/map switch) have replaced the server's
  useInteractiveMark(live && !firstLoad);

  return (
    <>
      {/* React puts it in the head; the same title serve wrote into the page for this address (SearchSeo) */}
      <title>{searchTitle(state, styleList)}</title>
      <div className={styles.intro}>
        <h1>Find your tattoo artist</h1>
        <p>Search artists by name, style and place, then look through their work before you get in touch.</p>
      </div>
      <div className={styles.layout}>
        <SearchForm
          state={state}
          styles={styleList}
          facets={results.data?.facets.styles ?? null}
          availabilityFacets={results.data ? (results.data.facets.availability ?? {}) : null}
          onChange={update}
          live={live}
        />
        <section
          className={styles.results}
          {...(firstLoad ? { 'aria-label': 'Search results' } : { 'aria-labelledby': 'results-heading' })}
          aria-busy={results.status === 'loading' && !firstLoad}
        >
          {firstLoad ? (
            <>
              <ServerSlot id={SEARCH_FIRST_VIEW_ID} />
              <div className="results-loading">
                <ResultsHeader state={state} results={results} onChange={setState} placeholder />
                <ResultsGrid items={null} styles={styleList} />
              </div>
            </>
          ) : (
            <>
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
            </>
          )}
        </section>
      </div>
    </>
  );
}
