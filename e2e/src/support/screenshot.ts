import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';

/** Where every run leaves its screenshots for a person to look at (git-ignored). */
export const screenshotDir = fileURLToPath(new URL('../../screenshots/', import.meta.url));

/** Saves a full-page screenshot as `e2e/screenshots/<name>.png`, replacing the previous run's. */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(screenshotDir, { recursive: true });
  await page.screenshot({ path: `${screenshotDir}${name}.png`, fullPage: true, animations: 'disabled' });
}
