import { describe, expect, it } from 'vitest';
import { EMPTY_SEARCH, hasFilters, parseSearch, toApiQuery, toQueryString } from '@/lib/searchState';

describe('search state codec', () => {
  it('reads every field of a full URL', () => {
    const s = parseSearch('q=rose&city=Leeds&style=neo-traditional&style=blackwork&near=53.8,-1.55&radiusKm=10&bbox=-1.6,53.7,-1.5,53.9&sort=distance&page=3&view=map');
    expect(s).toEqual({
      q: 'rose', city: 'Leeds', styles: ['blackwork', 'neo-traditional'], availability: [], near: { lat: 53.8, lng: -1.55 }, radiusKm: 10,
      bbox: [-1.6, 53.7, -1.5, 53.9], sort: 'distance', page: 3, view: 'map',
    });
  });

  it('round-trips through the URL', () => {
    const s = { ...EMPTY_SEARCH, q: 'fine line', city: 'Leeds', styles: ['blackwork', 'dotwork'], page: 2 };
    expect(parseSearch(toQueryString(s))).toEqual(s);
  });

  it('leaves defaults out of the URL', () => {
    expect(toQueryString(EMPTY_SEARCH)).toBe('');
    expect(toQueryString({ ...EMPTY_SEARCH, city: 'Leeds' })).toBe('city=Leeds');
  });

  it('falls back to defaults for malformed or out-of-range values', () => {
    const s = parseSearch('near=91,0&bbox=1,2,0,3&radiusKm=-4&page=0&sort=bogus&view=list&style=Not%20A%20Slug');
    expect(s).toEqual(EMPTY_SEARCH);
    expect(parseSearch('bbox=a,b,c,d').bbox).toBeNull();
    expect(parseSearch('page=2.5').page).toBe(1);
  });

  it('drops distance sorting and the radius without a point to measure from', () => {
    expect(parseSearch('sort=distance&radiusKm=5')).toMatchObject({ sort: 'relevance', radiusKm: null });
  });

  it('de-duplicates and orders styles so equal searches share one URL', () => {
    expect(parseSearch('style=dotwork&style=blackwork&style=dotwork').styles).toEqual(['blackwork', 'dotwork']);
  });

  it('asks the API for one page in the grid and one big page on the map', () => {
    const grid = new URLSearchParams(toApiQuery({ ...EMPTY_SEARCH, city: 'Leeds', page: 2 }));
    expect(grid.get('page')).toBe('2');
    expect(grid.get('size')).toBe('24');
    const map = new URLSearchParams(toApiQuery({ ...EMPTY_SEARCH, view: 'map', page: 4, bbox: [-1.6, 53.7, -1.5, 53.9] }));
    expect(map.get('page')).toBe('1');
    expect(map.get('size')).toBe('100');
    expect(map.get('bbox')).toBe('-1.6,53.7,-1.5,53.9');
    expect(map.has('view')).toBe(false);
  });

  it('knows when a search is filtered', () => {
    expect(hasFilters(EMPTY_SEARCH)).toBe(false);
    expect(hasFilters({ ...EMPTY_SEARCH, styles: ['anime'] })).toBe(true);
  });
});
