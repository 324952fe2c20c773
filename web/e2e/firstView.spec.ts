// The profile's first view: `./tad serve` writes the artist's header, bio and gallery into the profile page's HTML
// (serve's ProfileFirstView), so it paints before the framework's JavaScript, and React takes over in place.
import type { Page } from '@playwright/test';
import { countLayoutShifts, expect, expectNoAxeViolations, FIRST_VIEW_SIZES, layoutShift, test, withoutAppScripts } from './fixtures';

interface Profile { id: string; name: string; instagramHandle: string; bio: string | null; images: unknown[] }

async function someProfile(page: Page): Promise<Profile> {
  const search = await (await page.request.get('/api/artists?city=Leeds&size=5')).json() as { items: { id: string }[] };
  const profiles = await Promise.all(search.items.map(async ({ id }) => (await page.request.get(`/api/artists/${id}`)).json() as Promise<Profile>));
  const profile = profiles.find((p) => p.bio && p.images.length > 0);
  expect(profile, 'a sample artist with a bio and images').toBeTruthy();
  return profile!;
}

/** Rounded boxes of the elements above the fold that both the first view and the React profile show. */
async function boxes(page: Page): Promise<Record<string, unknown>> {
  const selectors = { name: 'h1#artist-name', avatar: '.profile-avatar', meta: '.profile-meta', bio: '.profile-bio',
    cta: '.profile-cta', tile: '.profile-grid li:first-child img', tags: '.profile-tags' };
  const out: Record<string, unknown> = {};
  for (const [key, selector] of Object.entries(selectors)) {
    const box = await page.locator(selector).first().boundingBox();
    out[key] = box && [box.x, box.y, box.width, box.height].map(Math.round);
  }
  return out;
}

test('the profile is in the HTML the server sends, escaped as text', async ({ page }) => {
  const profile = await someProfile(page);
  const res = await page.request.get(`/artists/${profile.id}`);
  expect(res.status()).toBe(200);
  expect(res.headers()['etag']).toMatch(/^"[0-9a-f]{32}"$/);
  const html = await res.text();
  const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
  expect(html).toContain(`<div id="profile-first-view"><article class="profile"`);
  expect(html).toContain(`<h1 id="artist-name" class="profile-name">${escape(profile.name)}</h1>`);
  expect(html).toContain(`<script type="application/json" id="profile-data">`);
  const unknown = await (await page.request.get('/artists/doesnotexist000')).text();
  expect(unknown).toContain('<div id="profile-first-view"></div>');
  expect(unknown).not.toContain('<script type="application/json" id="profile-data">');
  expect(unknown).not.toContain('<article');
});

test('the profile says who the artist is in its head, and keeps that title once the app runs', async ({ page }) => {
  const profile = await someProfile(page);
  const html = await (await page.request.get(`/artists/${profile.id}`)).text();
  const title = /<title>([^<]*)<\/title>/.exec(html)?.[1];
  expect(title).toContain(`— tattoo artist`);
  expect(html).toContain('<script type="application/ld+json">');
  await page.goto(`/artists/${profile.id}`);
  await expect(page.locator('#profile-first-view')).toHaveCount(0);
  await expect(page).toHaveTitle(title!.replace(/&amp;/g, '&').replace(/&#39;/g, "'").replace(/&quot;/g, '"'));
  await expect(page.locator('link[rel=canonical]')).toHaveAttribute('href', new RegExp(`/artists/${profile.id}$`));
  const person = JSON.parse(await page.locator('script[type="application/ld+json"]').textContent() ?? '{}');
  expect(person['@type']).toBe('Person');
  expect(person.sameAs).toEqual([`https://www.instagram.com/${profile.instagramHandle}/`]);
});

for (const [size, viewport] of Object.entries(FIRST_VIEW_SIZES)) {
  test.describe(`at ${size} size`, () => {
    test.use({ viewport });

    test('without the app\'s JavaScript the first view shows the profile, accessibly', async ({ page }) => {
      const profile = await someProfile(page);
      await withoutAppScripts(page);
      await page.goto(`/artists/${profile.id}`);
      await expect(page.getByRole('heading', { level: 1, name: profile.name })).toBeVisible();
      await expect(page.getByRole('heading', { name: 'About' })).toBeVisible();
      await expect(page.getByRole('button', { name: /^Open image 1 of/ })).toBeVisible();
      await expect(page.getByRole('status')).toBeHidden(); // the loading skeleton gives way to the first view
      await expect(page.locator('.profile-avatar')).toHaveAttribute('fetchpriority', 'high');
      await expectNoAxeViolations(page, `profile first view (${size})`);
    });

    test('React takes over the first view in place: same boxes, no layout shift, no second request', async ({ page, browser, baseURL }) => {
      const profile = await someProfile(page);
      const staticPage = await browser.newPage({ viewport, baseURL });
      await withoutAppScripts(staticPage);
      await staticPage.goto(`/artists/${profile.id}`);
      await expect(staticPage.locator('#profile-first-view h1')).toBeVisible();
      await staticPage.locator('.profile-grid img').first().evaluate((img: HTMLImageElement) => img.decode());
      const before = await boxes(staticPage);
      await staticPage.close();

      const apiCalls: string[] = [];
      page.on('request', (r) => { if (new URL(r.url()).pathname.startsWith(`/api/artists/${profile.id}`)) apiCalls.push(r.url()); });
      await countLayoutShifts(page);
      await page.goto(`/artists/${profile.id}`);
      await expect(page.locator('#profile-first-view')).toHaveCount(0); // React's profile replaced the slot
      await expect(page.getByRole('heading', { level: 1, name: profile.name })).toBeVisible();
      await page.locator('.profile-grid img').first().evaluate((img: HTMLImageElement) => img.decode());
      expect(await boxes(page)).toEqual(before);
      expect(await layoutShift(page)).toBeLessThan(0.05);
      expect(apiCalls, 'the profile came embedded in the page').toEqual([]);

      // and it is the live React profile: the gallery opens its lightbox
      await page.getByRole('button', { name: /^Open image 1 of/ }).click();
      await expect(page.getByRole('dialog')).toBeVisible();
      await page.keyboard.press('Escape');
      await expect(page.getByRole('dialog')).toBeHidden();
    });
  });
}
