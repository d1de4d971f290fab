import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser, startServerProcess, type ServerProcess } from '@sotchart/test-support';
import { apiSession, createTestUser } from './support/api-session';
import { describeViolations, seriousViolations } from './support/axe-scan';
import { demoLogin, type Credentials } from './support/demo-login';
import { scrollsSideways, smallTargets } from './support/layout-checks';
import { screenshot } from './support/screenshot';
import { signInThroughUi } from './support/ui-sign-in';
import { uiTest } from './support/ui-test-options';

interface Screen {
  readonly name: string;
  /** Brings the page to the screen and waits until it is ready to scan. */
  open(page: Page, url: string): Promise<void>;
}

const heading = (page: Page, name: string | RegExp) =>
  page.getByRole('heading', { level: 1, name }).waitFor();

/** Every screen an owner reaches, in the state a person would see it. */
const ownerScreens: readonly Screen[] = [
  {
    name: 'patient-list',
    open: async (page, url) => {
      await page.goto(`${url}/patients`);
      await page.locator('#patient-results a').first().waitFor();
    },
  },
  {
    name: 'patient-list-search',
    open: async (page, url) => {
      await page.goto(`${url}/patients?q=ok`);
      await page.getByRole('link', { name: /Okafor/ }).waitFor();
    },
  },
  {
    name: 'patient-page',
    open: async (page, url) => {
      await page.goto(`${url}/patients?q=Okafor`);
      await page.getByRole('link', { name: /Okafor, Amelia/ }).click();
      await page.locator('.recharts-surface').first().waitFor();
    },
  },
  {
    name: 'patient-consent-form',
    open: async (page) => {
      await page.getByRole('button', { name: 'Record consent' }).click();
      await page.getByRole('form', { name: 'Record a consent' }).waitFor();
    },
  },
  {
    name: 'patient-edit',
    open: async (page) => {
      await page.getByRole('link', { name: 'Edit', exact: true }).click();
      await heading(page, /^Edit /);
    },
  },
  {
    name: 'new-patient-errors',
    open: async (page, url) => {
      await page.goto(`${url}/patients/new`);
      await page.getByRole('button', { name: 'Save patient' }).click();
      await page.getByRole('alert').filter({ hasText: 'The patient was not saved' }).waitFor();
    },
  },
  {
    name: 'admin-users',
    open: async (page, url) => {
      await page.goto(`${url}/admin/users`);
      await page.getByRole('row', { name: /Dr Dana Demo/ }).waitFor();
    },
  },
  {
    name: 'admin-add-user',
    open: async (page) => {
      await page.getByRole('button', { name: 'Add user' }).click();
      await page.getByRole('form', { name: 'Add a user' }).waitFor();
    },
  },
  {
    name: 'admin-edit-user-dialog',
    open: async (page, url) => {
      await page.goto(`${url}/admin/users`);
      await page.getByRole('button', { name: 'Edit Dr Dana Demo' }).click();
      await page.getByRole('dialog', { name: 'Edit Dr Dana Demo' }).waitFor();
    },
  },
  {
    name: 'admin-clinic',
    open: async (page, url) => {
      await page.goto(`${url}/admin/clinic`);
      await page.getByLabel('Time zone').waitFor();
    },
  },
  {
    name: 'admin-protocol-own-placement',
    open: async (page, url) => {
      await page.goto(`${url}/admin/protocol`);
      const group = page.getByRole('group', { name: 'Category III blocking placement' });
      await group.getByRole('radio', { name: 'Our own placement' }).check();
      await page.getByRole('button', { name: 'Add an indicator' }).click();
      await group.getByLabel('Landmark').first().waitFor();
    },
  },
  {
    name: 'audit',
    open: async (page, url) => {
      await page.goto(`${url}/audit`);
      await page.locator('table tbody tr').first().waitFor();
    },
  },
  {
    name: 'change-password',
    open: async (page, url) => {
      await page.goto(`${url}/account/password`);
      await heading(page, 'Change password');
    },
  },
  {
    name: 'not-found',
    open: async (page, url) => {
      await page.goto(`${url}/no-such-page`);
      await heading(page, 'Page not found');
    },
  },
];

describe('accessibility and layout of every screen at 1024 × 768', () => {
  let server: ServerProcess;
  let browser: Browser;
  let owner: Credentials;
  before(async () => {
    server = await startServerProcess();
    browser = await launchBrowser();
    owner = demoLogin(server);
  });
  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  /** Scans the current page: no serious or critical axe violation, 44 px targets, no sideways scroll. */
  async function check(page: Page, name: string): Promise<void> {
    await screenshot(page, `a11y-${name}`);
    const violations = await seriousViolations(page);
    assert.equal(violations.length, 0, `${name}:\n${describeViolations(violations)}`);
    assert.deepEqual(await smallTargets(page), [], `${name}: controls under 44 px`);
    assert.equal(await scrollsSideways(page), false, `${name}: scrolls sideways at 1024 px`);
  }

  const newContext = (): Promise<BrowserContext> =>
    browser.newContext({ viewport: { width: 1024, height: 768 } });

  test('the sign-in screen', uiTest, async () => {
    const context = await newContext();
    const page = await context.newPage();
    await page.goto(`${server.url}/sign-in`);
    await heading(page, 'Sign in');
    await check(page, 'sign-in');
    await page.getByLabel('Email').fill(owner.email);
    await page.getByLabel('Password').fill('not the password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('alert').waitFor();
    await check(page, 'sign-in-failed');
    await context.close();
  });

  test('every owner screen', uiTest, async () => {
    const context = await newContext();
    const page = await context.newPage();
    await page.goto(`${server.url}/sign-in`);
    await signInThroughUi(page, owner);
    for (const screen of ownerScreens) {
      await screen.open(page, server.url);
      await check(page, screen.name);
    }
    await context.close();
  });

  test('the assistant’s patient page and a forced password change', uiTest, async () => {
    const ownerApi = await apiSession(server.url, owner);
    const assistant = await createTestUser(server.url, ownerApi, 'assistant');
    const context = await newContext();
    const page = await context.newPage();
    await page.goto(`${server.url}/patients?q=Okafor`);
    await signInThroughUi(page, assistant);
    await page.getByRole('link', { name: /Okafor, Amelia/ }).click();
    await page
      .getByRole('table', { name: /Visit timeline/ })
      .locator('tbody tr')
      .first()
      .waitFor();
    await check(page, 'assistant-patient-page');
    await context.close();

    const fresh = await createTestUser(server.url, ownerApi, 'practitioner', { keepTemporary: true });
    const context2 = await newContext();
    const page2 = await context2.newPage();
    await page2.goto(`${server.url}/sign-in`);
    await signInThroughUi(page2, fresh);
    await heading(page2, 'Choose a new password');
    await check(page2, 'forced-password-change');
    await context2.close();
  });

  test('the session-expired dialog over a half-filled form', uiTest, async () => {
    const context = await newContext();
    const page = await context.newPage();
    await page.goto(`${server.url}/patients/new`);
    await signInThroughUi(page, owner);
    await page.getByLabel('Given name').fill('Half');
    await context.clearCookies();
    await page.getByRole('button', { name: 'Save patient' }).click();
    await page.getByRole('dialog', { name: 'Your session has ended' }).waitFor();
    await check(page, 'session-expired');
    await context.close();
  });
});
