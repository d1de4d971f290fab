import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import type { Appointment, AppointmentEntry, DayList, ScheduleSettings } from '@sotchart/contract';
import {
  apiClient,
  createPatient,
  dialects,
  fixedClock,
  freshDatabase,
  insertClinic,
  signIn,
  testAppOptions,
  type ApiCall,
  type SignedInUser,
  type TestDatabase,
} from '@sotchart/test-support';
import { buildApp } from '../../app';

interface ErrorBody {
  error: { code: string; details?: { path: string; message: string }[] };
  current?: { version: number };
}

// 2 March 2026, 08:30 in Chicago: the clock every booking here is "now" against.
const clock = fixedClock('2026-03-02T14:30:00.000Z');

for (const dialect of dialects) {
  describe(`appointment book on ${dialect}`, () => {
    let database: TestDatabase;
    let app: FastifyInstance;
    let owner: SignedInUser;
    let desk: ApiCall;
    let api: ApiCall;
    let settings: ScheduleSettings;
    let second: SignedInUser;
    let patientId: string;
    let otherPatientId: string;
    const typeId = (kind: string): string => settings.appointmentTypes.find((t) => t.kind === kind)!.id;

    before(async () => {
      database = await freshDatabase(dialect);
      app = await buildApp(testAppOptions(database.handle, { clock }));
      const clinicId = await insertClinic(app, { timeZone: 'America/Chicago' });
      owner = await signIn(app, { role: 'owner', clinicId, displayName: 'Dr Owner' });
      second = await signIn(app, { role: 'practitioner', clinicId, displayName: 'Dr Second' });
      const assistant = await signIn(app, { role: 'assistant', clinicId });
      api = apiClient(app, owner.headers);
      desk = apiClient(app, assistant.headers);
      patientId = await createPatient(app, owner.headers, { chartNumber: 'A-1' });
      otherPatientId = await createPatient(app, owner.headers, {
        chartNumber: 'A-2',
        givenName: 'Grace',
        familyName: 'Hopper',
      });
      settings = (await desk<ScheduleSettings>('GET', '/api/schedule-settings')).body;
    });
    after(async () => {
      await app.close();
      await database.drop();
    });

    const book = (body: Record<string, unknown>, caller: ApiCall = desk) =>
      caller<Appointment & ErrorBody>('POST', '/api/appointments', {
        patientId,
        practitionerId: owner.userId,
        typeId: typeId('follow_up'),
        ...body,
      });

    test('the clinic starts with the default types, and both charting users are columns', () => {
      assert.deepEqual(settings.appointmentTypes.map((t) => [t.kind, t.minutes]).sort(), [
        ['follow_up', 15],
        ['new_patient', 60],
        ['re_exam', 30],
      ]);
      assert.deepEqual(settings.practitioners.map((p) => p.name).sort(), ['Dr Owner', 'Dr Second']);
      assert.equal(settings.timeZone, 'America/Chicago');
    });

    test('a booking takes the type’s length; an overlapping one for the same practitioner is 409 SLOT_TAKEN', async () => {
      const first = await book({ startAt: '2026-03-03T15:00:00.000Z' });
      assert.equal(first.status, 201, JSON.stringify(first.body));
      assert.equal(first.body.endAt, '2026-03-03T15:15:00.000Z');
      assert.equal(first.body.status, 'booked');

      const clash = await book({ patientId: otherPatientId, startAt: '2026-03-03T15:10:00.000Z' });
      assert.equal(clash.status, 409);
      assert.equal(clash.body.error.code, 'SLOT_TAKEN');
      assert.deepEqual(clash.body.error.details?.[0], {
        path: 'startAt',
        message: 'overlaps an appointment from 2026-03-03T15:00:00.000Z to 2026-03-03T15:15:00.000Z',
      });
      // The answer names times only, never the other patient.
      assert.doesNotMatch(JSON.stringify(clash.body), /Lovelace|Hopper/);

      const backToBack = await book({ patientId: otherPatientId, startAt: '2026-03-03T15:15:00.000Z' });
      assert.equal(backToBack.status, 201, 'an appointment may start as the last one ends');
      const otherColumn = await book({ practitionerId: second.userId, startAt: '2026-03-03T15:05:00.000Z' });
      assert.equal(otherColumn.status, 201, 'another practitioner is free at that time');
    });

    test('a room holds one appointment at a time, whoever the practitioner', async () => {
      const room = await api<{ id: string }>('POST', '/api/rooms', { name: 'Table 1' });
      assert.equal(room.status, 201);
      const first = await book({ roomId: room.body.id, startAt: '2026-03-04T15:00:00.000Z' });
      assert.equal(first.status, 201);
      const sameRoom = await book({
        roomId: room.body.id,
        practitionerId: second.userId,
        startAt: '2026-03-04T15:00:00.000Z',
      });
      assert.equal(sameRoom.body.error.code, 'SLOT_TAKEN');
    });

    test('a type that allows double booking may be booked over a taken slot', async () => {
      const squeeze = await api<{ id: string }>('POST', '/api/appointment-types', {
        name: 'Quick re-check',
        kind: 'follow_up',
        minutes: 5,
        allowDoubleBooking: true,
      });
      assert.equal(squeeze.status, 201);
      const over = await book({ typeId: squeeze.body.id, startAt: '2026-03-03T15:05:00.000Z' });
      assert.equal(over.status, 201, JSON.stringify(over.body));
    });

    test('cancelling frees the slot; the reason is kept; booking it again is refused while retaken', async () => {
      const a = await book({ startAt: '2026-03-05T16:00:00.000Z' });
      const cancelled = await desk<Appointment>('POST', `/api/appointments/${a.body.id}/status`, {
        status: 'cancelled',
        reason: 'Patient unwell',
        version: 1,
      });
      assert.equal(cancelled.status, 200);
      assert.equal(cancelled.body.cancelReason, 'Patient unwell');
      const retaken = await book({ patientId: otherPatientId, startAt: '2026-03-05T16:00:00.000Z' });
      assert.equal(retaken.status, 201, 'the cancelled time is free again');
      const again = await desk<ErrorBody>('POST', `/api/appointments/${a.body.id}/status`, {
        status: 'booked',
        version: 2,
      });
      assert.equal(again.body.error.code, 'SLOT_TAKEN');
      const noReason = await desk<ErrorBody>('POST', `/api/appointments/${a.body.id}/status`, {
        status: 'cancelled',
        version: 2,
      });
      assert.equal(noReason.status, 400);
      assert.deepEqual(
        noReason.body.error.details?.map((d) => d.path),
        ['reason'],
      );
    });

    test('moving with a stale version is 409 VERSION_CONFLICT carrying the appointment as stored', async () => {
      const a = await book({ startAt: '2026-03-06T15:00:00.000Z' });
      const moved = await desk<Appointment>('PATCH', `/api/appointments/${a.body.id}`, {
        startAt: '2026-03-06T16:00:00.000Z',
        endAt: '2026-03-06T16:30:00.000Z',
        version: 1,
      });
      assert.equal(moved.status, 200, JSON.stringify(moved.body));
      assert.equal(moved.body.version, 2);
      const stale = await desk<ErrorBody>('PATCH', `/api/appointments/${a.body.id}`, {
        startAt: '2026-03-06T17:00:00.000Z',
        version: 1,
      });
      assert.equal(stale.status, 409);
      assert.equal(stale.body.error.code, 'VERSION_CONFLICT');
      assert.equal(stale.body.current?.version, 2);
      const backwards = await desk<ErrorBody>('PATCH', `/api/appointments/${a.body.id}`, {
        endAt: '2026-03-06T15:00:00.000Z',
        version: 2,
      });
      assert.equal(backwards.status, 400);
      assert.deepEqual(
        backwards.body.error.details?.map((d) => d.path),
        ['endAt'],
      );
    });

    test('two front-desk users booking the same slot at once: one wins, the other gets SLOT_TAKEN', async () => {
      const results = await Promise.all(
        Array.from({ length: 6 }, (_, i) =>
          book({ patientId: i % 2 === 0 ? patientId : otherPatientId, startAt: '2026-03-09T15:00:00.000Z' }),
        ),
      );
      assert.deepEqual(results.map((r) => r.status).sort(), [201, 409, 409, 409, 409, 409]);
      assert.ok(results.filter((r) => r.status === 409).every((r) => r.body.error.code === 'SLOT_TAKEN'));
      const day = await desk<AppointmentEntry[]>('GET', '/api/appointments?from=2026-03-09&to=2026-03-09');
      assert.equal(day.body.length, 1);
    });

    test('bad references are 400s naming the field, and nothing is booked', async () => {
      const before = await desk<AppointmentEntry[]>('GET', '/api/appointments?from=2026-03-10&to=2026-03-10');
      const bad = await book({
        startAt: '2026-03-10T15:00:00.000Z',
        typeId: '01900000-0000-7000-8000-000000000009',
        practitionerId: '01900000-0000-7000-8000-000000000009',
      });
      assert.equal(bad.status, 400);
      assert.deepEqual(bad.body.error.details?.map((d) => d.path).sort(), ['practitionerId', 'typeId']);
      const offMinute = await book({ startAt: '2026-03-10T15:00:30.000Z' });
      assert.equal(offMinute.status, 400);
      const after = await desk<AppointmentEntry[]>('GET', '/api/appointments?from=2026-03-10&to=2026-03-10');
      assert.equal(after.body.length, before.body.length);
    });

    test('the front desk may book but not start a visit; the practitioner starts it from the appointment', async () => {
      const a = await book({ startAt: '2026-03-02T16:00:00.000Z' });
      const refused = await desk<ErrorBody>('POST', `/api/appointments/${a.body.id}/visit`);
      assert.equal(refused.status, 403);
      const arrived = await desk<Appointment>('POST', `/api/appointments/${a.body.id}/status`, {
        status: 'arrived',
        version: 1,
      });
      assert.equal(arrived.body.arrivedAt, clock().toISOString());

      const started = await api<{ visitId: string; created: boolean; appointment: Appointment }>(
        'POST',
        `/api/appointments/${a.body.id}/visit`,
      );
      assert.equal(started.status, 200, JSON.stringify(started.body));
      assert.equal(started.body.created, true);
      assert.equal(started.body.appointment.status, 'in_room');
      const visit = await api<{ type: string; patientId: string }>(
        'GET',
        `/api/visits/${started.body.visitId}`,
      );
      assert.equal(visit.body.type, 'follow_up');
      assert.equal(visit.body.patientId, patientId);
      const again = await api<{ visitId: string; created: boolean }>(
        'POST',
        `/api/appointments/${a.body.id}/visit`,
      );
      assert.deepEqual([again.body.visitId, again.body.created], [started.body.visitId, false]);

      const today = await desk<DayList>('GET', '/api/day-list');
      assert.equal(today.body.date, '2026-03-02');
      const entry = today.body.entries.find((e) => e.id === a.body.id);
      assert.equal(entry?.stage, 'charted');
      assert.equal(entry?.visitId, started.body.visitId);
      assert.equal(entry?.patientName, 'Lovelace, Ada');
      assert.deepEqual(entry?.due.consentsMissing, ['treatment']);
      assert.deepEqual(entry?.due.consentsToReview, []);
      // Signed on the tablet: still missing from the record until staff accept it, but shown as signed.
      const link = await desk<{ url: string }>('POST', `/api/patients/${patientId}/kiosk-links`, {
        kind: 'consent',
        consentType: 'treatment',
      });
      const signed = await apiClient(app)('POST', '/api/kiosk/submit', {
        token: link.body.url.split('#')[1],
        kind: 'consent',
        signedName: 'Ada Lovelace',
        signature: { width: 300, height: 100, strokes: [[10, 10, 40, 30]] },
      });
      assert.equal(signed.status, 201, JSON.stringify(signed.body));
      const after = (await desk<DayList>('GET', '/api/day-list')).body.entries.find(
        (e) => e.id === a.body.id,
      );
      assert.deepEqual(after?.due.consentsMissing, ['treatment']);
      assert.deepEqual(after?.due.consentsToReview, ['treatment']);
      const cancel = await desk<ErrorBody>('POST', `/api/appointments/${a.body.id}/status`, {
        status: 'cancelled',
        reason: 'late',
        version: started.body.appointment.version,
      });
      assert.equal(cancel.status, 400, 'an appointment with a visit is not cancelled');
    });

    test('another clinic’s appointment is a 404, read or written', async () => {
      const a = await book({ startAt: '2026-03-11T15:00:00.000Z' });
      const stranger = apiClient(app, (await signIn(app, { role: 'owner' })).headers);
      assert.equal((await stranger('GET', `/api/appointments/${a.body.id}`)).status, 404);
      assert.equal(
        (await stranger('PATCH', `/api/appointments/${a.body.id}`, { note: 'x', version: 1 })).status,
        404,
      );
      assert.equal(
        (await stranger('POST', `/api/appointments/${a.body.id}/status`, { status: 'no_show', version: 1 }))
          .status,
        404,
      );
      const theirs = await stranger<AppointmentEntry[]>(
        'GET',
        '/api/appointments?from=2026-03-11&to=2026-03-11',
      );
      assert.deepEqual(theirs.body, []);
    });

    test('a care-plan series books every visit and the re-exam at once, or nothing when one clashes', async () => {
      const episode = await api<{ id: string }>('POST', `/api/patients/${otherPatientId}/episodes`, {
        startDate: '2026-03-02',
        complaint: 'Low back pain',
        onset: 'acute',
        plan: { visitsPerWeek: 2, durationWeeks: 4, goals: [], reExamDate: '2026-04-06' },
      });
      assert.equal(episode.status, 201, JSON.stringify(episode.body));
      // The front desk books from the plan without reading the clinical record.
      const bookable = await desk<Record<string, unknown>[]>(
        'GET',
        `/api/patients/${otherPatientId}/booking-episodes`,
      );
      assert.equal(bookable.status, 200);
      assert.deepEqual(bookable.body, [
        {
          id: episode.body.id,
          startDate: '2026-03-02',
          endDate: null,
          visitsPerWeek: 2,
          durationWeeks: 4,
          reExamDate: '2026-04-06',
        },
      ]);
      assert.equal((await desk('GET', `/api/patients/${otherPatientId}/episodes`)).status, 403);
      const request = {
        patientId: otherPatientId,
        episodeId: episode.body.id,
        practitionerId: second.userId,
        typeId: typeId('follow_up'),
        firstDate: '2026-03-16',
        time: '10:00',
        weekdays: [1, 4],
        weeks: 4,
        skip: ['2026-03-26'],
        reExam: { date: '2026-04-13', time: '10:00', typeId: typeId('re_exam') },
      };
      const preview = await desk<{
        occurrences: { startAt: string; kind: string; problems: string[]; dueQuestionnaires: string[] }[];
      }>('POST', '/api/appointment-series/preview', request);
      assert.equal(preview.status, 200, JSON.stringify(preview.body));
      assert.equal(preview.body.occurrences.length, 8);
      // 10:00 in Chicago on 16 March is CDT (UTC-5), after the 8 March change.
      assert.equal(preview.body.occurrences[0]?.startAt, '2026-03-16T15:00:00.000Z');
      assert.equal(preview.body.occurrences.at(-1)?.kind, 're_exam');
      assert.deepEqual(
        preview.body.occurrences[0]?.dueQuestionnaires,
        ['nprs'],
        'baseline NPRS at the first visit',
      );
      const booked = await desk<{ seriesId: string; appointments: Appointment[] }>(
        'POST',
        '/api/appointment-series',
        request,
      );
      assert.equal(booked.status, 201, JSON.stringify(booked.body));
      assert.equal(booked.body.appointments.length, 8);
      assert.ok(booked.body.appointments.every((a) => a.seriesId === booked.body.seriesId));

      const twice = await desk<ErrorBody>('POST', '/api/appointment-series', request);
      assert.equal(twice.status, 409);
      assert.equal(twice.body.error.code, 'SLOT_TAKEN');
      assert.equal(twice.body.error.details?.length, 8);
      assert.equal(twice.body.error.details?.[0]?.path, 'occurrences.0');
      const month = await desk<AppointmentEntry[]>(
        'GET',
        `/api/appointments?from=2026-03-16&to=2026-04-20&patientId=${otherPatientId}`,
      );
      assert.equal(month.body.length, 8, 'the refused series booked nothing');
    });
  });
}

