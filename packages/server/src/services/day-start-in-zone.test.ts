import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { dayStartInZone, nextDate } from './day-start-in-zone';

describe(dayStartInZone.name, () => {
  // Offsets from the IANA time-zone database as of 2026.
  const cases = [
    ['2026-02-11', 'UTC', '2026-02-11T00:00:00.000Z', 'no offset'],
    ['2026-02-11', 'America/Chicago', '2026-02-11T06:00:00.000Z', 'CST, UTC−6'],
    ['2026-07-11', 'America/Chicago', '2026-07-11T05:00:00.000Z', 'CDT, UTC−5'],
    [
      '2026-03-08',
      'America/Chicago',
      '2026-03-08T06:00:00.000Z',
      'the day the clocks go forward starts in CST',
    ],
    ['2026-03-09', 'America/Chicago', '2026-03-09T05:00:00.000Z', 'the day after starts in CDT'],
    ['2026-02-11', 'Australia/Sydney', '2026-02-10T13:00:00.000Z', 'AEDT, UTC+11: the day before in UTC'],
  ] as const;
  for (const [date, zone, instant, why] of cases) {
    test(`${date} in ${zone} begins at ${instant} (${why})`, () => {
      assert.equal(dayStartInZone(date, zone), instant);
    });
  }
});

describe(nextDate.name, () => {
  test('crosses the end of a month and of a leap February', () => {
    assert.equal(nextDate('2026-01-31'), '2026-02-01');
    assert.equal(nextDate('2028-02-28'), '2028-02-29');
  });
});
