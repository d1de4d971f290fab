import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { clinicClockTime, minutesLate } from './appointment-timing';

describe(minutesLate.name, () => {
  const startAt = '2026-03-02T15:00:00.000Z';
  const cases = [
    { name: 'is not late before the start', stage: 'booked', now: '2026-03-02T14:59:00.000Z', late: null },
    { name: 'is not late 9 minutes in', stage: 'booked', now: '2026-03-02T15:09:59.000Z', late: null },
    { name: 'is late from 10 minutes in', stage: 'booked', now: '2026-03-02T15:10:00.000Z', late: 10 },
    { name: 'counts whole minutes', stage: 'booked', now: '2026-03-02T15:42:30.000Z', late: 42 },
    { name: 'is never late once arrived', stage: 'arrived', now: '2026-03-02T15:30:00.000Z', late: null },
    { name: 'is never late once cancelled', stage: 'cancelled', now: '2026-03-02T15:30:00.000Z', late: null },
  ] as const;
  for (const c of cases)
    test(c.name, () => {
      assert.equal(minutesLate({ stage: c.stage, startAt }, Date.parse(c.now)), c.late);
    });
});

describe(clinicClockTime.name, () => {
  test('reads the time on the clinic’s clock, not the browser’s', () => {
    assert.equal(clinicClockTime('2026-03-02T15:00:00.000Z', 'America/Chicago'), '09:00');
    assert.equal(clinicClockTime('2026-03-02T15:00:00.000Z', 'Asia/Tokyo'), '00:00');
  });
});
