'use client';
import { useEffect, useRef } from 'react';
import type { Style } from '@/lib/api';
import type { SearchState } from '@/lib/searchState';
import { FacetOption } from './FacetOption';
import { StyleExamples } from '../styles/StyleExamples';
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
          <>
            <p className={styles.note}><a href="/styles/">What the styles mean, with examples</a></p>
            <ul className={styles.list}>
              {styleList.map((style) => {
                const count = facets ? (facets[style.slug] ?? 0) : null;
                const checked = state.styles.includes(style.slug);
                return (
                  <li key={style.slug}>
                    <FacetOption label={style.label} checked={checked} count={count}
                      onToggle={(on) => toggle(style.slug, on)}
                      param={{ name: 'style', value: style.slug }} />
                    {style.description && (
                      <details className={styles.about}>
                        <summary className={styles.aboutSummary}>
                          What is it?<span className="visually-hidden"> {style.label}</span>
                        </summary>
                        <p className={styles.description}>{style.description}</p>
                        <StyleExamples examples={style.examples ?? []} size="small" />
                      </details>
                    )}
                  </li>
                );
              })}
            </ul>
          </>
        )}
      </fieldset>
    </details>
  );
}
