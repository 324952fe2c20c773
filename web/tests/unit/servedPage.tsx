// Makes a page as the static export and `./tad serve` make it, and hydrates it as the browser would:
// renderToString of the page at the address the export is built for, the server's markup written into the empty
// slot, parsed by the DOM parser (no HTML is assigned from the tests: the lint forbids it), then hydrateRoot.
import { act } from '@testing-library/react';
import type { ReactElement } from 'react';
import { hydrateRoot, type Root } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { expect, vi } from 'vitest';

let root: Root | null = null;

/** Unmounts the page hydrated last and empties the document. */
export function unmountServedPage() {
  act(() => root?.unmount());
  root = null;
  document.body.replaceChildren();
}

export async function hydrateServedPage(page: ReactElement, slotId: string, slotContent: string,
  addresses: { built: string; visited: string }) {
  window.history.replaceState(null, '', addresses.built);
  const exported = renderToString(page);
  const slot = `<div id="${slotId}"></div>`;
  expect(exported).toContain(slot); // the exact marker serve looks for
  const served = exported.replace(slot, `<div id="${slotId}">${slotContent}</div>`);
  const parsed = new DOMParser().parseFromString(`<!doctype html><body><main>${served}</main>`, 'text/html');
  const container = document.importNode(parsed.querySelector('main')!, true);
  document.body.append(container);
  window.history.replaceState(null, '', addresses.visited);
  const recoverable = vi.fn();
  await act(async () => { root = hydrateRoot(container, page, { onRecoverableError: recoverable }); });
  return { container, recoverable };
}

/** JSON as the server escapes it for a script element. */
export const scriptJson = (value: unknown) =>
  JSON.stringify(value).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026');
