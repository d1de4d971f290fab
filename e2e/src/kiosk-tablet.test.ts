import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser, startServerProcess, type ServerProcess } from '@sotchart/test-support';
import { apiSession, type ApiSession } from './support/api-session';
import { describeViolations, seriousViolations } from './support/axe-scan';
import { demoLogin, type Credentials } from './support/demo-login';
import { odiTaps } from './support/odi-taps';
import { scrollsSideways, smallTargets } from './support/layout-checks';
import { screenshot } from './support/screenshot';
import { signInThroughUi } from './support/ui-sign-in';

interface CreatedLink {
  readonly url: string;
}

describe('the kiosk on a tablet (1024 × 768, touch)', () => {
  let server: ServerProcess;
  let browser: Browser;
  let owner: Credentials;
  let api: ApiSession;
  let patientId: string;

  before(async () => {
    server = await startServerProcess();
    browser = await launchBrowser();
    owner = demoLogin(server);
    api = await apiSession(server.url, owner);
    const page = await api.call<{ items: { id: string }[] }>('GET', '/api/patients?q=Okafor');
    patientId = page.items[0]?.id ?? '';
  });
  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  const tablet = (): Promise<BrowserContext> =>
    browser.newContext({ viewport: { width: 1024, height: 768 }, hasTouch: true });
  const link = (body: unknown) =>
    api.call<CreatedLink>('POST', `/api/patients/${patientId}/kiosk-links`, body);

  /** No serious or critical axe violation, 44 px targets, no sideways scroll. */
  async function check(page: Page, name: string): Promise<void> {
    await screenshot(page, `kiosk-${name}`);
    const violations = await seriousViolations(page);
    assert.equal(violations.length, 0, `${name}:\n${describeViolations(violations)}`);
    assert.deepEqual(await smallTargets(page), [], `${name}: controls under 44 px`);
    assert.equal(await scrollsSideways(page), false, `${name}: scrolls sideways`);
  }

  test('a patient answers the ODI on the tablet; the link then answers that it is used', async () => {
    const { url } = await link({ kind: 'questionnaire', instrumentId: 'odi' });
    const context = await tablet();
    const page = await context.newPage();
    await page.goto(url);
    await page.getByRole('heading', { level: 1, name: 'Hello Amelia: Oswestry Disability Index' }).waitFor();
    assert.equal(new URL(page.url()).hash, '', 'the token leaves the address bar');
    assert.equal(await page.getByRole('banner').count(), 0, 'no app chrome');
    await check(page, 'questionnaire');
    for (const [section, value] of odiTaps) {
      await page.getByRole('group', { name: section }).waitFor();
      if (value === null) await page.getByRole('button', { name: 'Skip — does not apply' }).tap();
      else {
        await page.getByRole('radio', { name: String(value), exact: true }).check();
        await page.getByRole('button', { name: 'Next' }).tap();
      }
    }
    await page.getByText('You answered 9 of 10 questions.').waitFor();
    await page.getByRole('button', { name: 'Send my answers' }).tap();
    await page.getByRole('heading', { name: 'Thank you, Amelia' }).waitFor();
    await check(page, 'thank-you');

    const stored = await api.call<{ source: string; score: { value: number; band: { id: string } } }[]>(
      'GET',
      `/api/patients/${patientId}/questionnaires`,
    );
    const fromTablet = stored.filter((r) => r.source === 'kiosk');
    assert.equal(fromTablet.length, 1);
    assert.equal(fromTablet[0]?.score.value, 35.6);
    assert.equal(fromTablet[0]?.score.band.id, 'moderate');

    const again = await context.newPage();
    await again.goto(url);
    await again.getByRole('heading', { name: 'This link has been used or has expired' }).waitFor();
    await check(again, 'expired');
    await context.close();
  });

  test('a consent is signed on screen and waits in the record until staff accept it', async () => {
    const { url } = await link({ kind: 'consent', consentType: 'sot_blocking' });
    const context = await tablet();
    const page = await context.newPage();
    await page.goto(url);
    await page
      .getByRole('heading', { name: 'Consent to Sacro-Occipital Technique (SOT) blocking' })
      .waitFor();
    await check(page, 'consent');
    await page.getByLabel('Your full name (required)').fill('Amelia Okafor');
    const box = await page.locator('.signature-pad canvas').boundingBox();
    assert.ok(box !== null);
    await page.mouse.move(box.x + 40, box.y + box.height * 0.6);
    await page.mouse.down();
    for (let i = 1; i <= 12; i += 1)
      await page.mouse.move(box.x + 40 + i * 25, box.y + box.height * (0.6 - 0.25 * Math.sin(i / 2)));
    await page.mouse.up();
    await page.getByRole('button', { name: 'I agree — sign and send' }).tap();
    await page.getByRole('heading', { name: 'Thank you, Amelia' }).waitFor();
    await context.close();

    // Staff read and accept it on the same tablet-sized screen, signed in.
    const staff = await tablet();
    const office = await staff.newPage();
    await office.goto(`${server.url}/sign-in`);
    await signInThroughUi(office, owner);
    await office.goto(`${server.url}/patients/${patientId}/outcomes`);
    await office.getByRole('heading', { level: 1, name: 'Outcomes — Amelia Okafor' }).waitFor();
    await office.getByRole('img', { name: 'Signature of Amelia Okafor' }).waitFor();
    await office.locator('.recharts-surface').first().waitFor();
    await check(office, 'outcomes-page');
    await office.getByRole('button', { name: 'Accept into the record' }).click();
    await office.getByText('accepted').first().waitFor();
    const consents = await api.call<{ type: string; signedBy: string }[]>(
      'GET',
      `/api/patients/${patientId}/consents`,
    );
    assert.ok(consents.some((c) => c.type === 'sot_blocking' && c.signedBy === 'Amelia Okafor'));
    await staff.close();
  });

  test('the intake form is filled in with the on-screen keyboard and lands for review', async () => {
    const { url } = await link({ kind: 'intake' });
    const context = await tablet();
    const page = await context.newPage();
    await page.goto(url);
    await page.getByRole('heading', { name: 'About your visit' }).waitFor();
    await check(page, 'intake');
    await page.getByLabel('What brings you in today? (required)').fill('Low back pain after gardening');
    await page.getByRole('radio', { name: '5', exact: true }).check();
    await page.getByLabel('Medicines you take').fill('Ibuprofen 200 mg\nVitamin D');
    await page.getByRole('button', { name: 'Send' }).tap();
    await page.getByRole('heading', { name: 'Thank you, Amelia' }).waitFor();
    const submissions = await api.call<
      { kind: string; intake: { medications: string[]; painNow: number } | null }[]
    >('GET', `/api/patients/${patientId}/kiosk-submissions`);
    const intake = submissions.find((s) => s.kind === 'intake')?.intake;
    assert.deepEqual(intake?.medications, ['Ibuprofen 200 mg', 'Vitamin D']);
    assert.equal(intake?.painNow, 5);
    await context.close();
  });
});
