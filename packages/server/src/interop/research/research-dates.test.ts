import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { reaches90 } from './research-dates';

// HIPAA Safe Harbor (45 CFR 164.514(b)(2)(i)(C)): ages over 89, and dates indicative of them, are
// aggregated. The export keeps years, so 90 is reckoned as the year of a date minus the birth year.
const cases: readonly {
  birth: string;
  dates: string[];
  shift: number;
  exportDay: string;
  is: boolean;
  why: string;
}[] = [
  {
    birth: '1936-11-20',
    dates: ['2026-02-03'],
    shift: 0,
    exportDay: '2026-02-10',
    is: true,
    why: '89 on the day, 90 by years',
  },
  {
    birth: '1937-03-01',
    dates: ['2026-02-03'],
    shift: 0,
    exportDay: '2026-02-10',
    is: false,
    why: '88 on the day, 89 by years',
  },
  {
    birth: '1937-03-01',
    dates: ['2026-02-03'],
    shift: 0,
    exportDay: '2027-01-05',
    is: true,
    why: 'the export year makes 90',
  },
  {
    birth: '1937-03-01',
    dates: ['2024-02-03', '2027-06-01'],
    shift: 0,
    exportDay: '2026-12-01',
    is: true,
    why: 'a later visit makes 90',
  },
  {
    birth: '1937-01-10',
    dates: ['2026-12-20'],
    shift: 20,
    exportDay: '2026-12-31',
    is: true,
    why: 'the shifted date falls in 2027',
  },
  {
    birth: '1984-09-23',
    dates: ['2026-02-03'],
    shift: -200,
    exportDay: '2026-12-31',
    is: false,
    why: 'a young patient',
  },
];

describe(reaches90.name, () => {
  for (const c of cases)
    test(`is ${c.is} when ${c.why}`, () => {
      assert.equal(reaches90(c.birth, c.dates, c.shift, c.exportDay), c.is);
    });
});
