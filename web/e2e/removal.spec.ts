import { appReady, expect, keepScreenshot, resultsSettled, test } from './fixtures';

test('removal request: client validation errors, then the confirmation', async ({ page }) => {
  await page.goto('/remove/');
  await appReady(page); // the form's own checks and messages come with the script (noScript.spec: before it)
  await page.getByRole('button', { name: 'Send removal request' }).click();
  const handle = page.getByLabel('Instagram handle or profile link');
  await expect(handle).toBeFocused();
  await expect(handle).toHaveAttribute('aria-invalid', 'true');
  await expect(handle).toHaveAccessibleDescription(/Enter the Instagram handle/);
  await expect(page.getByLabel('Your email address')).toHaveAccessibleDescription(/Enter your email address/);

  await handle.fill('https://www.instagram.com/p/notaprofile/');
  await page.getByLabel('Your email address').fill('not-an-email');
  await page.getByRole('button', { name: 'Send removal request' }).click();
  await expect(handle).toBeFocused();
  await expect(handle).toHaveAccessibleDescription(/Enter a handle like/);
  await keepScreenshot(page, 'removal-errors-desktop');

  await handle.fill('@Mara.Inkwell');
  await page.getByLabel('Your email address').fill('mara@example.org');
  await page.getByLabel(/Anything we should know/).fill('Please take my profile down.');
  await page.getByRole('button', { name: 'Send removal request' }).click();
  const done = page.getByRole('heading', { name: 'We have your request' });
  await expect(done).toBeVisible();
  await expect(done).toBeFocused();
  await expect(page.getByText(/Your reference is/)).toContainText(/rq-/);
  await expect(page.getByRole('heading', { name: 'What happens next' })).toBeVisible();
  await keepScreenshot(page, 'removal-done-desktop');
});

test('the profile "Request removal" link pre-fills the form with the artist', async ({ page }) => {
  await page.goto('/?city=Leeds');
  await resultsSettled(page);
  await page.locator('section[aria-labelledby="results-heading"] article').first().getByRole('link').click();
  await page.getByRole('link', { name: /^Are you .+\? Request removal$/ }).click();
  await expect(page).toHaveURL(/\/remove\/\?artist=/);
  await expect(page.getByText(/This request is about the profile/)).toBeVisible();
  await expect(page.getByLabel('Instagram handle or profile link')).not.toHaveValue('');
});
