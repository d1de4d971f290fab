import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { CategoryId } from '@sotchart/engine';
import { extractPdfText } from '../extract-pdf-text';
import { renderPatientHandout, type HandoutModel } from './patient-handout';

const model = (category: CategoryId | null, phone: string | null): HandoutModel => ({
  clinic: { name: 'Lakeside SOT Clinic', address: '1 Lake Street, Madison', phone },
  practitioner: null,
  givenName: 'Ada',
  patientName: 'Ada Lovelace',
  chartNumber: 'C-100',
  visitDate: '2026-03-02',
  category,
  referral: false,
  homeCare: 'Walk twenty minutes daily.',
  createdAt: new Date('2026-03-02T16:00:00Z'),
});

describe(renderPatientHandout.name, () => {
  for (const category of ['I', 'II', 'III'] as const)
    test(`describes Category ${category} as the pattern of findings that guides treatment, never as a diagnosis`, async () => {
      const { text } = await extractPdfText(
        await renderPatientHandout(model(category, '(608) 555-0123'), 'letter'),
      );
      assert.ok(text.includes(`Category ${category}`), text);
      assert.match(text, /pattern your practitioner saw today/);
      assert.match(text, /uses (this pattern|it) to choose today’?'?s treatment/);
      for (const diagnostic of [/you have/i, /diagnos/i, /condition/i]) assert.doesNotMatch(text, diagnostic);
    });

  test('carries the clinic’s phone number', async () => {
    const { text } = await extractPdfText(
      await renderPatientHandout(model('II', '(608) 555-0123'), 'letter'),
    );
    assert.ok(text.includes('Questions? Call us on (608) 555-0123'), text);
    assert.ok(text.includes('Call us on (608) 555-0123 if pain spreads down a leg'), text);
  });

  test('names the clinic to call when no phone number is set', async () => {
    const { text } = await extractPdfText(await renderPatientHandout(model(null, null), 'a4'));
    assert.ok(text.includes('Questions? Ask us at your next visit, or call Lakeside SOT Clinic.'), text);
  });
});
