'use client';
import type { MouseEvent } from 'react';
import { PAGE_SIZE, toQueryString, type SearchState } from '@/lib/searchState';
import './results.css';

interface Props { state: SearchState; total: number; onChange: (next: SearchState) => void }

// Markup and class names mirrored by serve's SearchFirstView.java (the server's first view of the results).
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
    <nav className="results-pages" aria-label="Result pages">
      {state.page > 1 ? (
        <a className="results-pages-step" href={href(state.page - 1)} rel="prev" onClick={go(state.page - 1)}>← Previous</a>
      ) : <span className="results-pages-spacer" />}
      <span className="results-pages-where">Page {state.page} of {pages}</span>
      {state.page < pages ? (
        <a className="results-pages-step" href={href(state.page + 1)} rel="next" onClick={go(state.page + 1)}>Next →</a>
      ) : <span className="results-pages-spacer" />}
    </nav>
  );
}
