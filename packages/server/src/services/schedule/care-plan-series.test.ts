import type { SeriesRequest } from '@sotchart/contract';
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { AppError } from '../../errors';
import { planSeries } from './care-plan-series';

const id = '01900000-0000-7000-8000-000000000001';
const base: SeriesRequest = {
  patientId: id,
  episodeId: id,
  practitionerId: id,
  roomId: null,
  typeId: id,
  firstDate: '2026-12-07', // a Monday
  time: '09:00',
  weekdays: [1, 4],
  weeks: 4,
  skip: [],
  moves: [],
  reExam: null,
};
const dates = (request: Partial<SeriesRequest>): string[] =>
  planSeries({ ...base, ...request }).occurrences.map((o) => `${o.date} ${String(o.minutes)}`);

describe(planSeries.name, () => {
  test('two visits a week for four weeks: Mondays and Thursdays at 09:00, eight in all', () =>
    assert.deepEqual(dates({}), [
      '2026-12-07 540',
      '2026-12-10 540',
      '2026-12-14 540',
      '2026-12-17 540',
      '2026-12-21 540',
      '2026-12-24 540',
      '2026-12-28 540',
      '2026-12-31 540',
    ]));

  test('a first date mid-week starts on the next chosen weekday and still spans four weeks', () =>
    assert.deepEqual(dates({ firstDate: '2026-12-09', weeks: 2 }), [
      '2026-12-10 540',
      '2026-12-14 540',
      '2026-12-17 540',
      '2026-12-21 540',
    ]));

  test('weekdays are taken in week order whatever order they are sent in', () =>
    assert.deepEqual(dates({ weekdays: [5, 1, 3], weeks: 1 }), [
      '2026-12-07 540',
      '2026-12-09 540',
      '2026-12-11 540',
    ]));

  test('a skipped date is left out (EXDATE)', () => {
    const plan = planSeries({ ...base, skip: ['2026-12-24', '2026-12-31'] });
    assert.equal(plan.occurrences.length, 6);
    assert.ok(!plan.occurrences.some((o) => o.date === '2026-12-24' || o.date === '2026-12-31'));
    assert.match(plan.rule, /EXDATE/);
  });

  test('a moved occurrence keeps its rule date and lands on its new date and time (RDATE)', () => {
    const plan = planSeries({
      ...base,
      weeks: 1,
      moves: [{ date: '2026-12-10', toDate: '2026-12-11', toTime: '16:30' }],
    });
    assert.deepEqual(
      plan.occurrences.map((o) => [o.ruleDate, o.date, o.minutes]),
      [
        ['2026-12-07', '2026-12-07', 540],
        ['2026-12-10', '2026-12-11', 990],
      ],
    );
    assert.match(plan.rule, /RDATE/);
  });

  test('the re-examination is added on its own date, after the visits', () => {
    const plan = planSeries({ ...base, reExam: { date: '2027-01-04', time: '10:00', typeId: id } });
    const last = plan.occurrences.at(-1);
    assert.deepEqual(last, { ruleDate: null, date: '2027-01-04', minutes: 600, reExam: true });
    assert.equal(plan.occurrences.filter((o) => o.reExam).length, 1);
  });

  test('a series across a daylight-saving change keeps the clinic-clock time', () =>
    assert.deepEqual(dates({ firstDate: '2026-03-02', weekdays: [1], weeks: 3 }), [
      '2026-03-02 540',
      '2026-03-09 540',
      '2026-03-16 540',
    ]));

  test('the stored rule is iCalendar text with the weekly rule', () =>
    assert.match(planSeries(base).rule, /RRULE:FREQ=WEEKLY;.*BYDAY=MO,TH/));

  test('a skip or move naming a date the rule does not give is a 400 naming it', () => {
    assert.throws(
      () =>
        planSeries({
          ...base,
          skip: ['2026-12-08'],
          moves: [{ date: '2026-12-09', toDate: '2026-12-09', toTime: '10:00' }],
        }),
      (error: unknown) =>
        error instanceof AppError &&
        error.code === 'VALIDATION_FAILED' &&
        JSON.stringify(error.details?.map((d) => d.path)) === JSON.stringify(['skip.0', 'moves.0.date']),
    );
  });
});
