import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import {
  launchBrowser,
  placeholderTextPack,
  startServerProcess,
  type ServerProcess,
} from '@sotchart/test-support';
import { apiSession, type ApiSession } from './support/api-session';
import { describeViolations, seriousViolations } from './support/axe-scan';
import { demoLogin, type Credentials } from './support/demo-login';
import { scrollsSideways, smallTargets } from './support/layout-checks';
import { odiTaps } from './support/odi-taps';
import { screenshot } from './support/screenshot';
import { openSignedIn } from './support/ui-sign-in';

/** NDI statements tapped by section (placeholder wording from the test pack): raw 1+1+2+0+1+1+1+2+1+0 = 10. */
const ndiTaps: readonly (readonly [string, number])[] = [
  ['Pain intensity', 1],
  ['Personal care', 1],
  ['Lifting', 2],
  ['Reading', 0],
  ['Headaches', 1],
  ['Concentration', 1],
  ['Work', 1],
  ['Driving', 2],
  ['Sleeping', 1],
  ['Recreation', 0],
];

/** While a tablet link is open, the outcomes page asks every 4 s; allow for a slow machine. */
const seenWithin = { timeout: 15_000 };

describe('one tablet hand-over for every due questionnaire (issue 21)', () => {
  let server: ServerProcess;
  let browser: Browser;
  let owner: Credentials;
  let api: ApiSession;
  let patientId: string;

  before(async () => {
    // A server of its own: the test changes the clinic's questionnaire schedule.
    server = await startServerProcess();
    browser = await launchBrowser();
    owner = demoLogin(server);
    api = await apiSession(server.url, owner);
    const settings = await api.call<{ version: number }>('GET', '/api/outcome-settings');
    await api.call('PUT', '/api/outcome-settings', {
      version: settings.version,
      instruments: ['ndi', 'odi'],
    });
    patientId = (
      await api.call<{ id: string }>('POST', '/api/patients', {
        chartNumber: 'K-2100',
        givenName: 'Noor',
        familyName: 'Haddad',
        dateOfBirth: '1979-04-18',
        sex: 'female',
      })
    ).id;
    const { today } = await api.call<{ today: string }>('GET', `/api/patients/${patientId}/outcome-schedule`);
    await api.call('POST', `/api/patients/${patientId}/episodes`, {
      startDate: today,
      complaint: 'Neck and low back pain',
      onset: 'acute',
      plan: { visitsPerWeek: 1, durationWeeks: 6, goals: [], reExamDate: null },
    });
  });
  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  /** No serious or critical axe violation, 44 px targets, no sideways scroll. */
  async function checkTablet(page: Page, name: string): Promise<void> {
    await screenshot(page, `kiosk-due-${name}`);
    const violations = await seriousViolations(page);
    assert.equal(violations.length, 0, `${name}:\n${describeViolations(violations)}`);
    assert.deepEqual(await smallTargets(page), [], `${name}: controls under 44 px`);
    assert.equal(await scrollsSideways(page), false, `${name}: scrolls sideways`);
  }

  test('the owner loads NDI wording, hands over both due questionnaires, and sees each arrive at once', async () => {
    const desk = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    const office = await openSignedIn(
      () => desk.newPage(),
      server.url,
      owner,
      `/patients/${patientId}/outcomes`,
    );
    await office.getByRole('heading', { level: 1, name: 'Outcomes — Noor Haddad' }).waitFor();

    // A text pack with the wrong number of items is refused, naming the field; the complete one loads.
    const upload = office.getByRole('form', { name: 'Load licensed wording' });
    const { driving: _left, ...nineItems } = placeholderTextPack('ndi').items;
    const packFile = (pack: unknown) => ({
      name: 'ndi-pack.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(pack)),
    });
    await upload
      .getByLabel('Text pack (JSON)')
      .setInputFiles(packFile({ ...placeholderTextPack('ndi'), items: nineItems }));
    await upload.getByRole('checkbox').check();
    await upload.getByRole('button', { name: 'Load wording' }).click();
    await upload.getByRole('alert').filter({ hasText: 'items: Expected wording for all 10 items' }).waitFor();
    await upload.getByLabel('Text pack (JSON)').setInputFiles(packFile(placeholderTextPack('ndi')));
    await upload.getByRole('checkbox').check();
    await upload.getByRole('button', { name: 'Load wording' }).click();
    await office.getByText('Loaded NDI wording.').waitFor();
    await office.getByRole('list', { name: 'Loaded wording' }).getByText('NDI 1991 (en-GB)').waitFor();

    // One link for everything due, made on the outcomes screen.
    await office.getByRole('button', { name: 'Make tablet link' }).click();
    const url = await office.getByRole('link', { name: 'open the link on this device' }).getAttribute('href');
    assert.ok(url !== null);
    await office.getByText('NDI, ODI (0 of 2 answered)').waitFor();
    await screenshot(office, 'kiosk-due-office-link');

    const tablet = await browser.newContext({ viewport: { width: 1024, height: 768 }, hasTouch: true });
    const page = await tablet.newPage();
    await page.goto(url);
    await page.getByText('Questionnaire 1 of 2').waitFor();
    await page.getByRole('heading', { level: 1, name: 'Hello Noor: Neck Disability Index' }).waitFor();
    await page.getByText('Placeholder question about pain intensity').waitFor();
    await checkTablet(page, 'ndi');
    for (const [section, value] of ndiTaps) {
      await page.getByRole('group', { name: section }).waitFor();
      await page.getByRole('radio', { name: `${section}, statement ${value}`, exact: true }).check();
      await page.getByRole('button', { name: 'Next' }).tap();
    }
    await page.getByRole('button', { name: 'Send my answers' }).tap();

    // The second questionnaire follows on the same hand-over; the desk sees the first one already.
    await page.getByText('Questionnaire 2 of 2').waitFor();
    await page.getByRole('heading', { level: 1, name: 'Hello Noor: Oswestry Disability Index' }).waitFor();
    await checkTablet(page, 'odi');
    await office.getByText('NDI answered on the tablet (1 of 2 so far)').waitFor(seenWithin);
    for (const [section, value] of odiTaps) {
      await page.getByRole('group', { name: section }).waitFor();
      if (value === null) await page.getByRole('button', { name: 'Skip — does not apply' }).tap();
      else {
        await page.getByRole('radio', { name: String(value), exact: true }).check();
        await page.getByRole('button', { name: 'Next' }).tap();
      }
    }
    await page.getByRole('button', { name: 'Send my answers' }).tap();
    await page.getByRole('heading', { name: 'Thank you, Noor' }).waitFor();
    await page.getByText('All 2 questionnaires have been sent to the clinic.').waitFor();
    await checkTablet(page, 'thank-you');

    await office.getByText('NDI, ODI answered on the tablet').waitFor(seenWithin);
    // The scores come in with it, without a reload: NDI 10 points, ODI 35.6 %.
    const progress = office.getByRole('region', { name: 'Progress' });
    await progress.getByRole('cell', { name: '35.6 %' }).first().waitFor(seenWithin);
    await progress.getByRole('cell', { name: '10', exact: true }).first().waitFor(seenWithin);
    await screenshot(office, 'kiosk-due-office-arrived');

    const again = await tablet.newPage();
    await again.goto(url);
    await again.getByRole('heading', { name: 'This link has been used or has expired' }).waitFor();
    await tablet.close();
    await desk.close();
  });
});
