import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { instantInZone, wallTimeInZone } from './zoned-time';

// 2026: New York springs forward on 8 March (02:00 → 03:00) and falls back on 1 November (02:00 →
// 01:00); Rome on 29 March (02:00 → 03:00) and 25 October (03:00 → 02:00); Tokyo has no DST.
const rows: { zone: string; date: string; time: string; instant: string; why: string }[] = [
  {
    zone: 'America/New_York',
    date: '2026-03-07',
    time: '09:00',
    instant: '2026-03-07T14:00:00.000Z',
    why: 'the day before spring-forward (EST)',
  },
  {
    zone: 'America/New_York',
    date: '2026-03-08',
    time: '09:00',
    instant: '2026-03-08T13:00:00.000Z',
    why: 'the spring-forward day (EDT)',
  },
  {
    zone: 'America/New_York',
    date: '2026-03-08',
    time: '01:30',
    instant: '2026-03-08T06:30:00.000Z',
    why: 'before the change that night',
  },
  {
    zone: 'America/New_York',
    date: '2026-03-08',
    time: '02:30',
    instant: '2026-03-08T07:30:00.000Z',
    why: 'a skipped time reads as 03:30 EDT',
  },
  {
    zone: 'America/New_York',
    date: '2026-11-01',
    time: '01:30',
    instant: '2026-11-01T05:30:00.000Z',
    why: 'a time shown twice is its first showing (EDT)',
  },
  {
    zone: 'America/New_York',
    date: '2026-11-01',
    time: '09:00',
    instant: '2026-11-01T14:00:00.000Z',
    why: 'the fall-back day (EST)',
  },
  {
    zone: 'Europe/Rome',
    date: '2026-03-29',
    time: '09:00',
    instant: '2026-03-29T07:00:00.000Z',
    why: 'the spring-forward day (CEST)',
  },
  {
    zone: 'Europe/Rome',
    date: '2026-03-29',
    time: '02:15',
    instant: '2026-03-29T01:15:00.000Z',
    why: 'a skipped time reads as 03:15 CEST',
  },
  {
    zone: 'Europe/Rome',
    date: '2026-10-25',
    time: '02:30',
    instant: '2026-10-25T00:30:00.000Z',
    why: 'a time shown twice is its first showing (CEST)',
  },
  {
    zone: 'Europe/Rome',
    date: '2026-10-25',
    time: '09:00',
    instant: '2026-10-25T08:00:00.000Z',
    why: 'the fall-back day (CET)',
  },
  {
    zone: 'Asia/Tokyo',
    date: '2026-03-08',
    time: '09:00',
    instant: '2026-03-08T00:00:00.000Z',
    why: 'no DST: always UTC+9',
  },
  {
    zone: 'Asia/Tokyo',
    date: '2026-11-01',
    time: '00:00',
    instant: '2026-10-31T15:00:00.000Z',
    why: 'midnight is the day before in UTC',
  },
];

const minutes = (time: string): number => Number(time.slice(0, 2)) * 60 + Number(time.slice(3));

describe(instantInZone.name, () => {
  for (const r of rows)
    test(`${r.date} ${r.time} in ${r.zone} is ${r.instant} (${r.why})`, () =>
      assert.equal(instantInZone(r.date, minutes(r.time), r.zone), r.instant));
});

describe(wallTimeInZone.name, () => {
  // Every row but the skipped times reads back as the wall time it was made from.
  for (const r of rows.filter((row) => !row.why.startsWith('a skipped')))
    test(`${r.instant} shows ${r.date} ${r.time} in ${r.zone}`, () =>
      assert.deepEqual(wallTimeInZone(r.instant, r.zone), { date: r.date, minutes: minutes(r.time) }));

  test('the second showing of a fall-back time reads as the same wall time', () =>
    assert.deepEqual(wallTimeInZone('2026-11-01T06:30:00.000Z', 'America/New_York'), {
      date: '2026-11-01',
      minutes: 90,
    }));
});
