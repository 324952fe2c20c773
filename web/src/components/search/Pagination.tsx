'use client';
import type { MouseEvent } from 'react';
import { PAGE_SIZE, toQueryString, type SearchState } from '@/lib/searchState';
import styles from './Pagination.module.css';

interface Props { state: SearchState; total: number; onChange: (next: SearchState) => void }

export function Pagination({ state, total, onChange }: Props) {
  const pages = Math.max(1, Math.min(Math.ceil(total / PAGE_SIZE), Math.floor(10_000 / PAGE_SIZE)));
  if (pages <= 1) return null;
  const go = (page: number) => (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault();
    onChange({ ...state, page });
    document.getElementById('results-heading')?.scrollIntoView({ block: 'start' });
  };
  const href = (page: number) => `?${toQueryString({ ...state, page })}`;
  return (
    <nav className={styles.nav} aria-label="Result pages">
      {state.page > 1 ? (
        <a className={styles.step} href={href(state.page - 1)} rel="prev" onClick={go(state.page - 1)}>← Previous</a>
      ) : <span className={styles.spacer} />}
      <span className={styles.where}>Page {state.page} of {pages}</span>
      {state.page < pages ? (
        <a className={styles.step} href={href(state.page + 1)} rel="next" onClick={go(state.page + 1)}>Next →</a>
      ) : <span className={styles.spacer} />}
    </nav>
  );
}
