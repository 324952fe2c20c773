import { appReady, expect, keepScreenshot, resultsSettled, SIZES, test } from './fixtures';

test.use({ viewport: SIZES.mobile, hasTouch: true, isMobile: true });

test('mobile layout (375x812): one column, no sideways scrolling, folded style filter', async ({ page }) => {
  await page.goto('/?city=Leeds');
  await resultsSettled(page);
  const noHorizontalScroll = () => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
  expect(await noHorizontalScroll()).toBe(true);
  const cards = page.locator('section[aria-labelledby="results-heading"] article');
  const [a, b] = [await cards.nth(0).boundingBox(), await cards.nth(1).boundingBox()];
  expect(a!.x).toBe(b!.x); // stacked, one column
  expect(b!.y).toBeGreaterThan(a!.y);
  await expect(page.getByRole('checkbox', { name: /^Blackwork\b/ })).toBeHidden();
  await page.getByText('Styles', { exact: true }).click();
  await page.getByRole('checkbox', { name: /^Blackwork\b/ }).check();
  await expect(page).toHaveURL(/style=blackwork/);
  await keepScreenshot(page, 'search-mobile');

  await cards.first().getByRole('link').click();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('button', { name: /^Open image 1 of/ })).toBeVisible();
  expect(await noHorizontalScroll()).toBe(true);
  await page.getByRole('heading', { name: /^Studios?$/ }).scrollIntoViewIfNeeded();
  await expect(page.locator('.tad-pin').first()).toBeVisible();
  await keepScreenshot(page, 'profile-mobile');
});

test('mobile lightbox: opens, swipes, closes with Escape and returns focus', async ({ page }) => {
  await page.goto('/?city=Leeds');
  await resultsSettled(page);
  await page.locator('section[aria-labelledby="results-heading"] article').first().getByRole('link').click();
  const opener = page.getByRole('button', { name: /^Open image 1 of/ });
  await appReady(page); // the lightbox is the script's
  await opener.click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Close' })).toBeFocused();
  await keepScreenshot(page, 'lightbox-mobile', false);
  const figure = dialog.locator('figure');
  const box = (await figure.boundingBox())!;
  const y = box.y + box.height / 2;
  await page.mouse.move(box.x + box.width * 0.8, y);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * 0.2, y, { steps: 5 });
  await page.mouse.up();
  await expect(dialog.getByText(/^Image 2 of/)).toBeVisible();
  await page.keyboard.press('ArrowLeft');
  await expect(dialog.getByText(/^Image 1 of/)).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(opener).toBeFocused();
});
