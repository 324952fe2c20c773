// The server's first view of the search page: React keeps it through hydration and takes over from the embedded
// results and styles without a request, also when the address carries a search (the hydrating render uses the
// static page's empty search). The page HTML is made here as the static export and the server make it.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SearchPage } from '@/components/search/SearchPage';
import { embeddedResults, embeddedStyles, SEARCH_DATA_ID, SEARCH_FIRST_VIEW_ID } from '@/lib/embeddedSearch';
import type { SearchResponse, Style } from '@/lib/api';
import { hydrateServedPage, scriptJson as json, unmountServedPage } from './servedPage';

const styles: Style[] = [{ slug: 'blackwork', label: 'Blackwork', count: 1 }, { slug: 'fine-line', label: 'Fine line', count: 0 }];
const results: SearchResponse = {
  total: 1, page: 1, size: 24, facets: { styles: { blackwork: 1 } },
  items: [{ id: 'a1', name: 'Ann </script> Example', instagramHandle: 'ann', styles: ['blackwork'], studio: null, thumbnailUrl: null }],
};
const API_QUERY = 'style=blackwork&page=1&size=24';
// what serve's SearchFirstView writes (abridged), JSON escaped as it escapes it
const FIRST_VIEW = '<div class="results-header"><h2 id="results-heading" class="results-heading"><span role="status">1 artist (server)</span></h2></div>';
const dataScript = (apiQuery: string) => `<script type="application/json" id="${SEARCH_DATA_ID}">${json({ apiQuery, results, styles })}</script>`;

beforeEach(() => {
  // jsdom has no matchMedia; the style filter asks it whether to open beside the results (a wide screen here)
  vi.stubGlobal('matchMedia', (query: string) => ({ matches: true, media: query }));
});
afterEach(() => {
  unmountServedPage();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  window.history.replaceState(null, '', '/');
});

/** The static search page (built without a search) with the server's content in the slot, opened at `address`. */
function hydratePage(address: string, slotContent: string) {
  return hydrateServedPage(<SearchPage />, SEARCH_FIRST_VIEW_ID, slotContent, { built: '/', visited: address });
}

describe('search first view', () => {
  it('is kept as the server wrote it through hydration, with no mismatch reported', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    vi.stubGlobal('fetch', vi.fn(() => new Promise<Response>(() => undefined))); // the API never answers
    const { container, recoverable } = await hydratePage('/', FIRST_VIEW);

    expect(container.querySelector(`#${SEARCH_FIRST_VIEW_ID} h2`)?.textContent).toBe('1 artist (server)');
    expect(container.querySelectorAll('#results-heading')).toHaveLength(1); // the placeholder's heading has no id
    expect(recoverable).not.toHaveBeenCalled();
    expect(errors).not.toHaveBeenCalled();
  });

  it('is replaced by React\'s results from the embedded JSON, without asking the API', async () => {
    const fetch = vi.fn(() => new Promise<Response>(() => undefined));
    vi.stubGlobal('fetch', fetch);
    const { container, recoverable } = await hydratePage('/?style=blackwork', FIRST_VIEW + dataScript(API_QUERY));

    expect(container.querySelector(`#${SEARCH_FIRST_VIEW_ID}`)).toBeNull();
    expect(container.querySelector('#results-heading')?.textContent).toBe('1 artist');
    expect(container.querySelector('.artist-card-link')?.textContent).toBe('Ann </script> Example');
    expect(container.querySelector('section')?.getAttribute('aria-labelledby')).toBe('results-heading');
    expect(container.querySelector('input[type="checkbox"]')).not.toBeNull(); // the style list came embedded too
    expect(fetch).not.toHaveBeenCalled();
    expect(recoverable).not.toHaveBeenCalled();
  });

  it('asks the API once, for the address\'s search, when the page carries no results for it', async () => {
    const fetch = vi.fn(async (url: string) => new Response(JSON.stringify(url.startsWith('/api/styles') ? styles : results), { status: 200 }));
    vi.stubGlobal('fetch', fetch);
    const { container } = await hydratePage('/?style=blackwork', FIRST_VIEW + dataScript('page=1&size=24'));

    await vi.waitFor(() => expect(container.querySelector('#results-heading')?.textContent).toBe('1 artist'));
    const searches = fetch.mock.calls.map(([url]) => url).filter((url) => url.startsWith('/api/artists'));
    expect(searches).toEqual([`/api/artists?${API_QUERY}`]);
  });
});

describe('embedded search data', () => {
  const page = (html: string) => new DOMParser().parseFromString(`<!doctype html><body>${html}</body>`, 'text/html');

  it('reads results for exactly the query asked, and the styles, with escaped characters restored', () => {
    expect(embeddedResults(page(dataScript(API_QUERY)), API_QUERY)).toEqual(results);
    expect(embeddedResults(page(dataScript(API_QUERY)), 'page=1&size=24')).toBeNull();
    expect(embeddedStyles(page(dataScript(API_QUERY)))).toEqual(styles);
  });

  it('ignores broken or odd JSON and other elements', () => {
    const odd = (value: unknown) => `<script type="application/json" id="${SEARCH_DATA_ID}">${json(value)}</script>`;
    expect(embeddedResults(page(`<script type="application/json" id="${SEARCH_DATA_ID}">{"apiQuery":</script>`), API_QUERY)).toBeNull();
    expect(embeddedResults(page(odd({ apiQuery: API_QUERY, results: { total: 1 }, styles })), API_QUERY)).toBeNull();
    expect(embeddedStyles(page(odd({ apiQuery: API_QUERY, results, styles: [{ slug: 1 }] })))).toBeNull();
    expect(embeddedResults(page(`<div id="${SEARCH_DATA_ID}">${JSON.stringify({ apiQuery: API_QUERY, results, styles })}</div>`), API_QUERY)).toBeNull();
    expect(embeddedStyles(page(''))).toBeNull();
  });
});
