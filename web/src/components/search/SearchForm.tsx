'use client';
import { useRef, type FormEvent } from 'react';
import type { SearchState } from '@/lib/searchState';
import type { Style } from '@/lib/api';
import { LocationFilter } from './LocationFilter';
import { StyleFilter } from './StyleFilter';
import { AvailabilityFilter } from './AvailabilityFilter';
import { useTypedText } from './useTypedText';
import { FormFromAddress } from './FormFromAddress';
import styles from './SearchForm.module.css';

interface Props {
  state: SearchState;
  styles: Style[] | null;
  facets: Record<string, number> | null;
  /** facets.availability of the results, null while loading */
  availabilityFacets?: Record<string, number> | null;
  onChange: (next: SearchState) => void;
  /** whether `state` is the address's search (false in the render that hydrates the static page) */
  live?: boolean;
}

export function SearchForm({ state, styles: styleList, facets, availabilityFacets = null, onChange, live = true }: Props) {
  const qInput = useRef<HTMLInputElement>(null);
  const cityInput = useRef<HTMLInputElement>(null);
  // back/forward and links change the state from outside: show what is searched (or what was typed before hydration)
  const [q, setQ] = useTypedText(state.q, qInput, live);
  const [city, setCity] = useTypedText(state.city, cityInput, live);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const cityChanged = city.trim() !== state.city;
    onChange({
      ...state,
      q,
      city,
      near: city.trim() ? null : state.near,
      radiusKm: city.trim() ? null : state.radiusKm,
      sort: city.trim() && state.sort === 'distance' ? 'relevance' : state.sort,
      bbox: cityChanged ? null : state.bbox,
    });
  };

  return (
    // Before the scripts run (or without them) it is a plain GET form: the browser asks for /?q=…&city=…&availability=…,
    // the parameters searchState.ts reads, and the server writes that search's first view into the page (PageSearch).
    // The app then takes over the submit and keeps what the form does not show (location, styles, sort, map) as well.
    <form className={styles.form} role="search" aria-label="Artists" action="/" method="get" onSubmit={submit}>
      <div className={styles.field}>
        <label htmlFor="search-q">Name, studio or keyword</label>
        <input
          id="search-q"
          ref={qInput}
          name="q"
          type="search"
          value={q}
          maxLength={200}
          autoComplete="off"
          placeholder="e.g. botanical, Mara"
          onChange={(e) => setQ(e.target.value)}
        />
      </div>
      <LocationFilter state={state} city={city} cityInput={cityInput} onCityChange={setCity} onChange={onChange} />
      <button type="submit" className={`button ${styles.submit}`}>Search</button>
      <AvailabilityFilter state={state} facets={availabilityFacets} onChange={onChange} />
      <StyleFilter state={state} styles={styleList} facets={facets} onChange={onChange} />
      <FormFromAddress />
    </form>
  );
}
