// The page titles the app sets; serve's SeoTitlesTest checks the server writes the same ones for the same cases.
import { describe, expect, it } from 'vitest';
import { profileTitle, searchTitle } from '@/lib/pageTitles';
import { parseSearch } from '@/lib/searchState';
import type { ArtistProfile, Style } from '@/lib/api';

const styles: Style[] = [{ slug: 'blackwork', label: 'Blackwork', count: 3 }, { slug: 'fine-line', label: 'Fine line', count: 1 }];

describe('page titles (the same as serve writes)', () => {
  it('names the artist and the studio\'s city', () => {
    const artist = { name: 'Kaito Rain', studios: [{ city: 'Leeds' }] } as unknown as ArtistProfile;
    expect(profileTitle(artist)).toBe('Kaito Rain — tattoo artist in Leeds · Tattoo Artist Directory');
    expect(profileTitle({ ...artist, studios: [] })).toBe('Kaito Rain — tattoo artist · Tattoo Artist Directory');
  });

  it('names what narrows a search, and is the site\'s name for the plain first page', () => {
    const title = (query: string) => searchTitle(parseSearch(query), styles);
    expect(title('')).toBe('Tattoo Artist Directory');
    expect(title('view=map')).toBe('Tattoo Artist Directory');
    expect(title('page=2')).toBe('Tattoo artists, page 2 · Tattoo Artist Directory');
    expect(title('style=fine-line&style=blackwork&city=%20Leeds%20')).toBe('Blackwork, Fine line tattoo artists in Leeds · Tattoo Artist Directory');
    expect(title('q=rose&near=53.8,-1.55&page=3')).toBe('Tattoo artists near you matching “rose”, page 3 · Tattoo Artist Directory');
    expect(title('style=neo-traditional&view=map&page=2')).toBe('Neo traditional tattoo artists · Tattoo Artist Directory');
  });
});
