import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { localDay } from './working-set-store';
import { isWorkingSetQuery } from './working-set-queries';

describe(isWorkingSetQuery.name, () => {
  // Each row: a query key of the app (api/query-keys.ts), and whether the day's working set keeps it
  // (issue 21: today's patients and visits only, so a chart opens offline; nothing else on the device).
  const cases: readonly (readonly [readonly unknown[], boolean])[] = [
    [['session'], true],
    [['protocol'], true],
    [['visit', 'v1'], true],
    [['patient', 'p1'], true],
    [['patient', 'p1', 'visits'], true],
    [['patient', 'p1', 'episodes'], true],
    [['patient', 'p1', 'timeline'], true],
    [['patient', 'p1', 'consents'], false],
    [['patient', 'p1', 'history'], false],
    [['patients'], false],
    [['patients', 'search', 'alvarez', false], false],
    [['drafts', 'stale'], false],
    [['audit', 'p1', {}], false],
    [['users'], false],
    [['clinic'], false],
  ];
  for (const [key, kept] of cases)
    test(`${kept ? 'keeps' : 'never keeps'} ${JSON.stringify(key)}`, () => {
      assert.equal(isWorkingSetQuery(key), kept);
    });
});

describe(localDay.name, () => {
  test('dates an instant by the device’s local calendar day', () => {
    assert.equal(localDay(new Date(2026, 11, 3, 23, 59)), '2026-12-03');
    assert.equal(localDay(new Date(2026, 0, 9, 0, 0)), '2026-01-09');
  });
});
