'use client';
import { AVAILABILITY_FILTERS, type SearchState } from '@/lib/searchState';
import { AVAILABILITY_LABELS } from '@/lib/availability';
import type { AvailabilityKind } from '@/lib/api';
import { FacetOption } from './FacetOption';
import styles from './StyleFilter.module.css';

interface Props {
  state: SearchState;
  /** artists per kind under every other filter, from the API's facets.availability; null while loading */
  facets: Record<string, number> | null;
  onChange: (next: SearchState) => void;
}

/** Books open, flash, guest spots: any of the ticked kinds, as statements that hold today. */
export function AvailabilityFilter({ state, facets, onChange }: Props) {
  const toggle = (kind: string, checked: boolean) => {
    const next = checked ? [...state.availability, kind] : state.availability.filter((k) => k !== kind);
    onChange({ ...state, availability: AVAILABILITY_FILTERS.filter((k) => next.includes(k)) });
  };
  return (
    <fieldset className={styles.fieldset}>
      <legend className={styles.summary}>Availability</legend>
      <ul className={styles.list}>
        {AVAILABILITY_FILTERS.map((kind) => {
          const count = facets ? (facets[kind] ?? 0) : null;
          return (
            <li key={kind}>
              <FacetOption label={AVAILABILITY_LABELS[kind as AvailabilityKind]}
                checked={state.availability.includes(kind)} count={count} onToggle={(on) => toggle(kind, on)}
                param={{ name: 'availability', value: kind }} />
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}
