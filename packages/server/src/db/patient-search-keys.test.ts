import assert from 'node:assert/strict';
import { test } from 'node:test';
import { patientSearchKeys, prefixEnd, searchForm } from './patient-search-keys';

test('keys are the word tails of both name orders, the chart number and its digits, without repeats', () => {
  assert.deepEqual(
    patientSearchKeys({ familyName: 'van der Berg', givenName: '  Jo  Ann ', chartNumber: 'C-0042' }).sort(),
    [
      'ann',
      'ann van der berg',
      'berg',
      'berg jo ann',
      'c-0042',
      '0042',
      '42',
      'der berg',
      'der berg jo ann',
      'jo ann',
      'jo ann van der berg',
      'van der berg',
      'van der berg jo ann',
    ].sort(),
  );
});

test('a hyphen starts a word; an empty given name leaves no stray space', () => {
  assert.deepEqual(patientSearchKeys({ familyName: 'Smith-Jones', givenName: '', chartNumber: '7' }).sort(), [
    '7',
    'jones',
    'smith-jones',
  ]);
});

test('every key a query is a prefix of falls inside [query, prefixEnd(query))', () => {
  const keys = patientSearchKeys({ familyName: 'Müller-Łukasz', givenName: 'Zoë', chartNumber: 'X9' });
  for (const key of keys) {
    for (let n = 1; n <= key.length; n += 1) {
      const q = searchForm(key.slice(0, n));
      if (q !== key.slice(0, n)) continue; // a trailing space is trimmed from queries
      assert.ok(key >= q && key < prefixEnd(q), `${key} within ${q}`);
    }
  }
});

test('the search form drops punctuation, apostrophes and accents, so a name is found as the list shows it', () => {
  const cases = [
    ['Alvarez, Isabella', 'alvarez isabella', 'the list shows "Family, Given"'],
    ['alvarez,isabella', 'alvarez isabella', 'a comma without a space'],
    ["O'Brien", 'obrien', 'an apostrophe joins, as people type the name without it'],
    ['José  Müller.', 'jose muller', 'accents and a full stop'],
    ['SOT-1009', 'sot-1009', 'a hyphen stays: chart numbers are typed with it'],
  ] as const;
  for (const [text, form, why] of cases) assert.equal(searchForm(text), form, why);
});
