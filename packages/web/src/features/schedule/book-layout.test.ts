import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { AppointmentEntry, ScheduleSettings } from '@sotchart/contract';
import { bookColumns, offHours, placeEntries } from './book-layout';

const settings: ScheduleSettings = {
  timeZone: 'America/New_York',
  appointmentTypes: [],
  rooms: [],
  practitioners: [
    {
      id: 'p1',
      name: 'Dr One',
      hours: {
        practitionerId: 'p1',
        version: 1,
        days: [{ weekday: 1, start: '09:00', end: '17:00', breaks: [{ start: '12:00', end: '13:00' }] }],
      },
    },
  ],
};

const entry = (id: string, startAt: string, endAt: string): AppointmentEntry => ({
  id,
  patientId: 'pa',
  practitionerId: 'p1',
  roomId: null,
  typeId: 't',
  episodeId: null,
  seriesId: null,
  visitId: null,
  startAt,
  endAt,
  status: 'booked',
  cancelReason: null,
  note: '',
  arrivedAt: null,
  createdAt: startAt,
  updatedAt: startAt,
  version: 1,
  patientName: 'Doe, Jane',
  typeName: 'Follow-up',
  kind: 'follow_up',
  stage: 'booked',
  due: {
    questionnaires: [],
    reExam: false,
    unsignedVisitId: null,
    consentsMissing: [],
    consentsToReview: [],
  },
});

describe(placeEntries.name, () => {
  // 8 March 2026 is New York's spring-forward day (02:00 EST → 03:00 EDT); 9 March is the Monday after.
  const cases = [
    { why: 'a winter morning is UTC−5', start: '2026-03-06T14:00:00Z', date: '2026-03-06', minutes: 540 },
    {
      why: 'after the change the same 09:00 is UTC−4',
      start: '2026-03-09T13:00:00Z',
      date: '2026-03-09',
      minutes: 540,
    },
    {
      why: 'the change day itself, after 03:00, is UTC−4',
      start: '2026-03-08T14:00:00Z',
      date: '2026-03-08',
      minutes: 600,
    },
  ];
  for (const c of cases)
    test(`draws at the clinic's wall clock: ${c.why}`, () => {
      const columns = bookColumns(settings, [c.date], 'practitioner', null, []);
      const end = new Date(Date.parse(c.start) + 30 * 60_000).toISOString();
      const [placed] = placeEntries([entry('a', c.start, end)], columns, 'practitioner', settings.timeZone);
      assert.equal(placed?.start, c.minutes);
      assert.equal(placed?.end, c.minutes + 30);
      assert.equal(placed?.columnKey, `${c.date}|p1`);
    });

  test('puts overlapping appointments side by side and a later one back in the first lane', () => {
    const columns = bookColumns(settings, ['2026-03-09'], 'practitioner', null, []);
    const placed = placeEntries(
      [
        entry('a', '2026-03-09T13:00:00Z', '2026-03-09T13:30:00Z'),
        entry('b', '2026-03-09T13:15:00Z', '2026-03-09T13:45:00Z'),
        entry('c', '2026-03-09T14:00:00Z', '2026-03-09T14:15:00Z'),
      ],
      columns,
      'practitioner',
      settings.timeZone,
    );
    assert.deepEqual(
      placed.map((p) => [p.entry.id, p.lane, p.lanes]),
      [
        ['a', 0, 2],
        ['b', 1, 2],
        ['c', 0, 1],
      ],
    );
  });
});

describe(offHours.name, () => {
  test('shades before and after the hours and the break, and all of a day off', () => {
    const grid = { start: 480, end: 1080 };
    const [monday, tuesday] = bookColumns(settings, ['2026-03-09', '2026-03-10'], 'practitioner', null, []);
    assert.deepEqual(offHours(settings, monday!, 'practitioner', grid), [
      { start: 480, end: 540, kind: 'off' },
      { start: 720, end: 780, kind: 'break' },
      { start: 1020, end: 1080, kind: 'off' },
    ]);
    assert.deepEqual(offHours(settings, tuesday!, 'practitioner', grid), [
      { start: 480, end: 1080, kind: 'off' },
    ]);
  });
});
