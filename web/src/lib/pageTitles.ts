// The document titles of the two data pages, which render them as <title> (React puts it in the head). `./tad serve`
// writes the same titles into the pages it sends (serve's ProfileSeo.title and SearchSeo.title): the hydrating render
// briefly puts back the static page's title, then the page's own render sets this one, so search engines that run
// scripts end with the server's title too. Keep both sides equal.
import type { ArtistProfile, Style } from './api';
import type { SearchState } from './searchState';
import { hasFilters } from './searchState';
import { labelForSlug } from './useApi';

export const SITE_NAME = 'Tattoo Artist Directory';

/** "Kaito Rain — tattoo artist in Leeds · Tattoo Artist Directory" */
export function profileTitle(artist: ArtistProfile): string {
  const city = artist.studios[0]?.city;
  return `${artist.name} — tattoo artist${city ? ` in ${city}` : ''} · ${SITE_NAME}`;
}

/** "Blackwork tattoo artists in Leeds · Tattoo Artist Directory"; the site's name alone for the unfiltered first page. */
export function searchTitle(state: SearchState, styles: readonly Style[] | null): string {
  const paged = state.view === 'grid' && state.page > 1;
  if (!hasFilters(state) && !paged) return SITE_NAME;
  const labels = state.styles.map((slug) => labelForSlug(slug, styles));
  let headline = labels.length ? `${labels.join(', ')} tattoo artists` : 'Tattoo artists';
  const city = state.city.trim();
  if (city) headline += ` in ${city}`;
  else if (state.near) headline += ' near you';
  const q = state.q.trim();
  if (q) headline += ` matching “${q}”`;
  if (paged) headline += `, page ${state.page}`;
  return `${headline} · ${SITE_NAME}`;
}
