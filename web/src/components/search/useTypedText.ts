'use client';
// A search field's text: the address's search (back/forward and links change it), except that text typed into the
// static page before the app's scripts ran is kept. Hydration leaves an input's value as the visitor left it, but the
// next render would write the state's value over it, so the typed text becomes the state instead.
import { useEffect, useRef, useState, type RefObject } from 'react';

/** True when the browser put the page back from history: what the inputs hold is an old visit's, not new typing. */
function fromHistory(): boolean {
  const [entry] = performance.getEntriesByType?.('navigation') ?? [];
  return (entry as PerformanceNavigationTiming | undefined)?.type === 'back_forward';
}

/**
 * @param fromAddress the field's value in the address's search
 * @param live whether this render read the address (false while hydrating a page whose address has a search)
 */
export function useTypedText(fromAddress: string, input: RefObject<HTMLInputElement | null>, live: boolean) {
  const [text, setText] = useState(fromAddress);
  // undefined until the first effect has read the input; then the text typed early, or null once used or absent
  const typedEarly = useRef<string | null | undefined>(undefined);
  const address = useRef(fromAddress);
  address.current = fromAddress;

  useEffect(() => {
    if (typedEarly.current === undefined) typedEarly.current = (!fromHistory() && input.current?.value) || null;
    if (typedEarly.current !== null) {
      setText(typedEarly.current);
      if (live) typedEarly.current = null; // it wins over the address once; later the field follows the address
      return;
    }
    setText(fromAddress);
  }, [fromAddress, live, input]);

  // a page restored from the back/forward cache shows the address's search, as a new load of it would
  useEffect(() => {
    const restored = (event: PageTransitionEvent) => {
      if (!event.persisted) return;
      typedEarly.current = null;
      setText(address.current);
    };
    window.addEventListener('pageshow', restored);
    return () => window.removeEventListener('pageshow', restored);
  }, []);

  return [text, setText] as const;
}