describe('the day list across daylight-saving changes', () => {
  const zones: { zone: string; date: string; local: string[]; utc: string[] }[] = [
    {
      zone: 'America/New_York',
      date: '2026-03-08',
      local: ['00:30', '09:00', '23:30'],
      utc: ['2026-03-08T05:30:00.000Z', '2026-03-08T13:00:00.000Z', '2026-03-09T03:30:00.000Z'],
    },
    {
      zone: 'America/New_York',
      date: '2026-11-01',
      local: ['00:30', '09:00', '23:30'],
      utc: ['2026-11-01T04:30:00.000Z', '2026-11-01T14:00:00.000Z', '2026-11-02T04:30:00.000Z'],
    },
    {
      zone: 'Europe/Rome',
      date: '2026-03-29',
      local: ['00:30', '09:00', '23:30'],
      utc: ['2026-03-28T23:30:00.000Z', '2026-03-29T07:00:00.000Z', '2026-03-29T21:30:00.000Z'],
    },
    {
      zone: 'Europe/Rome',
      date: '2026-10-25',
      local: ['00:30', '09:00', '23:30'],
      utc: ['2026-10-24T22:30:00.000Z', '2026-10-25T08:00:00.000Z', '2026-10-25T22:30:00.000Z'],
    },
    {
      zone: 'Asia/Tokyo',
      date: '2026-03-08',
      local: ['00:30', '09:00', '23:30'],
      utc: ['2026-03-07T15:30:00.000Z', '2026-03-08T00:00:00.000Z', '2026-03-08T14:30:00.000Z'],
    },
  ];
  let database: TestDatabase;
  let app: FastifyInstance;

  before(async () => {
    database = await freshDatabase('sqlite');
    app = await buildApp(testAppOptions(database.handle, { clock: fixedClock('2026-01-05T12:00:00.000Z') }));
  });
  after(async () => {
    await app.close();
    await database.drop();
  });

  for (const z of zones)
    test(`${z.date} in ${z.zone}: the whole day, first to last minute, and nothing of the days around`, async () => {
      const clinicId = await insertClinic(app, { timeZone: z.zone });
      const owner = await signIn(app, { role: 'owner', clinicId });
      const api = apiClient(app, owner.headers);
      const patientId = await createPatient(app, owner.headers);
      const settings = (await api<ScheduleSettings>('GET', '/api/schedule-settings')).body;
      const typeId = settings.appointmentTypes.find((t) => t.kind === 'follow_up')!.id;
      const edges = [
        new Date(Date.parse(z.utc[0]!) - 60 * 60_000).toISOString(), // the evening before
        ...z.utc,
        new Date(Date.parse(z.utc[2]!) + 60 * 60_000).toISOString(), // the morning after
      ];
      for (const startAt of edges) {
        const res = await api('POST', '/api/appointments', {
          patientId,
          practitionerId: owner.userId,
          typeId,
          startAt,
        });
        assert.equal(res.status, 201, JSON.stringify(res.body));
      }
      const day = await api<DayList>('GET', `/api/day-list?date=${z.date}`);
      assert.deepEqual(
        day.body.entries.map((e) => e.startAt),
        z.utc,
        `the day list of ${z.date} holds ${z.local.join(', ')} local`,
      );
    });
});
