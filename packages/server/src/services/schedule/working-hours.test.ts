import type { WorkingDay } from '@sotchart/contract';
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { withinWorkingHours } from './working-hours';

// Monday and Thursday 08:00–18:00 with lunch 12:30–13:30; Tuesday mornings only.
const week: WorkingDay[] = [
  { weekday: 1, start: '08:00', end: '18:00', breaks: [{ start: '12:30', end: '13:30' }] },
  { weekday: 2, start: '08:00', end: '12:00', breaks: [] },
  { weekday: 4, start: '08:00', end: '18:00', breaks: [{ start: '12:30', end: '13:30' }] },
];
const at = (time: string): number => Number(time.slice(0, 2)) * 60 + Number(time.slice(3));

const rows: { date: string; from: string; to: string; inside: boolean; why: string }[] = [
  { date: '2026-12-07', from: '08:00', to: '08:15', inside: true, why: 'Monday, first slot' },
  { date: '2026-12-07', from: '17:45', to: '18:00', inside: true, why: 'Monday, ends at closing' },
  { date: '2026-12-07', from: '07:45', to: '08:15', inside: false, why: 'starts before opening' },
  { date: '2026-12-07', from: '17:50', to: '18:05', inside: false, why: 'runs past closing' },
  { date: '2026-12-07', from: '12:15', to: '12:30', inside: true, why: 'ends as the break starts' },
  { date: '2026-12-07', from: '12:15', to: '12:45', inside: false, why: 'runs into the break' },
  { date: '2026-12-07', from: '13:00', to: '13:15', inside: false, why: 'inside the break' },
  { date: '2026-12-07', from: '13:30', to: '13:45', inside: true, why: 'starts as the break ends' },
  { date: '2026-12-08', from: '11:45', to: '12:00', inside: true, why: 'Tuesday morning' },
  { date: '2026-12-08', from: '14:00', to: '14:15', inside: false, why: 'Tuesday afternoon off' },
  { date: '2026-12-09', from: '09:00', to: '09:15', inside: false, why: 'Wednesday is a day off' },
  { date: '2026-12-13', from: '09:00', to: '09:15', inside: false, why: 'Sunday is a day off' },
];

describe(withinWorkingHours.name, () => {
  for (const r of rows)
    test(`${r.date} ${r.from}–${r.to}: ${r.inside ? 'inside' : 'outside'} (${r.why})`, () =>
      assert.equal(withinWorkingHours(week, r.date, at(r.from), at(r.to)), r.inside));

  test('a practitioner with no hours set is never outside them', () =>
    assert.equal(withinWorkingHours([], '2026-12-13', at('03:00'), at('04:00')), true));
});
