import assert from 'node:assert/strict';
import { test } from 'node:test';
import { patientSearchKeys, prefixEnd, searchForm } from './patient-search-keys';

test('keys are the word tails of both name orders and the chart number, lower case, without repeats', () => {
  assert.deepEqual(
    patientSearchKeys({ familyName: 'van der Berg', givenName: '  Jo  Ann ', chartNumber: 'C-0042' }).sort(),
    [
      'ann',
      'ann van der berg',
      'berg',
      'berg jo ann',
      'c-0042',
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
