import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import type { Credentials } from './demo-login';

/** The two devices every screen is checked on: a desktop, and a 1024×768 touch tablet. */
export const pseudoDevices = [
  { name: 'desktop', viewport: { width: 1280, height: 800 }, hasTouch: false },
  { name: 'tablet', viewport: { width: 1024, height: 768 }, hasTouch: true },
] as const;

/**
 * Runs the page's app in the pseudo-locale (accented English, 40 % longer, each message in ⟦ ⟧):
 * call before the first `goto`.
 */
export async function usePseudoLocale(page: Page): Promise<void> {
  await page.addInitScript(() => localStorage.setItem('sotchart.pseudo', '1'));
}

/** Signs in on the pseudo-locale sign-in screen, by the form's fields rather than their labels. */
export async function signInPseudo(page: Page, credentials: Credentials): Promise<void> {
  await page.locator('input[type=email]').fill(credentials.email);
  await page.locator('input[type=password]').first().fill(credentials.password);
  await page.locator('form button[type=submit]').click();
  await page.locator('input[type=email]').waitFor({ state: 'detached' });
}

// Plain script text: the test runner's transform names functions with a helper the page lacks.
const scanPage = `(() => {
  // The chart library's off-screen span measures labels; it is not shown.
  const skip = (el) =>
    el.closest('[translate="no"], time, script, style, noscript, svg title, #recharts_measurement_span') !== null;
  const visible = (el) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden';
  // Marked messages may nest (a message placed inside another); strip the innermost until none is left.
  const outsideMarkers = (text) => {
    let rest = text;
    for (let before = ''; before !== rest; ) {
      before = rest;
      rest = rest.replace(/⟦[^⟦⟧]*⟧/g, ' ');
    }
    return rest;
  };
  const hardCoded = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const owners = new Map();
  for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
    const el = node.parentElement;
    if (el === null || skip(el) || !visible(el)) continue;
    owners.set(el, (owners.get(el) ?? '') + node.textContent);
  }
  for (const [el, text] of owners) {
    const rest = outsideMarkers(text);
    if (/[A-Za-z]/.test(rest)) hardCoded.push(el.tagName.toLowerCase() + ': "' + text.trim().slice(0, 80) + '"');
  }
  for (const el of document.querySelectorAll('[placeholder], [aria-label], [title], img[alt]')) {
    if (skip(el) || !visible(el)) continue;
    for (const name of ['placeholder', 'aria-label', 'title', 'alt']) {
      const value = el.getAttribute(name);
      if (value !== null && /[A-Za-z]/.test(outsideMarkers(value)))
        hardCoded.push(el.tagName.toLowerCase() + '[' + name + ']: "' + value.slice(0, 80) + '"');
    }
  }
  const clipped = [];
  for (const el of document.querySelectorAll('body *')) {
    if (!visible(el) || skip(el)) continue;
    const style = getComputedStyle(el);
    if (['auto', 'scroll'].includes(style.overflowX)) continue;
    const ownText = [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent.trim() !== '');
    // A screen-reader-only label is 1 px wide on purpose (clipped to nothing): not clipped text.
    if (ownText && el.scrollWidth > el.clientWidth + 1 && el.clientWidth > 1)
      clipped.push(el.tagName.toLowerCase() + ': "' + (el.textContent ?? '').trim().slice(0, 60) + '" ' + el.scrollWidth + ' > ' + el.clientWidth);
  }
  return { hardCoded, clipped };
})()`;

/** What the pseudo-locale scan found on the page as it is now. */
export interface PseudoFindings {
  /** Visible text or an accessible label outside the markers: a string not from a catalogue. */
  readonly hardCoded: readonly string[];
  /** Elements whose own text is wider than they are: clipped once a translation runs longer. */
  readonly clipped: readonly string[];
}

/** Scans the page for text outside the pseudo-locale markers and for clipped text. */
export async function scanPseudoLocale(page: Page): Promise<PseudoFindings> {
  return (await page.evaluate(scanPage)) as PseudoFindings;
}

/**
 * Fails when the screen shows text that is not from a catalogue or clips text. User data (names,
 * free text, codes) is marked `translate="no"`, and dates and times are `<time>` elements, so
 * neither is mistaken for a hard-coded string.
 */
export async function assertFullyTranslated(page: Page, screen: string): Promise<void> {
  const findings = await scanPseudoLocale(page);
  assert.deepEqual(findings.hardCoded, [], `${screen}: text outside the catalogues`);
  assert.deepEqual(findings.clipped, [], `${screen}: clipped text`);
}
