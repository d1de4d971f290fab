import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { isValidNpi } from './npi';

describe(isValidNpi.name, () => {
  // CMS check-digit example: 123456789 with prefix 80840 gives check digit 3.
  const cases = [
    { npi: '1234567893', ok: true },
    { npi: '1234567890', ok: false },
    { npi: '123456789', ok: false },
    { npi: '12345678931', ok: false },
    { npi: '12345678a3', ok: false },
  ];
  for (const c of cases) {
    test(`${c.ok ? 'accepts' : 'refuses'} ${c.npi}`, () => assert.equal(isValidNpi(c.npi), c.ok));
  }
});
