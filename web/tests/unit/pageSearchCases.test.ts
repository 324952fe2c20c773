// The cases serve's PageSearchTest runs: the server reads a search page's address exactly as the app does. This side
// checks that the expected strings in the shared file are what the app's own code gives, so neither side can drift.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseSearch, toApiQuery, toQueryString } from '@/lib/searchState';
import { searchTitle } from '@/lib/pageTitles';

interface Cases { labels: Record<string, string>; cases: { address: string; apiQuery: string; gridQuery: string; title: string }[] }
const file = resolve(__dirname, '../../../serve/src/test/resources/tad/serve/page-search-cases.json');
const { labels, cases } = JSON.parse(readFileSync(file, 'utf8')) as Cases;
const styles = Object.entries(labels).map(([slug, label]) => ({ slug, label, count: 1 }));

describe('page search cases shared with serve', () => {
  it.each(cases)('reads "$address" as the server expects', ({ address, apiQuery, gridQuery, title }) => {
    const state = parseSearch(address);
    expect(toApiQuery(state)).toBe(apiQuery);
    expect(toQueryString({ ...state, view: 'grid', page: state.view === 'map' ? 1 : state.page })).toBe(gridQuery);
    expect(searchTitle(state, styles)).toBe(title);
  });
});
