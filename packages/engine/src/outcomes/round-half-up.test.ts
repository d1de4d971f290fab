import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { roundRatioHalfUp, toTenths } from './round-half-up';

describe(roundRatioHalfUp.name, () => {
  const cases: { numerator: number; denominator: number; expected: number; source: string }[] = [
    { numerator: 1600, denominator: 45, expected: 35.6, source: 'clinical-notes §2: ODI 16/45 = 35.6 %' },
    {
      numerator: 23,
      denominator: 20,
      expected: 1.2,
      source: '1.15 is a tie; Math.round(1.15 × 10) gives 11',
    },
    { numerator: 87, denominator: 20, expected: 4.4, source: '4.35 is a tie lost by binary floating point' },
    { numerator: 1, denominator: 20, expected: 0.1, source: '0.05 rounds half up to 0.1' },
    { numerator: 25, denominator: 4, expected: 6.3, source: 'PSFS mean 6.25 rounds half up (not to even)' },
    { numerator: 7, denominator: 4, expected: 1.8, source: 'PSFS mean 1.75 rounds half up' },
    { numerator: 160, denominator: 9, expected: 17.8, source: 'NDI prorated 16 × 10 / 9 = 17.78' },
    { numerator: 13, denominator: 3, expected: 4.3, source: 'NPRS mean of 4, 2, 7' },
    { numerator: 100, denominator: 1, expected: 100, source: 'whole numbers stay whole' },
    { numerator: -23, denominator: 20, expected: -1.2, source: 'halves go away from zero' },
  ];
  for (const c of cases)
    test(`rounds ${c.numerator}/${c.denominator} to ${c.expected} (${c.source})`, () => {
      assert.equal(roundRatioHalfUp(c.numerator, c.denominator), c.expected);
    });

  test('never returns negative zero', () => {
    assert.ok(Object.is(roundRatioHalfUp(-1, 100), 0));
  });

  test('throws on a fraction or a zero denominator, which no scorer passes', () => {
    assert.throws(() => roundRatioHalfUp(1.5, 2));
    assert.throws(() => roundRatioHalfUp(1, 0));
  });
});

describe(toTenths.name, () => {
  const cases: { value: number; expected: number }[] = [
    { value: 35.6, expected: 356 },
    { value: 0.1 + 0.2, expected: 3 },
    { value: 1.15, expected: 12 },
    { value: 4, expected: 40 },
    { value: -5, expected: -50 },
    { value: 0, expected: 0 },
  ];
  for (const c of cases)
    test(`reads ${c.value} as ${c.expected} tenths`, () => {
      assert.equal(toTenths(c.value), c.expected);
    });
});
