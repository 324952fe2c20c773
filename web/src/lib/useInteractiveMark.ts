'use client';
// The pages paint from their HTML before the app's JavaScript runs (paint-first, docs/web.md), so for a moment a page
// shows controls that only the script can serve: the removal form's own checks, the lightbox, the grid/map switch.
// Once the page has hydrated and rendered its own data, it says so on <html data-interactive>. The browser tests wait
// for it before they use those controls; controls that work from the HTML alone (links, the search form) need no wait.
import { useEffect } from 'react';

export const INTERACTIVE_ATTRIBUTE = 'data-interactive';

/** Marks the page interactive while `ready` holds (a page whose data is still loading is not). */
export function useInteractiveMark(ready = true): void {
  useEffect(() => {
    if (!ready) return undefined;
    const root = document.documentElement;
    root.setAttribute(INTERACTIVE_ATTRIBUTE, '');
    return () => root.removeAttribute(INTERACTIVE_ATTRIBUTE);
  }, [ready]);
}
