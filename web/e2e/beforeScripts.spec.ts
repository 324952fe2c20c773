// What a visitor can do before the app's scripts have run (paint-first: they start after the first paint, and a slow
// phone takes seconds more to hydrate) or without them: the search form is a real GET form that the server answers
// with its first view; the removal form checks its fields with the browser's own validation. And text typed before
// hydration is kept when the app takes over.
import { appReady, expect, test, withoutAppScripts } from './fixtures';

const summary = (page: import('@playwright/test').Page) => page.locator('#results-heading [role="status"]');

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the search form sends the search in the address and the server answers with its results', async ({ page, request }) => {
    const leeds = await (await request.get('/api/artists?city=Leeds&size=1')).json() as { total: number };
    const everyone = await (await request.get('/api/artists?size=1')).json() as { total: number };
    expect(leeds.total).toBeGreaterThan(0);
    await page.goto('/');
    await expect(summary(page)).toHaveText(`${everyone.total} artists`);
    await page.getByLabel('Town or city').fill('Leeds');
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    await expect(page).toHaveURL(/\/\?(q=&)?city=Leeds$/);
    await expect(summary(page)).toHaveText(`${leeds.total} artists in Leeds`);
    await expect(page.locator('.results-grid article').first()).toBeVisible();
  });

  test('the removal form stops an incomplete request and moves focus to the first field to mend', async ({ page }) => {
    await page.goto('/remove/');
    const handle = page.getByLabel('Instagram handle or profile link');
    const email = page.getByLabel('Your email address');
    await page.getByRole('button', { name: 'Send removal request' }).click();
    await expect(handle).toBeFocused();
    expect(await handle.evaluate((el: HTMLInputElement) => el.validity.valueMissing)).toBe(true);

    await handle.fill('@mara.inkwell');
    await email.fill('not-an-email');
    await page.getByRole('button', { name: 'Send removal request' }).click();
    await expect(email).toBeFocused();
    expect(await email.evaluate((el: HTMLInputElement) => el.validity.typeMismatch)).toBe(true);

    // complete, but nothing can send it without the script: the page stays, with what was typed
    await email.fill('mara@example.org');
    await page.getByRole('button', { name: 'Send removal request' }).click();
    await expect(page).toHaveURL(/\/remove\/$/);
    await expect(handle).toHaveValue('@mara.inkwell');
    await expect(email).toHaveValue('mara@example.org');
  });
});

test('before the scripts run, the form shows the address’s search and sends it on with what is added', async ({ page }) => {
  await withoutAppScripts(page);
  await page.goto('/?city=Leeds&availability=books-open');
  await expect(summary(page)).toHaveText(/ in Leeds$/);
  await expect(page.getByLabel('Town or city')).toHaveValue('Leeds');
  await expect(page.getByRole('checkbox', { name: /^Books open/ })).toBeChecked();
  await page.getByLabel('Name, studio or keyword').fill('rose');
  await page.getByRole('button', { name: 'Search', exact: true }).click();
  await expect(page).toHaveURL(/\/\?q=rose&city=Leeds&availability=books-open$/);
  await expect(page.getByLabel('Name, studio or keyword')).toHaveValue('rose');
});

test('text typed into the search form before the app hydrates is kept, and the app sends it', async ({ page }) => {
  let release!: () => void;
  const scriptsMayLoad = new Promise<void>((done) => { release = done; });
  await page.route('**/_next/static/**/*.js', async (route) => { await scriptsMayLoad; await route.continue(); });
  await page.goto('/', { waitUntil: 'domcontentloaded' }); // the held scripts may hold the load event back
  await expect(page.locator('html')).not.toHaveAttribute('data-interactive');
  await page.getByLabel('Town or city').fill('Leeds');
  release();
  await appReady(page);
  await expect(page.getByLabel('Town or city')).toHaveValue('Leeds');
  await page.evaluate(() => { (window as unknown as { sameDocument: boolean }).sameDocument = true; });
  await page.getByRole('button', { name: 'Search', exact: true }).click();
  await expect(page).toHaveURL(/\/\?city=Leeds$/);
  await expect(summary(page)).toHaveText(/ artists? in Leeds$/);
  // the app searched (history.pushState), the browser did not load a new page
  expect(await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(true);
});
