import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser } from 'playwright-core';
import { launchBrowser, startServerProcess, type ServerProcess } from '@sotchart/test-support';
import { demoLogin, type Credentials } from './support/demo-login';
import { screenshot } from './support/screenshot';
import { openSignedIn } from './support/ui-sign-in';
import { uiTest } from './support/ui-test-options';

describe('clinic administration by an owner', () => {
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

  const newPage = () => browser.newPage({ viewport: { width: 1024, height: 768 } });

  test(
    'adds a user, with a bad email reported inline first, and shows the temporary password once',
    uiTest,
    async () => {
      const page = await openSignedIn(newPage, server.url, owner, '/admin/users');
      await page.getByRole('button', { name: 'Add user' }).click();
      const form = page.getByRole('form', { name: 'Add a user' });
      await form.getByLabel('Name', { exact: true }).fill('Audrey Auditor');
      await form.getByLabel('Email').fill('audrey@');
      await form.getByLabel('Role').selectOption('auditor');
      await form.getByRole('button', { name: 'Add user' }).click();
      await form.locator('.field-error', { hasText: 'Email must be an email address' }).waitFor();
      await form.getByLabel('Email').fill('audrey@clinic.example');
      await form.getByRole('button', { name: 'Add user' }).click();
      const password = page.locator('[data-temporary-password]');
      await password.waitFor();
      assert.ok(((await password.textContent()) ?? '').length >= 12);
      const row = page.getByRole('row', { name: /Audrey Auditor/ });
      assert.match((await row.textContent()) ?? '', /Auditor.*Must change password/);
      await screenshot(page, 'admin-users');
    },
  );

  test('edits a practitioner profile; a bad NPI is refused beside its field', uiTest, async () => {
    const page = await openSignedIn(newPage, server.url, owner, '/admin/users');
    await page.getByRole('button', { name: 'Edit Dr Dana Demo' }).click();
    const dialog = page.getByRole('dialog', { name: 'Edit Dr Dana Demo' });
    await dialog.getByLabel('NPI').fill('1234567890');
    await dialog.getByRole('button', { name: 'Save user' }).click();
    await dialog.locator('.field-error', { hasText: /NPI must be a 10-digit NPI/ }).waitFor();
    assert.equal(await dialog.getByLabel('NPI').getAttribute('aria-invalid'), 'true');
    await screenshot(page, 'admin-edit-user');
    await dialog.getByLabel('NPI').fill('');
    await dialog.getByLabel('Degree').fill('DC, CCSP');
    await dialog.getByRole('button', { name: 'Save user' }).click();
    await page
      .getByRole('row', { name: /Dr Dana Demo/ })
      .getByText(/DC, CCSP/)
      .waitFor();
  });

  test('changes the clinic time zone', uiTest, async () => {
    const page = await openSignedIn(newPage, server.url, owner, '/admin/clinic');
    const zone = page.getByLabel('Time zone');
    await zone.selectOption('Europe/London');
    await page.getByRole('button', { name: 'Save settings' }).click();
    await page.getByText('Clinic settings saved.').waitFor();
    await screenshot(page, 'admin-clinic-settings');
    await page.reload();
    assert.equal(await page.getByLabel('Time zone').inputValue(), 'Europe/London');
  });

  test(
    'writes the protocol override from a form, with errors named inline, and shows the pack in effect',
    uiTest,
    async () => {
      const page = await openSignedIn(newPage, server.url, owner, '/admin/protocol');
      const effective = page.getByRole('complementary', { name: 'In effect now' });
      await effective.getByText('III → II → I', { exact: true }).waitFor();

      await page.getByRole('radio', { name: /^II first/ }).check();
      const categoryIII = page.getByRole('group', { name: 'Category III blocking placement' });
      await categoryIII.getByRole('radio', { name: /^Preset:/ }).check();
      await page.getByLabel('Area 5').fill('T5, X9');
      await page.getByRole('checkbox', { name: /Cranial restriction/ }).check();
      await page.getByRole('button', { name: 'Save protocol settings' }).click();
      await page.getByRole('alert').filter({ hasText: 'The protocol settings were not saved' }).waitFor();
      assert.equal(await page.getByLabel('Area 5').getAttribute('aria-invalid'), 'true');
      // In the form's words, at the field and in the summary: never a schema path such as "cmrtMap.5.1".
      assert.match(
        (await page.locator('#cmrt-area-5-error').textContent()) ?? '',
        /Level 2: is not a level \(use OC, C1–C7, T1–T12, L1–L5, SA, IL, CO\)/,
      );
      await page
        .getByRole('link', { name: /^Occipital-fibre area map, area 5, level 2: is not a level/ })
        .waitFor();
      assert.doesNotMatch(
        (await page.locator('form[aria-label="Protocol settings"]').textContent()) ?? '',
        /cmrtMap/,
      );
      await screenshot(page, 'admin-protocol-error');

      await page.getByLabel('Area 5').fill('T5, T6');
      await page.getByRole('button', { name: 'Save protocol settings' }).click();
      await page.getByText(/Saved as revision 1/).waitFor();
      await effective.getByText('II → I → III', { exact: true }).waitFor();
      await effective.getByText('Area 5: T5, T6', { exact: true }).waitFor();
      await effective.getByText(/\+clinic\.r1/).waitFor();
      assert.match(
        (await effective.textContent()) ?? '',
        /Category III:.*block 1 at the trochanter on the short-leg side/,
      );

      await categoryIII.getByRole('radio', { name: 'Our own placement' }).check();
      // An error of its own placement shows at its field, in words.
      const endpoint = categoryIII.getByLabel('When to remove the blocks');
      const endpointText = await endpoint.inputValue();
      await endpoint.fill('');
      await page.getByRole('button', { name: 'Save protocol settings' }).click();
      await page
        .getByRole('link', {
          name: /^Category III blocking placement, when to remove the blocks: is required$/,
        })
        .waitFor();
      assert.equal(await endpoint.getAttribute('aria-invalid'), 'true');
      await endpoint.fill(endpointText);
      await categoryIII.getByLabel('Landmark').first().selectOption('asis');
      await page.getByRole('button', { name: 'Save protocol settings' }).click();
      await page.getByText(/Saved as revision 2/).waitFor();
      assert.match((await effective.textContent()) ?? '', /Category III:.*block 1 at the ASIS/);
      await screenshot(page, 'admin-protocol');

      await page.reload();
      assert.equal(await page.getByRole('radio', { name: /^II first/ }).isChecked(), true);
      assert.equal(await page.getByLabel('Area 5').inputValue(), 'T5, T6');
    },
  );
});
