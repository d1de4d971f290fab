import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import type {
  Appointment,
  AppointmentEntry,
  CreatedKioskLink,
  KioskForm,
  ScheduleSettings,
} from '@sotchart/contract';
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

type ErrorBody = { error?: { code: string; details?: { path: string }[] } };

/** NDI raw 10 of 50 (all ten sections answered). */
const ndiAnswers = {
  pain_intensity: 1,
  personal_care: 1,
  lifting: 2,
  reading: 0,
  headaches: 1,
  concentration: 1,
  work: 1,
  driving: 2,
  sleeping: 1,
  recreation: 0,
};
const signature = { width: 400, height: 150, strokes: [[10, 10, 120, 80, 200, 40]] };
const tokenOf = (link: { url: string }): string => link.url.split('#')[1] ?? '';

// 2 March 2026, 08:30 in Chicago; the appointments are at 09:00 and 09:30 there.
const clock = fixedClock('2026-03-02T14:30:00.000Z');

for (const dialect of dialects) {
  describe(`kiosk check-in for one appointment on ${dialect}`, () => {
    let database: TestDatabase;
    let app: FastifyInstance;
    let owner: SignedInUser;
    let api: ApiCall;
    let desk: ApiCall;
    let auditor: ApiCall;
    let stranger: ApiCall;
    /** The kiosk: no session, no cookie. */
    let kiosk: ApiCall;
    let settings: ScheduleSettings;
    let patientId: string;
    let appointmentId: string;
    let otherAppointmentId: string;

    const typeId = (kind: string): string => settings.appointmentTypes.find((t) => t.kind === kind)!.id;
    const book = async (patient: string, startAt: string): Promise<string> => {
      const res = await desk<Appointment>('POST', '/api/appointments', {
        patientId: patient,
        practitionerId: owner.userId,
        typeId: typeId('follow_up'),
        startAt,
      });
      assert.equal(res.status, 201, JSON.stringify(res.body));
      return res.body.id;
    };
    const checkInLink = (id: string, caller: ApiCall = desk) =>
      caller<CreatedKioskLink & ErrorBody>('POST', `/api/appointments/${id}/check-in-link`);
    const open = (link: CreatedKioskLink) =>
      kiosk<KioskForm & ErrorBody>('POST', '/api/kiosk/open', { token: tokenOf(link) });
    const submit = (link: CreatedKioskLink, body: Record<string, unknown>) =>
      kiosk<{ remaining: number } & ErrorBody>('POST', '/api/kiosk/submit', {
        token: tokenOf(link),
        ...body,
      });
    const appointment = async (id: string) =>
      (await api<AppointmentEntry>('GET', `/api/appointments/${id}`)).body;

    before(async () => {
      database = await freshDatabase(dialect);
      app = await buildApp(testAppOptions(database.handle, { clock }));
      const clinicId = await insertClinic(app, { timeZone: 'America/Chicago' });
      owner = await signIn(app, { role: 'owner', clinicId, displayName: 'Dr Owner' });
      api = apiClient(app, owner.headers);
      desk = apiClient(app, (await signIn(app, { role: 'assistant', clinicId })).headers);
      auditor = apiClient(app, (await signIn(app, { role: 'auditor', clinicId })).headers);
      stranger = apiClient(app, (await signIn(app, { role: 'owner' })).headers);
      kiosk = apiClient(app);
      settings = (await desk<ScheduleSettings>('GET', '/api/schedule-settings')).body;
      // The clinic tracks NDI: its baseline is due at the start of an episode.
      const outcome = await api<{ version: number }>('GET', '/api/outcome-settings');
      const changed = await api('PUT', '/api/outcome-settings', {
        version: outcome.body.version,
        instruments: ['ndi'],
      });
      assert.equal(changed.status, 200, JSON.stringify(changed.body));

      patientId = await createPatient(app, owner.headers, { chartNumber: 'C-1', givenName: 'Noor' });
      const episode = await api('POST', `/api/patients/${patientId}/episodes`, {
        startDate: '2026-03-02',
        complaint: 'Neck pain',
        onset: 'acute',
        plan: { visitsPerWeek: 1, durationWeeks: 6, goals: [], reExamDate: null },
      });
      assert.equal(episode.status, 201, JSON.stringify(episode.body));
      const other = await createPatient(app, owner.headers, {
        chartNumber: 'C-2',
        givenName: 'Grace',
        familyName: 'Hopper',
      });
      appointmentId = await book(patientId, '2026-03-02T15:00:00.000Z');
      otherAppointmentId = await book(other, '2026-03-02T15:30:00.000Z');
    });
    after(async () => {
      await app.close();
      await database.drop();
    });

    test('the front desk makes a 30-minute link holding what is due; an auditor may not; another clinic gets 404', async () => {
      const link = await checkInLink(appointmentId);
      assert.equal(link.status, 201, JSON.stringify(link.body));
      assert.equal(link.body.kind, 'check_in');
      assert.equal(link.body.appointmentId, appointmentId);
      assert.deepEqual(link.body.instrumentIds, ['ndi']);
      assert.deepEqual(link.body.consentTypes, ['treatment']);
      assert.equal(link.body.expiresAt, '2026-03-02T15:00:00.000Z');
      assert.match(link.body.url, /\/kiosk#[A-Za-z0-9_-]{43}$/);
      assert.match(link.body.qrSvg, /^<svg/);

      const refused = await checkInLink(appointmentId, auditor);
      assert.equal(refused.status, 403);
      assert.equal(refused.body.error?.code, 'FORBIDDEN');
      const foreign = await checkInLink(appointmentId, stranger);
      assert.equal(foreign.status, 404);
      assert.equal(foreign.body.error?.code, 'NOT_FOUND');
    });

    test('the tablet sees only its appointment: arrival, then the questionnaire, then the consent, then used up', async () => {
      const link = (await checkInLink(appointmentId)).body;
      const opened = await open(link);
      assert.equal(opened.status, 200, JSON.stringify(opened.body));
      assert.equal(opened.body.kind, 'check_in');
      assert.equal(opened.body.givenName, 'Noor');
      assert.deepEqual(
        opened.body.questionnaires.map((q) => q.definition.id),
        ['ndi'],
      );
      assert.equal(opened.body.checkIn?.time, '09:00');
      assert.equal(opened.body.checkIn?.checkedIn, false);
      assert.deepEqual(
        opened.body.checkIn?.consents.map((c) => c.type),
        ['treatment'],
      );
      // Nothing of anyone else: no other patient's name, no other appointment, no family name.
      const shown = JSON.stringify(opened.body);
      assert.doesNotMatch(shown, /Hopper|Grace|Lovelace/);
      assert.doesNotMatch(shown, new RegExp(otherAppointmentId));
      assert.doesNotMatch(shown, /09:30|15:30/);

      // The steps go in order: answers before "I'm here" are refused, naming the field.
      const early = await submit(link, { kind: 'questionnaire', answers: ndiAnswers });
      assert.equal(early.status, 400);
      assert.equal(early.body.error?.details?.[0]?.path, 'kind');

      const here = await submit(link, { kind: 'check_in' });
      assert.equal(here.status, 201, JSON.stringify(here.body));
      assert.equal(here.body.remaining, 2);
      const arrived = await appointment(appointmentId);
      assert.equal(arrived.status, 'arrived');
      assert.equal(arrived.arrivedAt, '2026-03-02T14:30:00.000Z');
      assert.equal((await appointment(otherAppointmentId)).status, 'booked');

      // A reload on the tablet carries on where the patient was.
      const reopened = await open(link);
      assert.equal(reopened.body.checkIn?.checkedIn, true);
      const twice = await submit(link, { kind: 'check_in' });
      assert.equal(twice.status, 400);

      const answered = await submit(link, {
        kind: 'questionnaire',
        instrumentId: 'ndi',
        answers: ndiAnswers,
      });
      assert.equal(answered.status, 201, JSON.stringify(answered.body));
      assert.equal(answered.body.remaining, 1);
      const afterAnswers = await open(link);
      assert.equal(afterAnswers.body.questionnaires.length, 0);
      assert.deepEqual(
        afterAnswers.body.checkIn?.consents.map((c) => c.type),
        ['treatment'],
      );

      const wrongConsent = await submit(link, {
        kind: 'consent',
        consentType: 'cranial',
        signedName: 'Noor Lovelace',
        signature,
      });
      assert.equal(wrongConsent.status, 400);
      assert.equal(wrongConsent.body.error?.details?.[0]?.path, 'consentType');
      const signed = await submit(link, { kind: 'consent', signedName: 'Noor Lovelace', signature });
      assert.equal(signed.status, 201, JSON.stringify(signed.body));
      assert.equal(signed.body.remaining, 0);

      const used = await open(link);
      assert.equal(used.status, 410);
      assert.equal(used.body.error?.code, 'LINK_EXPIRED');
      const links = await desk<{ id: string; status: string; answered: number; consentsSigned: number }[]>(
        'GET',
        `/api/patients/${patientId}/kiosk-links`,
      );
      const stored = links.body.find((l) => l.id === link.id);
      assert.equal(stored?.status, 'used');
      assert.equal(stored?.answered, 1);
      assert.equal(stored?.consentsSigned, 1);
      const submissions = await desk<{ kind: string; reviewedAt: string | null }[]>(
        'GET',
        `/api/patients/${patientId}/kiosk-submissions`,
      );
      assert.deepEqual(
        submissions.body.map((s) => [s.kind, s.reviewedAt]),
        [['consent', null]],
      );
      const kioskAnswers = await api<{ instrumentId: string; source: string }[]>(
        'GET',
        `/api/patients/${patientId}/questionnaires`,
      );
      assert.deepEqual(
        kioskAnswers.body.filter((r) => r.source === 'kiosk').map((r) => r.instrumentId),
        ['ndi'],
      );
    });

    test('with nothing due, "I\'m here" alone uses the link up', async () => {
      const calm = await createPatient(app, owner.headers, { chartNumber: 'C-3' });
      const consent = await api('POST', `/api/patients/${calm}/consents`, {
        type: 'treatment',
        date: '2026-03-01',
        signedBy: 'Ada Lovelace',
      });
      assert.equal(consent.status, 201, JSON.stringify(consent.body));
      const id = await book(calm, '2026-03-02T16:00:00.000Z');
      const link = (await checkInLink(id)).body;
      assert.deepEqual([link.instrumentIds, link.consentTypes], [[], []]);
      const here = await submit(link, { kind: 'check_in' });
      assert.equal(here.body.remaining, 0);
      assert.equal((await open(link)).status, 410);
      assert.equal((await appointment(id)).status, 'arrived');
    });

    test('a cancelled appointment gets no link, and cancelling ends one already made', async () => {
      const calm = await createPatient(app, owner.headers, { chartNumber: 'C-4' });
      const id = await book(calm, '2026-03-02T17:00:00.000Z');
      const link = (await checkInLink(id)).body;
      const { version } = await appointment(id);
      const cancelled = await desk('POST', `/api/appointments/${id}/status`, {
        status: 'cancelled',
        reason: 'Unwell',
        version,
      });
      assert.equal(cancelled.status, 200, JSON.stringify(cancelled.body));
      assert.equal((await open(link)).status, 410);
      const refused = await checkInLink(id);
      assert.equal(refused.status, 400);
      assert.equal(refused.body.error?.details?.[0]?.path, 'status');
    });

    test('the charting header reads the appointment a visit was started from', async () => {
      const started = await api<{ visitId: string }>('POST', `/api/appointments/${appointmentId}/visit`);
      assert.equal(started.status, 200, JSON.stringify(started.body));
      const from = await api<{ appointment: AppointmentEntry | null }>(
        'GET',
        `/api/visits/${started.body.visitId}/appointment`,
      );
      assert.equal(from.status, 200);
      assert.equal(from.body.appointment?.id, appointmentId);
      assert.equal(from.body.appointment?.typeName, 'Follow-up');
      const plain = await api<{ id: string }>('POST', `/api/patients/${patientId}/visits`, {
        visitAt: '2026-03-02T14:00:00Z',
        type: 'follow_up',
      });
      const none = await api<{ appointment: null }>('GET', `/api/visits/${plain.body.id}/appointment`);
      assert.equal(none.body.appointment, null);
      const foreign = await stranger('GET', `/api/visits/${started.body.visitId}/appointment`);
      assert.equal(foreign.status, 404);
    });
  });
}
