'use client';
import { useEffect, useState, type FormEvent } from 'react';
import type { SearchState } from '@/lib/searchState';
import type { Style } from '@/lib/api';
import { LocationFilter } from './LocationFilter';
import { StyleFilter } from './StyleFilter';
import { AvailabilityFilter } from './AvailabilityFilter';
import styles from './SearchForm.module.css';

interface Props {
  state: SearchState;
  styles: Style[] | null;
  facets: Record<string, number> | null;
  /** facets.availability of the results, null while loading */
  availabilityFacets?: Record<string, number> | null;
  onChange: (next: SearchState) => void;
}

export function SearchForm({ state, styles: styleList, facets, availabilityFacets = null, onChange }: Props) {
  const [q, setQ] = useState(state.q);
  const [city, setCity] = useState(state.city);
  // back/forward and links change the state from outside: show what is searched
  useEffect(() => setQ(state.q), [state.q]);
  useEffect(() => setCity(state.city), [state.city]);

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
    <form className={styles.form} role="search" aria-label="Artists" onSubmit={submit}>
      <div className={styles.field}>
        <label htmlFor="search-q">Name, studio or keyword</label>
        <input
          id="search-q"
          type="search"
          value={q}
          maxLength={200}
          autoComplete="off"
          placeholder="e.g. botanical, Mara"
          onChange={(e) => setQ(e.target.value)}
        />
      </div>
      <LocationFilter state={state} city={city} onCityChange={setCity} onChange={onChange} />
      <button type="submit" className={`button ${styles.submit}`}>Search</button>
      <AvailabilityFilter state={state} facets={availabilityFacets} onChange={onChange} />
      <StyleFilter state={state} styles={styleList} facets={facets} onChange={onChange} />
    </form>
  );
}
