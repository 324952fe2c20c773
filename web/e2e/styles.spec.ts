// Styles explained: the /styles page and the explanation beside each style filter, with pictures of real work by
// artists in the directory (the sample city's mirrored images: it works offline).
import { expect, expectNoAxeViolations, FIRST_VIEW_SIZES, test } from './fixtures';

interface Style { slug: string; label: string; count: number; description: string; examples: { artistId: string; alt: string }[] }

for (const [size, viewport] of Object.entries(FIRST_VIEW_SIZES)) {
  test(`the styles page explains every style with examples that lead to the artists (${size})`, async ({ page }) => {
    await page.setViewportSize(viewport);
    const styles = await (await page.request.get('/api/styles')).json() as Style[];
    const blackwork = styles.find((s) => s.slug === 'blackwork')!;
    expect(blackwork.examples.length).toBeGreaterThanOrEqual(2);
    await page.goto('/styles/');
    await expect(page).toHaveTitle('Tattoo styles explained · Tattoo Artist Directory');
    await expect(page.getByRole('heading', { level: 2 })).toHaveCount(styles.length);
    const section = page.getByRole('region', { name: 'Blackwork' });
    await expect(section.getByText(blackwork.description)).toBeVisible();
    const pictures = section.getByRole('img');
    await expect(pictures).toHaveCount(blackwork.examples.length);
    for (const picture of await pictures.all()) {
      await picture.scrollIntoViewIfNeeded();
      await expect.poll(() => picture.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
    }
    await expectNoAxeViolations(page, `styles page (${size})`);
    await section.getByRole('link', { name: new RegExp(`See ${blackwork.count} artists`) }).click();
    await expect(page).toHaveURL(/\/\?style=blackwork$/);
    await page.goBack();
    await page.getByRole('region', { name: 'Blackwork' }).getByRole('link').first().click();
    await expect(page).toHaveURL(new RegExp(`/artists/${blackwork.examples[0]!.artistId}$`));
  });
}

test('beside each style filter: what the style is, with pictures', async ({ page }) => {
  const styles = await (await page.request.get('/api/styles')).json() as Style[];
  const neoTrad = styles.find((s) => s.slug === 'neo-traditional')!;
  await page.goto('/');
  const about = page.locator('summary', { hasText: 'What is it?' }).filter({ hasText: 'Neo-traditional' });
  await about.click();
  await expect(page.getByText(neoTrad.description)).toBeVisible();
  const examples = page.locator('details[open] details[open] img');
  await expect(examples).toHaveCount(neoTrad.examples.length);
  await expect(examples.first()).toHaveAttribute('alt', neoTrad.examples[0]!.alt);
  await expectNoAxeViolations(page, 'search page with a style explained');
});
