import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Locator, Page } from 'playwright-core';

/** Where every run leaves its screenshots for a person to look at (git-ignored). */
export const screenshotDir = fileURLToPath(new URL('../../screenshots/', import.meta.url));

/**
 * Saves a screenshot as `e2e/screenshots/<name>.png`, replacing the previous run's: the full page, or
 * only the viewport (`fullPage: false`) for what sits fixed on it, such as a modal dialog.
 */
export async function screenshot(page: Page, name: string, fullPage = true): Promise<void> {
  mkdirSync(screenshotDir, { recursive: true });
  await page.screenshot({ path: `${screenshotDir}${name}.png`, fullPage, animations: 'disabled' });
}

/** The window sizes screens are reviewed at: a desktop and a landscape tablet. */
export const reviewSizes = [
  { width: 1440, height: 900 },
  { width: 1024, height: 768 },
] as const;

/**
 * Saves `<name>-1440x900.png` and `<name>-1024x768.png`, then puts the window back as it was.
 */
export async function screenshotAtReviewSizes(page: Page, name: string, fullPage = true): Promise<void> {
  const before = page.viewportSize();
  for (const size of reviewSizes) {
    await page.setViewportSize(size);
    await screenshot(page, `${name}-${size.width}x${size.height}`, fullPage);
  }
  if (before !== null) await page.setViewportSize(before);
}

/** Saves one part of a page (a section, a panel) as `e2e/screenshots/<name>.png`. */
export async function screenshotOf(locator: Locator, name: string): Promise<void> {
  mkdirSync(screenshotDir, { recursive: true });
  await locator.screenshot({ path: `${screenshotDir}${name}.png`, animations: 'disabled' });
}
