import { expect, keepScreenshot, resultsSettled, test } from './fixtures';

const results = (page: import('@playwright/test').Page) => page.locator('section[aria-labelledby="results-heading"] article');

test('UC-01: Leeds, Neo-traditional and Blackwork, grid, profile, Contact on Instagram in a new tab', async ({ page, context }) => {
  await page.goto('/');
  await page.getByLabel('Town or city').fill('Leeds');
  await page.getByRole('button', { name: 'Search', exact: true }).click();
  await expect(page).toHaveURL(/[?&]city=Leeds/);
  await page.getByText('Styles', { exact: true }).click({ trial: true }).catch(() => undefined);
  await page.getByRole('checkbox', { name: /^Neo-traditional\b/ }).check();
  await page.getByRole('checkbox', { name: /^Blackwork\b/ }).check();
  await expect(page).toHaveURL(/style=blackwork&style=neo-traditional/);
  await resultsSettled(page);
  await expect(results(page).first()).toBeVisible();
  for (const card of await results(page).all()) {
    await expect(card.getByRole('list', { name: 'Styles' })).toContainText(/Neo-traditional|Blackwork/);
  }
  await keepScreenshot(page, 'search-uc01-desktop');

  const link = results(page).first().getByRole('link');
  const name = (await link.textContent())!.trim();
  await link.click();
  await expect(page).toHaveURL(/\/artists\/[A-Za-z0-9_-]+\/?$/);
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  // an artist whose Instagram could not be fetched is shown from the studio's website alone
  await expect(page.getByRole('heading', { name: /^(About|From the studio’s website)$/ }).first()).toBeVisible();
  await expect(page.getByRole('heading', { name: /^Portfolio/ })).toBeVisible();
  await expect(page.getByRole('button', { name: /^Open image 1 of/ }).first()).toBeVisible();
  await expect(page.getByRole('heading', { name: /^Studios?$/ })).toBeVisible();
  await expect(page.locator('address').first()).toBeVisible();
  await page.getByRole('heading', { name: /^Studios?$/ }).scrollIntoViewIfNeeded();
  await expect(page.getByRole('region', { name: /Map showing where/ }).locator('.tad-pin').first()).toBeVisible();
  await keepScreenshot(page, 'profile-desktop');

  const contact = page.getByRole('link', { name: /Contact on Instagram/ });
  await expect(contact).toHaveAttribute('target', '_blank');
  await expect(contact).toHaveAttribute('rel', /noopener/);
  const [tab] = await Promise.all([context.waitForEvent('page'), contact.click()]);
  await tab.waitForLoadState();
  expect(tab.url()).toMatch(/^https:\/\/www\.instagram\.com\/[a-z0-9._]+\/$/);
  await tab.close();
});

test('the bio is shown exactly as its text (scraped text is never parsed as HTML)', async ({ page, request }) => {
  const body = await (await request.get('/api/artists?city=Leeds&size=5')).json() as { items: { id: string }[] };
  const profiles = await Promise.all(body.items.map(async ({ id }) =>
    (await request.get(`/api/artists/${id}`)).json() as Promise<{ id: string; bio: string | null }>));
  const withBio = profiles.filter((p) => p.bio && p.bio.trim());
  expect(withBio.length).toBeGreaterThan(0);
  for (const profile of withBio.slice(0, 2)) {
    await page.goto(`/artists/${profile.id}`);
    const bio = page.getByRole('region', { name: 'About', exact: true }).locator('p.profile-bio');
    await expect(bio).toBeVisible();
    expect(await bio.evaluate((el) => el.textContent)).toBe(profile.bio!.trim());
    expect(await bio.evaluate((el) => el.children.length)).toBe(0);
  }
});

