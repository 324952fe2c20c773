// The search page's first view: `./tad serve` writes the first page of results for the address's search into the
// page (serve's SearchFirstView), so it paints before the framework's JavaScript, and React takes over in place.
import type { Page } from '@playwright/test';
import { countLayoutShifts, expect, expectNoAxeViolations, FIRST_VIEW_SIZES, layoutShift, test, withoutAppScripts } from './fixtures';

const SEARCH = '/?city=Leeds&style=blackwork&style=fine-line';
const API_QUERY = 'city=Leeds&style=blackwork&style=fine-line&page=1&size=24';

interface SearchBody { total: number; items: { id: string; name: string }[] }

async function apiAnswer(page: Page, query: string): Promise<SearchBody> {
  return (await page.request.get(`/api/artists?${query}`)).json() as Promise<SearchBody>;
}

/** Rounded boxes of the results header, the first two cards and their pictures. */
async function boxes(page: Page): Promise<Record<string, unknown>> {
  const selectors = { heading: '#results-heading', toggle: '.results-toggle', card1: '.artist-card >> nth=0',
    card2: '.artist-card >> nth=1', thumb1: '.artist-card-thumb >> nth=0', grid: '.results-grid', intro: 'main h1' };
  const out: Record<string, unknown> = {};
  for (const [key, selector] of Object.entries(selectors)) {
    const box = await page.locator(`${selector} >> visible=true`).first().boundingBox();
    out[key] = box && [box.x, box.y, box.width, box.height].map(Math.round);
  }
  return out;
}

test('the first page of results is in the HTML the server sends, with the API\'s own answer and a head for the search', async ({ page }) => {
  const api = await apiAnswer(page, API_QUERY);
  expect(api.total, 'the sample city has blackwork or fine line artists in Leeds').toBeGreaterThan(1);
  const res = await page.request.get(SEARCH);
  expect(res.status()).toBe(200);
  const html = await res.text();
  expect(html).toContain('<div id="search-first-view"><div class="results-header">');
  expect(html).toContain(`<span role="status">${api.total} artists in Leeds</span>`);
  for (const item of api.items) expect(html).toContain(`<a class="artist-card-link" href="/artists/${item.id}">`);
  const data = /<script type="application\/json" id="search-data">([^<]*)<\/script>/.exec(html)?.[1];
  const embedded = JSON.parse(data ?? 'null') as { apiQuery: string; results: SearchBody };
  expect(embedded.apiQuery).toBe(API_QUERY);
  expect(embedded.results).toEqual(api);
  expect(html).toContain('<title>Blackwork, Fine line tattoo artists in Leeds · Tattoo Artist Directory</title>');
  expect(html).toMatch(/<link rel="canonical" href="http:\/\/[^"]+\/\?city=Leeds&amp;style=blackwork&amp;style=fine-line"\/>/);
  const list = JSON.parse(/<script type="application\/ld\+json">([^<]*)<\/script>/.exec(html)?.[1] ?? 'null');
  expect(list['@type']).toBe('ItemList');
  expect(list.itemListElement.map((i: { url: string }) => new URL(i.url).pathname)).toEqual(api.items.map((i) => `/artists/${i.id}`));
});

for (const [size, viewport] of Object.entries(FIRST_VIEW_SIZES)) {
  test.describe(`at ${size}`, () => {
    test.use({ viewport });

    test('without the app\'s JavaScript the first view shows the results, accessibly', async ({ page }) => {
      const api = await apiAnswer(page, API_QUERY);
      await withoutAppScripts(page);
      await page.goto(SEARCH);
      // (the count is a live status inside the heading, which Chromium leaves out of the heading's name)
      await expect(page.locator('h2#results-heading')).toHaveText(`${api.total} artists in Leeds`);
      await expect(page.getByRole('link', { name: api.items[0]!.name, exact: true })).toBeVisible();
      await expect(page.locator('.results-loading')).toBeHidden(); // the placeholder gives way to the first view
      await expect(page.locator('.artist-card')).toHaveCount(api.items.length);
      await expectNoAxeViolations(page, `search first view (${size})`);
      // a profile link is a plain link: it works without the app too
      await page.getByRole('link', { name: api.items[0]!.name, exact: true }).click();
      await expect(page.getByRole('heading', { level: 1, name: api.items[0]!.name })).toBeVisible();
    });

    test('React takes over the first view in place: same boxes, no layout shift, no request for results or styles', async ({ page, browser, baseURL }) => {
      const staticPage = await browser.newPage({ viewport, baseURL });
      await withoutAppScripts(staticPage);
      await staticPage.goto(SEARCH);
      await expect(staticPage.locator('#search-first-view .artist-card').first()).toBeVisible();
      await staticPage.locator('.artist-card-thumb').first().evaluate((img: HTMLImageElement) => img.decode());
      const before = await boxes(staticPage);
      await staticPage.close();

      const apiCalls: string[] = [];
      page.on('request', (r) => { if (new URL(r.url()).pathname.startsWith('/api/')) apiCalls.push(r.url()); });
      await countLayoutShifts(page);
      await page.goto(SEARCH);
      await expect(page.locator('#search-first-view')).toHaveCount(0); // React's results replaced the slot
      await expect(page.locator('section[aria-labelledby="results-heading"]')).toHaveAttribute('aria-busy', 'false');
      await page.locator('.artist-card-thumb').first().evaluate((img: HTMLImageElement) => img.decode());
      expect(await boxes(page)).toEqual(before);
      expect(await layoutShift(page)).toBeLessThan(0.05);
      expect(apiCalls, 'results and styles came embedded in the page').toEqual([]);
      await expect(page).toHaveTitle('Blackwork, Fine line tattoo artists in Leeds · Tattoo Artist Directory');

      // and it is the live app: a filter change asks the API and updates the results
      const fineLine = page.getByRole('checkbox', { name: /^Fine line/ });
      if (await fineLine.isHidden()) await page.locator('summary', { hasText: 'Styles' }).click(); // folded on phones
      await fineLine.uncheck();
      await expect(page).toHaveURL(/\?city=Leeds&style=blackwork$/);
      await expect(page).toHaveTitle('Blackwork tattoo artists in Leeds · Tattoo Artist Directory');
      expect(apiCalls.some((u) => u.includes('/api/artists?city=Leeds&style=blackwork&page=1'))).toBe(true);
    });
  });
}
