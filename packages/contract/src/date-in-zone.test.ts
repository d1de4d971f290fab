import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { dateInZone } from './date-in-zone';

const rows: { instant: string; zone: string; day: string; why: string }[] = [
  {
    instant: '2026-03-03T04:30:00Z',
    zone: 'America/Chicago',
    day: '2026-03-02',
    why: 'evening before, in Chicago',
  },
  {
    instant: '2026-03-03T04:30:00Z',
    zone: 'Asia/Tokyo',
    day: '2026-03-03',
    why: 'already the next day in Tokyo',
  },
  {
    instant: '2026-03-08T07:59:00Z',
    zone: 'America/New_York',
    day: '2026-03-08',
    why: 'the spring-forward night',
  },
  { instant: '2026-10-25T00:30:00Z', zone: 'Europe/Rome', day: '2026-10-25', why: 'the fall-back night' },
  { instant: '2026-12-31T23:59:59Z', zone: 'UTC', day: '2026-12-31', why: 'the last second of a year' },
];

describe(dateInZone.name, () => {
  for (const r of rows)
    test(`${r.instant} is ${r.day} in ${r.zone} (${r.why})`, () =>
      assert.equal(dateInZone(r.instant, r.zone), r.day));
});
