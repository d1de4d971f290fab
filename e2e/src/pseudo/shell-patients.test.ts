import { after, before, describe, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '@sotchart/test-support';
import { apiSession, type ApiSession } from '../support/api-session';
import {
  assertFullyTranslated,
  signInPseudo,
  usePseudoLocale,
  pseudoDevices,
} from '../support/pseudo-locale';
import { sharedDemoServer } from '../support/shared-server';
import { uiTest } from '../support/ui-test-options';

interface PatientPage {
  readonly items: readonly { readonly id: string }[];
}

/** Opens a path of the app and waits for what shows it is drawn. */
async function open(page: Page, url: string, ready: string): Promise<void> {
  await page.goto(url);
  await page.locator(ready).first().waitFor();
}

/** A patient with everything the patient screens show: a reading, insurance, a history. */
async function fullPatient(api: ApiSession): Promise<string> {
  const familyName = `Pseudonym${Math.random().toString(36).slice(2, 7)}`;
  const body = {
    chartNumber: `CH-${Math.random().toString(36).slice(2, 9)}`,
    givenName: 'Test',
    familyName,
    dateOfBirth: '1979-05-14',
    sex: 'female',
    phone: '555-0100',
    email: 'test.patient@example.com',
    address: '1 Main Street',
    occupation: 'Carpenter',
    coverage: [
      {
        rank: 'primary',
        insuranceType: 'group',
        payerName: 'Lakeside Trust',
        payerId: null,
        insuredId: 'LEH42',
        insuredName: 'Lovelace, William',
        relationship: 'spouse',
        groupNumber: 'G-7',
        insuredDateOfBirth: null,
        insuredSex: null,
        insuredAddress: null,
      },
    ],
  };
  const patient = await api.call<{ id: string }>('POST', '/api/patients', {
    ...body,
    nameReading: 'テスト',
    language: 'ja',
  });
  await api.call('PATCH', `/api/patients/${patient.id}/history`, {
    version: (await api.call<{ version: number }>('GET', `/api/patients/${patient.id}/history`)).version,
    history: { conditions: ['Asthma'], surgeries: [], medications: ['Inhaler'], allergies: [] },
    notes: 'Prefers mornings.',
  });
  return patient.id;
}

describe('pseudo-locale: the app shell, sign-in, account and the patient screens', () => {
  const server = sharedDemoServer();
  let browser: Browser;
  let demoPatientId = '';
  let patientId = '';

  before(async () => {
    browser = await launchBrowser();
    const api = await apiSession(server.url, server.owner);
    const found = await api.call<PatientPage>('GET', '/api/patients?q=Okafor');
    demoPatientId = found.items[0]?.id ?? '';
    patientId = await fullPatient(api);
  });
  after(async () => {
    await browser?.close();
  });

  for (const device of pseudoDevices) {
    test(
      `the shell, sign-in, account and patient screens are translated and unclipped on ${device.name}`,
      uiTest,
      async () => {
        const context = await browser.newContext({ viewport: device.viewport, hasTouch: device.hasTouch });
        const page = await context.newPage();
        await usePseudoLocale(page);

        await open(page, `${server.url}/patients`, 'input[type=email]');
        await assertFullyTranslated(page, 'sign-in');
        await signInPseudo(page, server.owner);

        await page.locator('#patient-results a').first().waitFor();
        await assertFullyTranslated(page, 'patient list');
        await page.locator('#patient-search').fill('Pseudonym');
        await page.locator(`#patient-results a[href="/patients/${patientId}"]`).waitFor();
        await page.locator(`#patient-results a[href="/patients/${patientId}"] .result-reading`).waitFor();
        await assertFullyTranslated(page, 'patient search results');

        await open(page, `${server.url}/patients/${demoPatientId}`, 'main table');
        await page.locator('main h1').first().waitFor();
        await assertFullyTranslated(page, 'demo patient page');

        await open(page, `${server.url}/patients/${patientId}`, 'main .header-facts');
        await page.locator('main .facts.stacked dt').first().waitFor();
        await assertFullyTranslated(page, 'patient page with insurance and history');
        await page.locator('main .page-actions button.button-danger').click();
        await page.locator('dialog[open]').waitFor();
        await assertFullyTranslated(page, 'archive dialog');
        await page.keyboard.press('Escape');
        await page.locator('dialog[open]').waitFor({ state: 'detached' });

        await open(page, `${server.url}/patients/new`, 'main form fieldset');
        await assertFullyTranslated(page, 'new patient');

        await open(page, `${server.url}/patients/${patientId}/edit`, '#patient-givenName');
        await assertFullyTranslated(page, 'edit patient');

        await open(page, `${server.url}/patients/${patientId}/history/edit`, '#history-conditions');
        await assertFullyTranslated(page, 'edit history');

        await open(page, `${server.url}/account/password`, '#account-language');
        await page.locator('main section').last().locator('button').first().waitFor();
        await assertFullyTranslated(page, 'account');

        await open(page, `${server.url}/no-such-screen`, 'main h1');
        await assertFullyTranslated(page, 'not found');

        // The session ends mid-entry: the sign-in dialog opens over the form.
        await open(page, `${server.url}/patients/new`, 'main form fieldset');
        await context.clearCookies();
        await page.locator('main form button[type=submit]').click();
        await page.locator('dialog[open] input[type=password]').waitFor();
        await assertFullyTranslated(page, 'session-expired dialog');
        await context.close();
      },
    );
  }
});
