import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { weekdaysForPlan } from './series-defaults';

describe(weekdaysForPlan.name, () => {
  const cases = [
    { visitsPerWeek: 2, expected: [1, 4], why: 'two a week: Monday and Thursday (the brief of issue 22)' },
    { visitsPerWeek: 3, expected: [1, 3, 5], why: 'three a week: Monday, Wednesday, Friday' },
    { visitsPerWeek: 1.5, expected: [1, 4], why: 'a fraction rounds to whole visits' },
    { visitsPerWeek: null, expected: [3], why: "no plan: the first date's weekday (a Wednesday)" },
  ];
  for (const c of cases)
    test(`suggests ${c.why}`, () =>
      assert.deepEqual(weekdaysForPlan(c.visitsPerWeek, '2026-03-11'), c.expected));
});
