import { appReady, expect, resultsSettled, test } from './fixtures';

// The sample city's bios say "Books open 🕊️", "Books OPEN for Jan", "books open monthly": a bio is dated the day it
// is read, so after the demo's crawl these artists' books are open today, whatever the date of the run.
const results = (page: import('@playwright/test').Page) => page.locator('section[aria-labelledby="results-heading"] article');

test('the availability filter narrows the results to artists with books open, shown on every card and the profile', async ({ page }) => {
  await page.goto('/');
  await resultsSettled(page);
  const booksOpen = page.getByRole('checkbox', { name: /^Books open\s*\d+\s*artists?/ });
  await expect(booksOpen).toBeVisible();
  const count = Number((await booksOpen.locator('xpath=..').textContent())!.match(/(\d+)/)![1]);
  expect(count).toBeGreaterThan(0);

  await booksOpen.check();
  await expect(page).toHaveURL(/[?&]availability=books-open/);
  await resultsSettled(page);
  await expect(results(page)).toHaveCount(count);
  for (const card of await results(page).all()) {
    await expect(card.getByRole('list', { name: 'Availability' })).toContainText('Books open');
  }

  await results(page).first().getByRole('link').click();
  await expect(page.getByRole('heading', { name: 'Availability' })).toBeVisible();
  await expect(page.getByRole('list', { name: 'Availability' })).toContainText('Books open');

  await page.goBack();
  await appReady(page); // a box that searches as soon as it is ticked is the script's (before it, Search sends the form)
  await page.getByRole('checkbox', { name: /^Books open/ }).uncheck();
  await expect(page).not.toHaveURL(/availability=/);
});

// bloom.by.tess's bio (core/sample-city) says "Guest spot in Manchester 10–14 March <img src=x onerror=…>": a bio is
// dated the day it is read, so the guest spot is always ahead of the demo's crawl; Manchester is in the gazetteer.
test('a guest spot shows on the map at its place with its dates, and the scraped words stay text everywhere', async ({ page, baseURL }) => {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => { dialogs.push(dialog.message()); void dialog.dismiss(); });
  const said = 'Guest spot in Manchester 10–14 March <img src=x onerror=alert("guest")>';
  await page.goto('/?availability=guest-spot');
  await resultsSettled(page);
  const card = results(page).filter({ hasText: 'Guest spot · Manchester · 10 Mar – 14 Mar' });
  await expect(card).toHaveCount(1);
  await expect(card.getByRole('list', { name: 'Availability' }).locator('li', { hasText: 'Manchester' }))
    .toHaveAttribute('title', said);

  await appReady(page);
  await page.getByRole('button', { name: 'Map', exact: true }).click();
  const map = page.getByRole('region', { name: "Map of artists' studios" });
  const guest = map.getByLabel(/Guest spot · Manchester · 10 Mar – 14 Mar$/);
  await expect(guest).toBeVisible();
  // Manchester is west of Leeds, where every studio pin of the sample city is
  const studio = map.locator('.tad-pin:not([aria-label*="Manchester"])').first();
  expect((await guest.boundingBox())!.x).toBeLessThan((await studio.boundingBox())!.x);
  await guest.click();
  await expect(map.locator('.leaflet-popup')).toContainText('Guest spot · Manchester · 10 Mar – 14 Mar');

  await map.locator('.leaflet-popup').getByRole('link', { name: /View profile of/ }).click();
  await expect(page).toHaveURL(/\/artists\/[A-Za-z0-9_-]+\/?$/);
  const statement = page.getByRole('list', { name: 'Availability' }).locator('li', { hasText: 'Manchester' });
  await expect(statement.locator('q.availability-evidence')).toHaveText(said);
  await expect(page.getByText(said, { exact: false }).first()).toBeVisible();
  expect(await page.locator('img[src="x"]').count()).toBe(0);
  // the server's first views of the search and the profile carry the words as text too, never as markup
  for (const address of [new URL('/?availability=guest-spot', baseURL).href, new URL(page.url(), baseURL).href]) {
    const html = await (await page.request.get(address)).text();
    expect(html, address).toContain('Guest spot in Manchester');
    expect(html, address).not.toContain('<img src=x');
  }
  expect(dialogs).toEqual([]);
});