test('a style tag on a profile starts a search for that style', async ({ page }) => {
  await page.goto('/?city=Leeds');
  await resultsSettled(page);
  await results(page).first().getByRole('link').click();
  const tag = page.getByRole('list', { name: /Styles \(each starts a search\)/ }).getByRole('link').first();
  const label = (await tag.innerText()).split('—')[0]!.trim();
  await tag.click();
  await expect(page).toHaveURL(/\/\?style=[a-z0-9-]+$/);
  await expect(page.getByRole('checkbox', { name: new RegExp(`^${label}\\b`) })).toBeChecked();
  await resultsSettled(page);
  await expect(results(page).first()).toBeVisible();
  for (const card of await results(page).all()) await expect(card).toContainText(label);
});

test('a profile deep link works on direct load and on reload', async ({ page, request }) => {
  const body = await (await request.get('/api/artists?size=1')).json() as { items: { id: string; name: string }[] };
  const artist = body.items[0]!;
  await page.goto(`/artists/${artist.id}`);
  await expect(page.getByRole('heading', { level: 1, name: artist.name })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: artist.name })).toBeVisible();
  await page.goto(`/artists/${artist.id}/`);
  await expect(page.getByRole('heading', { level: 1, name: artist.name })).toBeVisible();
});

test('an unknown artist shows a clear not-found message; an unknown page gets the 404 page', async ({ page }) => {
  await page.goto('/artists/doesnotexist000');
  await expect(page.getByRole('heading', { level: 1, name: 'We could not find this artist' })).toBeVisible();
  const res = await page.goto('/no/such/page');
  expect(res?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1, name: 'We could not find that page' })).toBeVisible();
});

test('back and forward restore the search state; reload keeps it', async ({ page }) => {
  await page.goto('/');
  await resultsSettled(page);
  await page.getByLabel('Town or city').fill('Leeds');
  await page.getByRole('button', { name: 'Search', exact: true }).click();
  await expect(page).toHaveURL(/city=Leeds/);
  await page.getByRole('checkbox', { name: /^Blackwork\b/ }).check();
  await expect(page).toHaveURL(/style=blackwork/);
  await resultsSettled(page);
  const filtered = await page.locator('#results-heading').innerText();

  await page.goBack();
  await expect(page).not.toHaveURL(/style=/);
  await expect(page.getByRole('checkbox', { name: /^Blackwork\b/ })).not.toBeChecked();
  await expect(page.getByLabel('Town or city')).toHaveValue('Leeds');
  await page.goBack();
  await expect(page.getByLabel('Town or city')).toHaveValue('');
  await page.goForward();
  await page.goForward();
  await expect(page.getByRole('checkbox', { name: /^Blackwork\b/ })).toBeChecked();
  await resultsSettled(page);
  await expect(page.locator('#results-heading')).toHaveText(filtered);

  await page.reload();
  await expect(page.getByRole('checkbox', { name: /^Blackwork\b/ })).toBeChecked();
  await expect(page.getByLabel('Town or city')).toHaveValue('Leeds');
});

test('paging: next page, and back returns to the first page', async ({ page, request }) => {
  const all = await (await request.get('/api/artists?size=1')).json() as { total: number };
  expect(all.total, 'the sample city has more than one page of artists').toBeGreaterThan(24);
  await page.goto('/');
  await resultsSettled(page);
  const firstName = await results(page).first().getByRole('heading').innerText();
  await expect(page.getByText(/^Page 1 of \d+$/)).toBeVisible();
  await page.getByRole('navigation', { name: 'Result pages' }).getByRole('link', { name: /Next/ }).click();
  await expect(page).toHaveURL(/[?&]page=2/);
  await expect(page.getByText(/^Page 2 of \d+$/)).toBeVisible();
  await resultsSettled(page);
  await expect(results(page).first().getByRole('heading')).not.toHaveText(firstName);
  await page.goBack();
  await expect(page.getByText(/^Page 1 of \d+$/)).toBeVisible();
  await expect(results(page).first().getByRole('heading')).toHaveText(firstName);
});
