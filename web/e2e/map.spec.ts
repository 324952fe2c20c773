import { appReady, expect, keepScreenshot, resultsSettled, test } from './fixtures';

test('map view: pins, clusters that open, a popup with a link to the profile, and a list alternative', async ({ page }) => {
  await page.goto('/?city=Leeds');
  await resultsSettled(page);
  await appReady(page); // the grid/map switch is the script's
  await page.getByRole('button', { name: 'Map', exact: true }).click();
  await expect(page).toHaveURL(/view=map/);
  const map = page.getByRole('region', { name: "Map of artists' studios" });
  await expect(map).toBeVisible();
  const pins = map.locator('.tad-pin');
  await expect(pins.first()).toBeVisible();
  await expect(page.getByRole('list', { name: 'Artists on the map' }).getByRole('link').first()).toBeVisible();

  // clusters zoom in until a pin opens a popup
  for (let i = 0; i < 8 && (await map.locator('.leaflet-popup').count()) === 0; i++) {
    await pins.first().click();
    await page.waitForTimeout(500);
  }
  const popup = map.locator('.leaflet-popup');
  await expect(popup).toBeVisible();
  await keepScreenshot(page, 'search-map-popup-desktop');
  const profileLink = popup.getByRole('link', { name: /View profile of/ }).first();
  const name = (await profileLink.getAttribute('aria-label'))!.replace('View profile of ', '');
  await profileLink.click();
  await expect(page).toHaveURL(/\/artists\/[A-Za-z0-9_-]+\/?$/);
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  // the profile's studio map loads when it scrolls near the viewport
  await page.getByRole('heading', { name: /^Studios?$/ }).scrollIntoViewIfNeeded();
  await expect(page.getByRole('region', { name: /Map showing where/ }).locator('.tad-pin').first()).toBeVisible();
});

test('moving the map searches the area shown (bbox in the URL)', async ({ page }) => {
  await page.goto('/?city=Leeds&view=map');
  const map = page.getByRole('region', { name: "Map of artists' studios" });
  await expect(map.locator('.tad-pin').first()).toBeVisible();
  await page.waitForTimeout(1000);
  await map.focus();
  await page.keyboard.press('Equal'); // zoom in with the keyboard
  await expect(page).toHaveURL(/bbox=-?\d/);
  await expect(page.getByText('Showing the area on the map.')).toBeVisible();
  await page.getByRole('button', { name: 'Search everywhere' }).click();
  await expect(page).not.toHaveURL(/bbox=/);
});

test('pins are reachable and open by keyboard', async ({ page }) => {
  await page.goto('/?city=Leeds&view=map');
  const pin = page.locator('.tad-pin').first();
  await expect(pin).toBeVisible();
  await pin.focus();
  await expect(pin).toHaveAttribute('aria-label', /.+/);
  await page.keyboard.press('Enter');
  await expect(page.locator('.leaflet-popup, .tad-pin').first()).toBeVisible();
});
