import assert from 'node:assert/strict';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { after, before, describe, test } from 'node:test';
import type {
  Appointment as FhirAppointment,
  Bundle,
  CapabilityStatement,
  Resource,
  Schedule,
  Slot,
} from '@medplum/fhirtypes';
import type { FastifyInstance } from 'fastify';
import type { Appointment, ScheduleSettings, StartedVisit } from '@sotchart/contract';
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
import { buildApp } from '../app';
import { fhirInvariantFailures } from '../interop/fhir/fhir-invariants';
import { fhirSchemaErrors } from '../interop/fhir/fhir-schema-validator';
import { scheduleIdOf, slotIdOf } from '../interop/fhir/schedule-resources';

// 2 March 2026, 08:30 in Chicago.
const clock = fixedClock('2026-03-02T14:30:00.000Z');
const v20276 = 'http://terminology.hl7.org/CodeSystem/v2-0276';

/** Schema errors and broken invariants of a resource, as text (empty when it conforms). */
const problemsOf = (r: Resource) => [
  ...fhirSchemaErrors(r).map((e) => `${e.instancePath} ${e.message ?? ''}`),
  ...fhirInvariantFailures(r).map((f) => `${f.key} at ${f.path}: ${f.human}`),
];

for (const dialect of dialects) {
  describe(`FHIR Appointment, Schedule and Slot on ${dialect}`, () => {
    let database: TestDatabase;
    let app: FastifyInstance;
    let owner: SignedInUser;
    let api: ApiCall;
    let otherClinic: SignedInUser;
    let patientId: string;
    const ids: Record<string, string> = {};

    const get = async <T = Resource>(url: string, headers: Record<string, string> = owner.headers) => {
      const res = await app.inject({
        method: 'GET',
        url,
        headers: { ...headers, accept: 'application/fhir+json' },
      });
      return { status: res.statusCode, body: res.json<T>() };
    };
    const search = async <T extends Resource>(url: string) => {
      const res = await get<Bundle<T>>(url);
      assert.equal(res.status, 200, JSON.stringify(res.body));
      return (res.body.entry ?? []).map((e) => e.resource!);
    };

    before(async () => {
      database = await freshDatabase(dialect);
      app = await buildApp(
        testAppOptions(database.handle, { clock, bulkExportDir: join(database.dataDir, 'bulk') }),
      );
      const clinicId = await insertClinic(app, { timeZone: 'America/Chicago' });
      owner = await signIn(app, { role: 'owner', clinicId, displayName: 'Dr Owner' });
      api = apiClient(app, owner.headers);
      patientId = await createPatient(app, owner.headers, { chartNumber: 'S-1' });
      const room = await api<{ id: string }>('POST', '/api/rooms', { name: 'Table 1' });
      const episode = await api<{ id: string }>('POST', `/api/patients/${patientId}/episodes`, {
        startDate: '2026-03-02',
        complaint: 'Low back pain',
        onset: 'subacute',
      });
      const types = (await api<ScheduleSettings>('GET', '/api/schedule-settings')).body.appointmentTypes;
      const typeId = (kind: string) => types.find((t) => t.kind === kind)!.id;
      const book = async (name: string, startAt: string, body: Record<string, unknown> = {}) => {
        const res = await api<Appointment>('POST', '/api/appointments', {
          patientId,
          practitionerId: owner.userId,
          typeId: typeId('follow_up'),
          startAt,
          ...body,
        });
        assert.equal(res.status, 201, JSON.stringify(res.body));
        ids[name] = res.body.id;
        return res.body;
      };
      const setStatus = async (a: Appointment, status: string, extra: Record<string, unknown> = {}) => {
        const res = await api('POST', `/api/appointments/${a.id}/status`, {
          status,
          version: a.version,
          ...extra,
        });
        assert.equal(res.status, 200, JSON.stringify(res.body));
      };
      await book('booked', '2026-03-03T15:00:00.000Z', {
        roomId: room.body.id,
        episodeId: episode.body.id,
        typeId: typeId('new_patient'),
      });
      await setStatus(await book('arrived', '2026-03-03T17:00:00.000Z'), 'arrived');
      await setStatus(await book('inRoom', '2026-03-03T18:00:00.000Z'), 'in_room');
      await setStatus(await book('noShow', '2026-03-02T13:00:00.000Z'), 'no_show');
      await setStatus(await book('cancelled', '2026-03-04T15:00:00.000Z'), 'cancelled', {
        reason: 'Car broke down',
      });
      const charted = await book('charted', '2026-03-02T15:00:00.000Z', { typeId: typeId('re_exam') });
      const started = await api<StartedVisit>('POST', `/api/appointments/${charted.id}/visit`);
      assert.equal(started.status, 200, JSON.stringify(started.body));
      otherClinic = await signIn(app, { role: 'owner' });
    });
    after(async () => {
      await app.close();
      await database.drop();
    });

    test('maps each status, the type (HL7 v2-0276), the room, the episode and the slot', async () => {
      const found = await search<FhirAppointment>(`/fhir/R4/Appointment?patient=${patientId}`);
      const byId = new Map(found.map((a) => [a.id, a]));
      const statusOf = (name: string) => byId.get(ids[name]!)?.status;
      assert.deepEqual(['booked', 'arrived', 'inRoom', 'noShow', 'cancelled', 'charted'].map(statusOf), [
        'booked',
        'arrived',
        'checked-in',
        'noshow',
        'cancelled',
        'fulfilled',
      ]);
      const booked = byId.get(ids.booked!)!;
      assert.deepEqual(booked.appointmentType?.coding?.[0], {
        system: v20276,
        code: 'ROUTINE',
        display: 'Routine appointment - default if not valued',
      });
      assert.equal(byId.get(ids.charted!)?.appointmentType?.coding?.[0]?.code, 'CHECKUP');
      assert.equal(byId.get(ids.arrived!)?.appointmentType?.coding?.[0]?.code, 'FOLLOWUP');
      assert.equal(booked.start, '2026-03-03T15:00:00.000Z');
      assert.equal(booked.end, '2026-03-03T16:00:00.000Z');
      assert.deepEqual(
        booked.participant.map((p) => p.actor?.reference ?? p.actor?.display),
        [`Patient/${patientId}`, `Practitioner/${owner.userId}`, 'Table 1'],
      );
      assert.match(booked.supportingInformation?.[0]?.reference ?? '', /^EpisodeOfCare\//);
      assert.deepEqual(booked.slot, [{ reference: `Slot/${slotIdOf(ids.booked!)}` }]);
      const cancelled = byId.get(ids.cancelled!)!;
      assert.deepEqual(cancelled.cancelationReason, { text: 'Car broke down' });
      assert.equal(cancelled.slot, undefined, 'a cancelled appointment holds no time');
      for (const a of found) assert.deepEqual(problemsOf(a), [], `Appointment/${a.id}`);
    });

    test('reads one Appointment, searches by date and status, and another clinic gets 404', async () => {
      const one = await get<FhirAppointment>(`/fhir/R4/Appointment/${ids.booked}`);
      assert.equal(one.status, 200);
      assert.equal(one.body.id, ids.booked);
      const onDay = await search<FhirAppointment>('/fhir/R4/Appointment?date=2026-03-03&status=booked');
      assert.deepEqual(
        onDay.map((a) => a.id),
        [ids.booked],
      );
      assert.equal((await get(`/fhir/R4/Appointment/${ids.booked}`, otherClinic.headers)).status, 404);
      assert.deepEqual(await searchAs(otherClinic, '/fhir/R4/Appointment'), []);
      assert.deepEqual(await searchAs(otherClinic, '/fhir/R4/Slot'), []);
    });
    const searchAs = async (user: SignedInUser, url: string) => {
      const res = await get<Bundle>(url, user.headers);
      assert.equal(res.status, 200);
      return res.body.entry ?? [];
    };

    test('answers a Schedule for the practitioner and a busy Slot per appointment holding time', async () => {
      const schedules = await search<Schedule>('/fhir/R4/Schedule');
      assert.deepEqual(
        schedules.map((s) => [s.id, s.active, s.actor[0]?.reference, s.planningHorizon]),
        [
          [
            scheduleIdOf(owner.userId),
            true,
            `Practitioner/${owner.userId}`,
            // Midnight in Chicago (CST), to 180 days on (CDT from 8 March).
            { start: '2026-03-02T06:00:00.000Z', end: '2026-08-29T05:00:00.000Z' },
          ],
        ],
      );
      const slots = await search<Slot>(`/fhir/R4/Slot?schedule=Schedule/${scheduleIdOf(owner.userId)}`);
      assert.deepEqual(
        slots.map((s) => [s.id, s.status, s.start, s.end]).sort(),
        [
          [slotIdOf(ids.charted!), 'busy', '2026-03-02T15:00:00.000Z', '2026-03-02T15:30:00.000Z'],
          [slotIdOf(ids.booked!), 'busy', '2026-03-03T15:00:00.000Z', '2026-03-03T16:00:00.000Z'],
          [slotIdOf(ids.arrived!), 'busy', '2026-03-03T17:00:00.000Z', '2026-03-03T17:15:00.000Z'],
          [slotIdOf(ids.inRoom!), 'busy', '2026-03-03T18:00:00.000Z', '2026-03-03T18:15:00.000Z'],
        ].sort(),
      );
      assert.ok(!JSON.stringify(slots).includes(patientId), 'a Slot names no patient');
      for (const r of [...schedules, ...slots])
        assert.deepEqual(problemsOf(r), [], `${r.resourceType}/${r.id}`);
      const one = await get<Slot>(`/fhir/R4/Slot/${slotIdOf(ids.booked!)}`);
      assert.equal(one.status, 200);
      const onDay = await search<Slot>('/fhir/R4/Slot?start=2026-03-02');
      assert.deepEqual(
        onDay.map((s) => s.id),
        [slotIdOf(ids.charted!)],
      );
    });

    test('refuses a patient search of Slot, and the CapabilityStatement lists the three types', async () => {
      const refused = await get(`/fhir/R4/Slot?patient=${patientId}`);
      assert.equal(refused.status, 400);
      const statement = await get<CapabilityStatement>('/fhir/R4/metadata', {});
      const types = statement.body.rest?.[0]?.resource?.map((r) => r.type) ?? [];
      for (const type of ['Appointment', 'Schedule', 'Slot']) assert.ok(types.includes(type as never), type);
    });

    test('puts them in $everything (Appointment) and the system Bulk Data export (all three)', async () => {
      const everything = await search<Resource>(`/fhir/R4/Patient/${patientId}/$everything`);
      assert.equal(everything.filter((r) => r.resourceType === 'Appointment').length, 6);
      const encounters = everything.filter((r) => r.resourceType === 'Encounter') as {
        appointment?: { reference?: string }[];
      }[];
      assert.deepEqual(
        encounters.map((e) => e.appointment?.[0]?.reference),
        [`Appointment/${ids.charted}`],
        'the visit started from an appointment names it',
      );
      const kick = await app.inject({
        method: 'GET',
        url: '/fhir/R4/$export?_type=Appointment,Schedule,Slot',
        headers: { ...owner.headers, accept: 'application/fhir+json', prefer: 'respond-async' },
      });
      assert.equal(kick.statusCode, 202, kick.body);
      const statusPath = new URL(String(kick.headers['content-location'])).pathname;
      let manifest: { output: { type: string; url: string; count: number }[] } | undefined;
      for (let i = 0; i < 200 && manifest === undefined; i++) {
        const poll = await app.inject({ method: 'GET', url: statusPath, headers: owner.headers });
        if (poll.statusCode === 202) await sleep(20);
        else manifest = poll.json();
      }
      assert.deepEqual(manifest?.output.map((o) => [o.type, o.count]).sort(), [
        ['Appointment', 6],
        ['Schedule', 1],
        ['Slot', 4],
      ]);
      for (const output of manifest?.output ?? []) {
        const file = await app.inject({
          method: 'GET',
          url: new URL(output.url).pathname,
          headers: owner.headers,
        });
        for (const line of file.body.split('\n').filter((l) => l !== ''))
          assert.deepEqual(problemsOf(JSON.parse(line) as Resource), [], line);
      }
    });
  });
}
