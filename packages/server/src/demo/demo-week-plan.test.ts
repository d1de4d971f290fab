import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { WorkingDay } from '@sotchart/contract';
import { planSeries } from '../services/schedule/care-plan-series';
import { withinWorkingHours } from '../services/schedule/working-hours';
import { planDemoWeeks, SlotBook, type WeekPatient } from './demo-week-plan';

const fullDays = (start: string, end: string, lunch: string, halfDay: number): WorkingDay[] =>
  [1, 2, 3, 4, 5].map((weekday) =>
    weekday === halfDay
      ? { weekday, start, end: lunch, breaks: [] }
      : {
          weekday,
          start,
          end,
          breaks: [{ start: lunch, end: `${String(Number(lunch.slice(0, 2)) + 1)}:00` }],
        },
  );
const practitioners = [
  { id: 'owner', days: fullDays('08:00', '17:00', '12:00', 3), tableId: 'table-1' },
  { id: 'associate', days: fullDays('09:00', '18:00', '13:00', 5), tableId: 'table-2' },
];
const types = { followUp: { id: 'follow-up', minutes: 15 }, reExam: { id: 're-exam', minutes: 30 } };
const patients: WeekPatient[] = Array.from({ length: 44 }, (_, i) => ({
  patientId: `patient-${i}`,
  episodeId: `episode-${i}`,
  visitsPerWeek: ([3, 2, 2, 1] as const)[i % 4] ?? 2,
  fromWeek: i < 2 ? 1 : 0,
  // 2026-12-01 is a Tuesday of the first week.
  reExamOn: i % 4 === 1 ? '2026-12-01' : null,
}));

describe(planDemoWeeks.name, () => {
  const plans = planDemoWeeks({
    monday: '2026-11-30',
    practitioners,
    examRoomId: 'exam-room',
    types,
    patients,
    slots: new SlotBook(),
  });
  const booked = plans.flatMap(({ request }) =>
    planSeries(request).occurrences.map((o) => ({
      ...o,
      patientId: request.patientId,
      practitionerId: request.practitionerId,
      roomId: o.reExam ? 'exam-room' : request.roomId,
      minutes: o.minutes,
      length: o.reExam ? types.reExam.minutes : types.followUp.minutes,
    })),
  );

  test('books every patient at the rate of their care plan, from the week asked', () => {
    assert.equal(plans.length, 44);
    const of = (patientId: string) => booked.filter((b) => b.patientId === patientId);
    // Patient 0: three a week from next week only; patient 2: twice a week for both weeks.
    assert.equal(of('patient-0').length, 3);
    assert.ok(of('patient-0').every((b) => b.date >= '2026-12-07'));
    assert.equal(of('patient-2').length, 4);
  });

  test('books the re-exam on its date in place of that day’s visit', () => {
    const reExams = booked.filter((b) => b.reExam);
    assert.ok(reExams.length > 0);
    for (const r of reExams) {
      assert.equal(r.date, '2026-12-01');
      assert.equal(booked.filter((b) => b.patientId === r.patientId && b.date === r.date).length, 1);
    }
  });

  test('keeps every appointment inside its practitioner’s hours and clear of the breaks', () => {
    for (const b of booked) {
      const days = practitioners.find((p) => p.id === b.practitionerId)?.days ?? [];
      assert.ok(withinWorkingHours(days, b.date, b.minutes, b.minutes + b.length), `${b.date} ${b.minutes}`);
    }
  });

  test('never books a practitioner or a room twice at once', () => {
    for (const [i, a] of booked.entries())
      for (const b of booked.slice(i + 1)) {
        if (a.date !== b.date || a.minutes >= b.minutes + b.length || b.minutes >= a.minutes + a.length)
          continue;
        assert.notEqual(a.practitionerId, b.practitionerId, `${a.date} ${a.minutes}`);
        assert.notEqual(a.roomId, b.roomId, `${a.date} ${a.minutes}`);
      }
  });
});
