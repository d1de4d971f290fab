import type { Browser, BrowserContext, BrowserContextOptions, Locator, Page } from 'playwright-core';
import type { ApiSession } from './support/api-session';
import type { Credentials } from './support/demo-login';
import { signInThroughUi } from './support/ui-sign-in';

/**
 * A browser context for charting: a laptop-sized window, and waits long enough for a busy two-core
 * machine (every wait is on visible state, so a fast machine never waits longer than it must).
 */
export async function chartingContext(
  browser: Browser,
  options: BrowserContextOptions = { viewport: { width: 1280, height: 900 } },
): Promise<BrowserContext> {
  const context = await browser.newContext(options);
  context.setDefaultTimeout(90_000);
  return context;
}

/** A touch tablet's window for charting (landscape 1024×768 unless told), waiting as long as the laptop's. */
export function tabletContext(
  browser: Browser,
  size: { readonly width: number; readonly height: number } = { width: 1024, height: 768 },
): Promise<BrowserContext> {
  return chartingContext(browser, { viewport: { ...size }, hasTouch: true, isMobile: true });
}

/** A patient made for one test, with no earlier visits, so every finding is entered by the test. */
export async function freshPatient(api: ApiSession, familyName: string): Promise<string> {
  const chartNumber = `CH-${Math.random().toString(36).slice(2, 9)}`;
  const patient = await api.call<{ id: string }>('POST', '/api/patients', {
    chartNumber,
    givenName: 'Test',
    familyName,
    dateOfBirth: '1979-05-14',
    sex: 'female',
  });
  return patient.id;
}

/** Signs in through the sign-in screen on the patient's page and opens a new visit from there. */
export async function openNewVisit(
  context: BrowserContext,
  baseUrl: string,
  credentials: Credentials,
  patientId: string,
): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${baseUrl}/patients/${patientId}`);
  await page.getByRole('heading', { name: 'Sign in' }).waitFor();
  await signInThroughUi(page, credentials);
  await page.getByRole('button', { name: 'New visit' }).click();
  await page.getByRole('heading', { name: 'Red-flag screen' }).waitFor();
  return page;
}

/** Opens an existing visit in a fresh page of `context`, signing in first. */
export async function openVisit(
  context: BrowserContext,
  baseUrl: string,
  credentials: Credentials,
  path: string,
): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${baseUrl}${path}`);
  await page.getByRole('heading', { name: 'Sign in' }).waitFor();
  await signInThroughUi(page, credentials);
  await page.getByRole('status').filter({ hasText: 'All changes saved' }).waitFor();
  return page;
}

/** One indicator row of the pre-check or post-check. */
export function row(page: Page, indicator: string, phase: 'pre' | 'post' = 'pre'): Locator {
  return page.locator(`[data-entry-row][data-indicator="${indicator}"][data-phase="${phase}"]`);
}

/** Waits until the element matching `locator` has the keyboard focus. */
export async function waitForFocus(locator: Locator): Promise<void> {
  await locator.and(locator.page().locator(':focus')).waitFor();
}

/** The save status line. */
export function saveStatus(page: Page, text: string | RegExp): Locator {
  return page.locator('[data-save]').filter({ hasText: text });
}

/** Waits until every change is on the server. */
export async function allSaved(page: Page): Promise<void> {
  await page.locator('[data-save="saved"]').waitFor();
}

/** The attestation step that signing opens (a modal dialog). */
export function attestation(page: Page): Locator {
  return page.getByRole('dialog', { name: 'Sign this visit' });
}

/**
 * Signs the visit as a person does: "Sign visit", then "Confirm and sign" on the attestation step;
 * waits for the signed view. Each click goes through `input` when one is given, so it is counted.
 */
export async function signVisit(page: Page, input?: InputCounter): Promise<void> {
  const click = (locator: Locator) => (input === undefined ? locator.click() : input.click(locator));
  await click(page.getByRole('button', { name: 'Sign visit' }));
  await click(attestation(page).getByRole('button', { name: 'Confirm and sign' }));
  await page.getByRole('status').filter({ hasText: 'Signed' }).waitFor();
}

/**
 * Sends clicks and keys to the page and counts them as a person counts (UX.md, issue 21): each click
 * or tap one, each key one (Tab, Enter and arrows included), all keys typed into one text field one.
 */
export class InputCounter {
  count = 0;
  constructor(private readonly page: Page) {}

  async click(locator: Locator): Promise<void> {
    this.count += 1;
    await locator.click();
  }

  /** Picks an option of a list by touch: opening the list and choosing count one each. */
  async choose(locator: Locator, label: string): Promise<void> {
    this.count += 2;
    await locator.selectOption({ label });
  }

  /** Types into the focused text field: every key press inside one field counts one together. */
  async type(text: string): Promise<void> {
    this.count += 1;
    await this.page.keyboard.type(text);
  }

  async press(...keys: string[]): Promise<void> {
    for (const key of keys) {
      this.count += 1;
      await this.page.keyboard.press(key);
    }
  }
}

/** Reads `read` until `ok` holds (a wait on the server's state, polled), failing after `timeoutMs`. */
export async function eventually<T>(
  read: () => Promise<T>,
  ok: (value: T) => boolean,
  what: string,
  timeoutMs = 20_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (ok(value)) return value;
    if (Date.now() > deadline)
      throw new Error(`timed out waiting for ${what}; last value: ${JSON.stringify(value)}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** The accessible name (or text) of the focused element. */
export function focusedName(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (el === null) return '';
    return (el.getAttribute('aria-label') ?? el.textContent ?? '').trim();
  });
}

/** Presses Tab until the focused element's name matches `name`; returns how many Tabs it took. */
export async function tabTo(page: Page, name: RegExp, max = 80): Promise<number> {
  for (let n = 1; n <= max; n += 1) {
    await page.keyboard.press('Tab');
    if (name.test(await focusedName(page))) return n;
  }
  throw new Error(`no element named ${String(name)} within ${max} Tabs`);
}

/** A visit as the API returns it, with the fields the tests read. */
export interface VisitBody {
  readonly version: number;
  readonly status: string;
  readonly chiefComplaint: string;
  readonly findings: readonly {
    readonly indicator: string;
    readonly phase: string;
    readonly side?: string;
    readonly positive?: boolean;
  }[];
}
