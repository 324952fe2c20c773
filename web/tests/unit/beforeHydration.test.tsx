// What a visitor typed into the static page before the app's scripts ran stays when React hydrates it and the app
// renders again (docs/web.md, "Before the scripts run"). The page is made as the static export makes it
// (renderToString at the built address), typed into as the browser would, then hydrated.
import { act } from '@testing-library/react';
import type { ReactElement } from 'react';
import { hydrateRoot, type Root } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SearchPage } from '@/components/search/SearchPage';
import { RemovalPage } from '@/components/removal/RemovalPage';

let root: Root | null = null;

afterEach(() => {
  act(() => root?.unmount());
  root = null;
  document.body.replaceChildren();
  vi.unstubAllGlobals();
});

/** The exported page at `visited`, with `typing` done to it before the scripts run, then hydrated. */
async function hydrateAfterTyping(page: ReactElement, visited: string, typing: (container: HTMLElement) => void) {
  window.history.replaceState(null, '', '/');
  const exported = renderToString(page);
  const parsed = new DOMParser().parseFromString(`<!doctype html><body><main>${exported}</main>`, 'text/html');
  const container = document.importNode(parsed.querySelector('main')!, true);
  document.body.append(container);
  window.history.replaceState(null, '', visited);
  typing(container);
  const recoverable = vi.fn();
  await act(async () => { root = hydrateRoot(container, page, { onRecoverableError: recoverable }); });
  expect(recoverable).not.toHaveBeenCalled();
  return container;
}

const type = (container: HTMLElement, selector: string, text: string) => {
  container.querySelector<HTMLInputElement | HTMLTextAreaElement>(selector)!.value = text;
};
const input = (container: HTMLElement, selector: string) => container.querySelector<HTMLInputElement>(selector)!;

describe('the search form', () => {
  // jsdom has no matchMedia; the style filter asks it whether to open beside the results
  beforeEach(() => vi.stubGlobal('matchMedia', (query: string) => ({ matches: true, media: query })));

  it('is a GET form to the search page with the address parameters as input names', () => {
    const form = new DOMParser().parseFromString(renderToString(<SearchPage />), 'text/html').querySelector('form')!;
    expect(form.getAttribute('action')).toBe('/');
    expect(form.getAttribute('method')).toBe('get');
    expect([...form.querySelectorAll('input[name]')].map((i) => i.getAttribute('name')))
      .toEqual(['q', 'city', 'availability', 'availability', 'availability']);
  });

  it('keeps the text typed before hydration and searches for it', async () => {
    vi.stubGlobal('fetch', vi.fn(() => new Promise<Response>(() => undefined))); // the API never answers
    const container = await hydrateAfterTyping(<SearchPage />, '/', (c) => type(c, '#search-city', 'Leeds'));
    expect(input(container, '#search-city').value).toBe('Leeds');
    await act(async () => { container.querySelector('form')!.requestSubmit(); });
    expect(window.location.search).toBe('?city=Leeds');
    expect(input(container, '#search-city').value).toBe('Leeds');
  });

  it('prefers the typed text to the address, and shows the address where nothing was typed', async () => {
    vi.stubGlobal('fetch', vi.fn(() => new Promise<Response>(() => undefined)));
    const container = await hydrateAfterTyping(<SearchPage />, '/?city=Bradford&q=roses', (c) => type(c, '#search-city', 'York'));
    expect(input(container, '#search-city').value).toBe('York');
    expect(input(container, '#search-q').value).toBe('roses');
  });
});

describe('the removal form', () => {
  it('checks itself with the browser until hydrated, then keeps what was typed and checks it its own way', async () => {
    const exported = new DOMParser().parseFromString(renderToString(<RemovalPage />), 'text/html');
    expect(exported.querySelector('form')!.noValidate).toBe(false);
    expect(exported.querySelector('#removal-email')!.hasAttribute('required')).toBe(true);

    const container = await hydrateAfterTyping(<RemovalPage />, '/remove/', (c) => {
      type(c, '#removal-handle', '@mara.inkwell');
      type(c, '#removal-reason', 'Please take my profile down.');
    });
    expect(container.querySelector('form')!.noValidate).toBe(true);
    expect(input(container, '#removal-handle').value).toBe('@mara.inkwell');
    expect(container.querySelector('textarea')!.value).toBe('Please take my profile down.');
    await act(async () => { container.querySelector('form')!.requestSubmit(); });
    expect(document.activeElement).toBe(input(container, '#removal-email'));
    expect(input(container, '#removal-email').getAttribute('aria-invalid')).toBe('true');
  });
});
