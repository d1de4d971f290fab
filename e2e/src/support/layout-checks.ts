import type { Page } from 'playwright-core';

/**
 * Controls smaller than the 44 px touch target (buttons, text inputs, selects, navigation links and
 * the whole-label targets of checkboxes and radios). Links inside running text are exempt, as WCAG
 * exempts them.
 */
export async function smallTargets(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const selector = [
      'button',
      'a.button',
      'nav a',
      'input:not([type=checkbox]):not([type=radio]):not([type=hidden])',
      'select',
      '.checkbox-field label',
      '.radio-option label',
    ].join(',');
    return Array.from(document.querySelectorAll<HTMLElement>(selector))
      .filter((el) => el.offsetParent !== null && !el.closest('.recharts-wrapper'))
      .filter((el) => el.getBoundingClientRect().height < 43.5)
      .map(
        (el) =>
          `${el.tagName.toLowerCase()} "${(el.textContent ?? el.getAttribute('aria-label') ?? '').trim().slice(0, 40)}" ${Math.round(el.getBoundingClientRect().height)}px`,
      );
  });
}

/** True when the page scrolls sideways at the current viewport (it should not at 1024 px). */
export async function scrollsSideways(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth + 1);
}
