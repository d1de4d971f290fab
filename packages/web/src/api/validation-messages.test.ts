import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { addBundledCatalogs } from '../i18n/bundled-catalogs';
import { i18n } from '../i18n/translation';
import { z } from 'zod';
import { fieldErrorsFromIssues } from './validation-messages';

const Form = z.object({
  name: z.string().trim().min(1, 'is required').max(5),
  email: z.email({ message: 'must be an email address' }),
  visits: z.number().int().max(52),
  side: z.enum(['L', 'R']),
  date: z.iso.date(),
  code: z.string().refine((v) => v.startsWith('M'), 'must start with M'),
});

const errorsIn = async (language: string) => {
  await i18n.changeLanguage(language);
  const result = Form.safeParse({
    name: 'too long',
    email: 'x',
    visits: 60,
    side: 'X',
    date: '2026-13-01',
    code: 'A',
  });
  assert.equal(result.success, false);
  return fieldErrorsFromIssues(result.success ? [] : result.error.issues);
};

describe(fieldErrorsFromIssues.name, () => {
  before(() => addBundledCatalogs(['en', 'de'], ['common']));

  test('words each issue by its code and limits, as the server words them in English', async () => {
    assert.deepEqual(await errorsIn('en'), {
      name: 'must be at most 5 characters',
      email: 'must be an email address',
      visits: 'must be at most 52',
      side: 'is not one of the allowed options',
      date: 'must be a date (YYYY-MM-DD)',
      code: 'must start with M',
    });
    const blank = Form.pick({ name: true }).safeParse({ name: ' ' });
    assert.deepEqual(fieldErrorsFromIssues(blank.error?.issues ?? []), { name: 'is required' });
  });

  test('uses the catalogue of the app’s language, not the schema’s English', async () => {
    const errors = await errorsIn('de');
    assert.equal(errors.email, 'muss eine E-Mail-Adresse sein');
    assert.equal(errors.name, 'darf höchstens 5 Zeichen lang sein');
    assert.equal(errors.code, 'ist ungültig');
  });
});
