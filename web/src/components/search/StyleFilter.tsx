'use client';
import { useEffect, useRef } from 'react';
import type { Style } from '@/lib/api';
import type { SearchState } from '@/lib/searchState';
import styles from './StyleFilter.module.css';

interface Props {
  state: SearchState;
  styles: Style[] | null;
  facets: Record<string, number> | null;
  onChange: (next: SearchState) => void;
}

export function StyleFilter({ state, styles: styleList, facets, onChange }: Props) {
  const details = useRef<HTMLDetailsElement>(null);
  // open beside the results on wide screens; folded away above them on phones
  useEffect(() => {
    if (details.current && window.matchMedia('(min-width: 900px)').matches) details.current.open = true;
  }, []);

  const toggle = (slug: string, checked: boolean) => {
    const next = checked ? [...state.styles, slug] : state.styles.filter((s) => s !== slug);
    onChange({ ...state, styles: [...new Set(next)].sort() });
  };
  const selected = state.styles.length;

  return (
    <details ref={details} className={styles.details}>
      <summary className={styles.summary}>
        Styles{selected > 0 && <span className={styles.badge}>{selected} selected</span>}
      </summary>
      <fieldset className={styles.fieldset}>
        <legend className="visually-hidden">Tattoo styles</legend>
        {styleList === null ? (
          <p className={styles.note}>Loading styles…</p>
        ) : styleList.length === 0 ? (
          <p className={styles.note}>Styles could not be loaded.</p>
        ) : (
          <ul className={styles.list}>
            {styleList.map((style) => {
              const count = facets ? (facets[style.slug] ?? 0) : null;
              const checked = state.styles.includes(style.slug);
              return (
                <li key={style.slug}>
                  <label className={styles.option}>
                    <input type="checkbox" checked={checked} onChange={(e) => toggle(style.slug, e.target.checked)} />
                    <span className={styles.label}>{style.label}</span>
                    {count !== null && (
                      <span className={styles.count}>
                        {count}<span className="visually-hidden"> {count === 1 ? 'artist' : 'artists'}</span>
                      </span>
                    )}
                  </label>
                </li>
              );
            })}
          </ul>
        )}
      </fieldset>
    </details>
  );
}
