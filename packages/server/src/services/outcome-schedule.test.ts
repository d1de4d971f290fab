import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { outcomeSchedule, type ScheduleInput } from './outcome-schedule';

const episode = { id: 'ep-1', startDate: '2026-02-02', reExamDate: '2026-03-02' };
const base: ScheduleInput = {
  today: '2026-02-10',
  settings: { mode: 'interval', intervalDays: 14, instruments: ['nprs', 'odi'] },
  episode,
  visits: [
    { date: '2026-02-03', type: 'new_patient' },
    { date: '2026-02-10', type: 'follow_up' },
    { date: '2026-03-02', type: 're_exam' },
  ],
  responses: [],
};
const given = (instrumentId: 'nprs' | 'odi' | 'ndi', date: string, complete = true) => ({
  instrumentId,
  date,
  administeredAt: `${date}T15:00:00.000Z`,
  complete,
});
const summary = (input: ScheduleInput) =>
  outcomeSchedule('p-1', input).items.map((i) => [i.instrumentId, i.kind, i.dueDate, i.status]);

describe(outcomeSchedule.name, () => {
  // Each case follows clinical-notes §2: baseline at the episode's first visit, then every 2 weeks
  // (NDI author) or at re-exam (clinic setting); issue 9: overdue once the due date has passed.
  const cases: { name: string; input: ScheduleInput; expected: unknown[] }[] = [
    {
      name: 'the baseline is overdue once the first visit has passed without one',
      input: base,
      expected: [
        ['nprs', 'baseline', '2026-02-03', 'overdue'],
        ['odi', 'baseline', '2026-02-03', 'overdue'],
      ],
    },
    {
      name: 'the baseline is due on the first visit day, upcoming before it',
      input: { ...base, today: '2026-02-03', visits: base.visits.slice(0, 1) },
      expected: [
        ['nprs', 'baseline', '2026-02-03', 'due'],
        ['odi', 'baseline', '2026-02-03', 'due'],
      ],
    },
    {
      name: 'without visits the baseline falls due on the start date',
      input: { ...base, today: '2026-02-01', visits: [] },
      expected: [
        ['nprs', 'baseline', '2026-02-02', 'upcoming'],
        ['odi', 'baseline', '2026-02-02', 'upcoming'],
      ],
    },
    {
      name: 'a follow-up is due 14 days after the last complete one; an incomplete one does not count',
      input: {
        ...base,
        today: '2026-02-17',
        responses: [
          given('nprs', '2026-02-03'),
          given('odi', '2026-02-03'),
          given('odi', '2026-02-10', false),
        ],
      },
      expected: [
        ['nprs', 'follow_up', '2026-02-17', 'due'],
        ['odi', 'follow_up', '2026-02-17', 'due'],
      ],
    },
    {
      name: 'an instrument given in the episode is tracked though the clinic does not list it',
      input: {
        ...base,
        today: '2026-02-18',
        responses: [given('nprs', '2026-02-03'), given('odi', '2026-02-03'), given('ndi', '2026-02-03')],
      },
      expected: [
        ['nprs', 'follow_up', '2026-02-17', 'overdue'],
        ['ndi', 'follow_up', '2026-02-17', 'overdue'],
        ['odi', 'follow_up', '2026-02-17', 'overdue'],
      ],
    },
    {
      name: 're-exam mode: due at the first re-exam after the last one',
      input: {
        ...base,
        today: '2026-02-20',
        settings: { ...base.settings, mode: 're_exam' },
        responses: [given('nprs', '2026-02-03'), given('odi', '2026-02-03')],
      },
      expected: [
        ['nprs', 'follow_up', '2026-03-02', 'upcoming'],
        ['odi', 'follow_up', '2026-03-02', 'upcoming'],
      ],
    },
    {
      name: 're-exam mode with no re-exam ahead: unscheduled',
      input: {
        ...base,
        today: '2026-03-05',
        settings: { ...base.settings, mode: 're_exam' },
        responses: [given('nprs', '2026-03-02'), given('odi', '2026-03-02')],
      },
      expected: [
        ['nprs', 'follow_up', null, 'unscheduled'],
        ['odi', 'follow_up', null, 'unscheduled'],
      ],
    },
  ];
  for (const c of cases) test(c.name, () => assert.deepEqual(summary(c.input), c.expected));

  test('flags overdue and due for the whole episode, and nothing without an open episode', () => {
    const schedule = outcomeSchedule('p-1', base);
    assert.equal(schedule.overdue, true);
    assert.equal(schedule.due, false);
    assert.deepEqual(outcomeSchedule('p-1', { ...base, episode: null }), {
      patientId: 'p-1',
      mode: 'interval',
      today: '2026-02-10',
      episodeId: null,
      items: [],
      overdue: false,
      due: false,
    });
  });
});
