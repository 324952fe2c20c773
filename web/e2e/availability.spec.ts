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
