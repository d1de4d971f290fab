import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { defaultPageSize } from './documents';

// US Letter is the paper of the United States and Canada (ANSI/ASME Y14.1); A4 (ISO 216) elsewhere.
const rows: { zone: string; size: 'a4' | 'letter'; why: string }[] = [
  { zone: 'America/Chicago', size: 'letter', why: 'a US clinic' },
  { zone: 'America/Toronto', size: 'letter', why: 'a Canadian clinic under an America/ zone' },
  { zone: 'US/Pacific', size: 'letter', why: 'a legacy US/ alias' },
  { zone: 'Canada/Eastern', size: 'letter', why: 'a legacy Canada/ alias' },
  { zone: 'Europe/London', size: 'a4', why: 'a European clinic' },
  { zone: 'Australia/Sydney', size: 'a4', why: 'an Australian clinic' },
  { zone: 'UTC', size: 'a4', why: 'no country' },
];

describe(defaultPageSize.name, () => {
  for (const r of rows)
    test(`offers ${r.size} in ${r.zone} (${r.why})`, () => assert.equal(defaultPageSize(r.zone), r.size));
});
