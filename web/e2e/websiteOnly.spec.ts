import { createHash } from 'node:crypto';
import { expect, expectNoAxeViolations, keepScreenshot, test, withoutAppScripts } from './fixtures';

// An artist whose Instagram is a personal account (the Graph API cannot read it) is listed from their studio's own
// site: the demo crawls the sample city with the default source, and Kin's crew page and Dot Imrie's own page say
// who she is (core/sample-city/README.md).
const artistId = (handle: string) => 'a' + createHash('sha256').update(`artist:${handle}`).digest('hex').slice(0, 15);
const DOT = artistId('kirkstall.dotty');

test('an artist known only from the studio’s website: what it says, marked as such, with its pictures', async ({ page }) => {
  await page.goto(`/artists/${DOT}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Dot Imrie' })).toBeVisible();
  const website = page.getByRole('region', { name: 'From the studio’s website' });
  await expect(website.locator('p.profile-bio')).toContainText('She works almost entirely in dots');
  await expect(website.getByRole('list', { name: 'Specialisms' })).toContainText('Dotwork');
  await expect(website.getByRole('link', { name: 'Kirkstall Kin Tattoo' })).toHaveAttribute('href', /\/crew\/dot-imrie\/$/);
  await expect(page.getByText('From Instagram')).toHaveCount(0);
  const avatar = page.getByRole('img', { name: 'Photo of Dot Imrie, from the studio’s website' });
  await expect(avatar).toBeVisible();
  expect(await avatar.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
  const work = page.getByRole('region', { name: /^Work on the studio’s website/ });
  await expect(work.getByRole('button', { name: /^Open image/ })).toHaveCount(3);
  await keepScreenshot(page, 'profile-website-only');
  await expectNoAxeViolations(page, 'profile from the studio’s website');
});

test('the same without the app’s JavaScript: the server’s first view says it too', async ({ page }) => {
  await withoutAppScripts(page);
  await page.goto(`/artists/${DOT}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Dot Imrie' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'From the studio’s website' }).locator('p.profile-source'))
    .toHaveText('From the studio’s website: Kirkstall Kin Tattoo');
});
