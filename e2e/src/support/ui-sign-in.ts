import type { Page } from 'playwright-core';
import type { Credentials } from './demo-login';

/** Signs in through the sign-in screen (the page must be showing it) and waits for the next screen. */
export async function signInThroughUi(page: Page, credentials: Credentials): Promise<void> {
  await page.getByLabel('Email').fill(credentials.email);
  await page.getByLabel('Password', { exact: true }).fill(credentials.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('button', { name: 'Sign out', exact: true }).waitFor();
}

/** Opens the app at `path` in a fresh page, signs in and returns the page. */
export async function openSignedIn(
  newPage: () => Promise<Page>,
  baseUrl: string,
  credentials: Credentials,
  path = '/patients',
): Promise<Page> {
  const page = await newPage();
  await page.goto(`${baseUrl}${path}`);
  await page.getByRole('heading', { name: 'Sign in' }).waitFor();
  await signInThroughUi(page, credentials);
  return page;
}
