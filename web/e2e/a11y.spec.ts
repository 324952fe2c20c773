import type { Page } from '@playwright/test';
import { appReady, expect, expectNoAxeViolations, keepScreenshot, resultsSettled, SIZES, test } from './fixtures';

async function firstArtistId(page: Page): Promise<string> {
  const res = await page.request.get('/api/artists?city=Leeds&size=1');
  const body = await res.json() as { items: { id: string }[] };
  return body.items[0]!.id;
}

for (const [size, viewport] of Object.entries(SIZES)) {
  test.describe(`axe at ${size} size`, () => {
    test.use({ viewport });

    test('search, grid view', async ({ page }) => {
      await page.goto('/?city=Leeds&style=blackwork&style=neo-traditional');
      await resultsSettled(page);
      await expect(page.locator('section[aria-labelledby="results-heading"] article').first()).toBeVisible();
      await expectNoAxeViolations(page, `search grid (${size})`);
      await keepScreenshot(page, `search-grid-${size}`);
    });

    test('search, map view with an open popup', async ({ page }) => {
      await page.goto('/?city=Leeds&view=map');
      const pin = page.locator('.tad-pin').first();
      await expect(pin).toBeVisible();
      await expectNoAxeViolations(page, `search map (${size})`);
      for (let i = 0; i < 8 && (await page.locator('.leaflet-popup').count()) === 0; i++) {
        await page.locator('.tad-pin').first().click();
        await page.waitForTimeout(500);
      }
      await expect(page.locator('.leaflet-popup')).toBeVisible();
      await expectNoAxeViolations(page, `search map popup (${size})`);
      await keepScreenshot(page, `search-map-${size}`);
    });

    test('search, empty state', async ({ page }) => {
      await page.goto('/?q=zzzznothingmatches');
      await expect(page.getByRole('heading', { name: 'No artists match this search' })).toBeVisible();
      await expectNoAxeViolations(page, `search empty (${size})`);
      await keepScreenshot(page, `search-empty-${size}`);
    });

    test('profile, and its lightbox', async ({ page }) => {
      await page.goto(`/artists/${await firstArtistId(page)}`);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await page.getByRole('heading', { name: /^Studios?$/ }).scrollIntoViewIfNeeded();
      await expect(page.locator('.tad-pin').first()).toBeVisible();
      await expectNoAxeViolations(page, `profile (${size})`);
      await keepScreenshot(page, `profile-${size}`);
      await appReady(page);
      await page.getByRole('button', { name: /^Open image 1 of/ }).click();
      await expect(page.getByRole('dialog')).toBeVisible();
      await expectNoAxeViolations(page, `lightbox (${size})`);
    });

    test('removal form with errors, about page, 404 page', async ({ page }) => {
      await page.goto('/remove/');
      await appReady(page);
      await page.getByRole('button', { name: 'Send removal request' }).click();
      await expect(page.getByLabel('Instagram handle or profile link')).toBeFocused();
      await expectNoAxeViolations(page, `removal form (${size})`);
      await keepScreenshot(page, `removal-${size}`);
      await page.goto('/about/');
      await expectNoAxeViolations(page, `about (${size})`);
      await keepScreenshot(page, `about-${size}`);
      await page.goto('/no-such-page/');
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expectNoAxeViolations(page, `404 (${size})`);
    });
  });
}

test('keyboard: the skip link is first and moves focus to the main content', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to main content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
});
