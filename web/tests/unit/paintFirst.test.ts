// The build step that starts the app's scripts after the first paint (scripts/paintFirst.mjs).
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs build script without types
import { paintFirst } from '../../scripts/paintFirst.mjs';

const PAGE = '<!DOCTYPE html><html><head><link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/w.js"/>'
  + '<script src="/_next/static/chunks/a.js" async=""></script><script src="/_next/static/chunks/b.js" async=""></script>'
  + '<script src="/_next/static/chunks/p.js" noModule=""></script></head><body><main>x</main>'
  + '<script src="/_next/static/chunks/w.js" async=""></script><script>self.__next_f.push([0])</script></body></html>';

describe('paintFirst', () => {
  it('replaces the async scripts and their preload by one loader, keeping their order and everything else', () => {
    const done = (paintFirst as (html: string) => string)(PAGE);
    expect(done).not.toContain('async=""');
    expect(done).not.toContain('rel="preload"');
    expect(done).toContain('<script src="/_next/static/chunks/p.js" noModule=""></script>');
    expect(done).toContain('<script>self.__next_f.push([0])</script>');
    const loader = /<script data-paint-first="">(.*?)<\/script><\/body>/.exec(done)?.[1] ?? '';
    expect(loader).toContain('(["/_next/static/chunks/a.js","/_next/static/chunks/b.js","/_next/static/chunks/w.js"])');
    expect(loader).toContain("getEntriesByName('first-contentful-paint')");
    expect(loader).not.toContain('</');
  });

  it('leaves a page alone when it has no async scripts or was done already', () => {
    const fn = paintFirst as (html: string) => string;
    expect(fn('<html><head></head><body></body></html>')).toBe('<html><head></head><body></body></html>');
    expect(fn(fn(PAGE))).toBe(fn(PAGE));
  });
});
