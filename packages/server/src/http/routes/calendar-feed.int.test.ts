import assert from 'node:assert/strict';
import { Writable } from 'node:stream';
import { after, before, describe, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import type { Appointment, CalendarFeed, ScheduleSettings } from '@sotchart/contract';
import {
  apiClient,
  createPatient,
  dialects,
  fixedClock,
  freshDatabase,
  insertClinic,
  signIn,
  testAppOptions,
  testPublicUrl,
  type ApiCall,
  type SignedInUser,
  type TestDatabase,
} from '@sotchart/test-support';
import { buildApp } from '../../app';

// 2 March 2026, 08:30 in Chicago.
const clock = fixedClock('2026-03-02T14:30:00.000Z');

/** The iCalendar events of a feed, each as its properties (unfolded lines, RFC 5545 §3.1). */
function eventsOf(ics: string): Record<string, string>[] {
  const lines = ics.replace(/\r\n[ \t]/g, '').split('\r\n');
  const events: Record<string, string>[] = [];
  let current: Record<string, string> | undefined;
  for (const line of lines) {
    if (line === 'BEGIN:VEVENT') current = {};
    else if (line === 'END:VEVENT' && current !== undefined) {
      events.push(current);
      current = undefined;
    } else if (current !== undefined) {
      const colon = line.indexOf(':');
      current[line.slice(0, colon).split(';')[0] ?? ''] = line.slice(colon + 1);
    }
  }
  return events;
}

for (const dialect of dialects) {
  describe(`calendar feed on ${dialect}`, () => {
    let database: TestDatabase;
    let app: FastifyInstance;
    let owner: SignedInUser;
    let api: ApiCall;
    let assistant: ApiCall;
    let log = '';
    let feedPath = '';
    let cancelledId = '';
    const settings = () => api<ScheduleSettings>('GET', '/api/schedule-settings');

    before(async () => {
      database = await freshDatabase(dialect);
      const logStream = new Writable({
        write(chunk: Buffer, _encoding, done) {
          log += chunk.toString();
          done();
        },
      });
      app = await buildApp(testAppOptions(database.handle, { clock, logLevel: 'info', logStream }));
      const clinicId = await insertClinic(app, { timeZone: 'America/Chicago' });
      owner = await signIn(app, { role: 'owner', clinicId, displayName: 'Dr Owner' });
      const other = await signIn(app, { role: 'practitioner', clinicId, displayName: 'Dr Other' });
      api = apiClient(app, owner.headers);
      assistant = apiClient(app, (await signIn(app, { role: 'assistant', clinicId })).headers);
      const patientId = await createPatient(app, owner.headers, {
        chartNumber: 'CAL-7731',
        givenName: 'Quentina',
        familyName: 'Marchbanks',
      });
      const room = await api<{ id: string }>('POST', '/api/rooms', { name: 'Table 2' });
      assert.equal(room.status, 201, JSON.stringify(room.body));
      const types = (await settings()).body.appointmentTypes;
      const typeId = (kind: string) => types.find((t) => t.kind === kind)!.id;
      const book = async (body: Record<string, unknown>) => {
        const res = await api<Appointment>('POST', '/api/appointments', {
          patientId,
          practitionerId: owner.userId,
          typeId: typeId('follow_up'),
          note: 'Quentina prefers the left table',
          ...body,
        });
        assert.equal(res.status, 201, JSON.stringify(res.body));
        return res.body;
      };
      await book({ startAt: '2026-03-03T15:00:00.000Z', roomId: room.body.id });
      await book({ startAt: '2026-03-04T16:00:00.000Z', typeId: typeId('re_exam') });
      const cancelled = await book({ startAt: '2026-03-05T15:00:00.000Z' });
      cancelledId = cancelled.id;
      const res = await api('POST', `/api/appointments/${cancelled.id}/status`, {
        status: 'cancelled',
        reason: 'Quentina has the flu',
        version: cancelled.version,
      });
      assert.equal(res.status, 200, JSON.stringify(res.body));
      // Outside the window (more than 180 days ahead), and another practitioner's: neither in the feed.
      await book({ startAt: '2026-10-01T15:00:00.000Z' });
      await book({ startAt: '2026-03-03T15:00:00.000Z', practitionerId: other.userId });
    });
    after(async () => {
      await app.close();
      await database.drop();
    });

    test('starts without a feed; an assistant, who is never booked, may not make one', async () => {
      const none = await api<CalendarFeed>('GET', '/api/me/calendar-feed');
      assert.deepEqual(none.body, { active: false, createdAt: null, url: null });
      const refused = await assistant<{ error: { code: string } }>('POST', '/api/me/calendar-feed');
      assert.equal(refused.status, 403);
      assert.equal(refused.body.error.code, 'FORBIDDEN');
    });

    test('makes a feed whose address, under the public URL, is shown once', async () => {
      const made = await api<CalendarFeed>('POST', '/api/me/calendar-feed');
      assert.equal(made.status, 201, JSON.stringify(made.body));
      assert.equal(made.body.active, true);
      assert.equal(made.body.createdAt, '2026-03-02T14:30:00.000Z');
      const url = made.body.url ?? '';
      assert.match(url, /^.+\/calendar\/[A-Za-z0-9_-]{43}\.ics$/);
      assert.ok(url.startsWith(`${testPublicUrl}/calendar/`), url);
      feedPath = url.slice(testPublicUrl.length);
      const shown = await api<CalendarFeed>('GET', '/api/me/calendar-feed');
      assert.deepEqual(shown.body, { active: true, createdAt: '2026-03-02T14:30:00.000Z', url: null });
      const stored = await app.auth.db.selectFrom('calendar_feed').select('token_hash').execute();
      assert.ok(
        stored.every((r) => !url.includes(r.token_hash)),
        'only a hash of the token is stored',
      );
    });

    test('answers the practitioner’s appointments as iCalendar, without any patient detail', async () => {
      const res = await app.inject({ method: 'GET', url: feedPath });
      assert.equal(res.statusCode, 200, res.body);
      assert.match(String(res.headers['content-type']), /^text\/calendar/);
      assert.equal(res.headers['cache-control'], 'private, max-age=300');
      const ics = res.body;
      for (const secret of ['Quentina', 'Marchbanks', 'CAL-7731', 'flu', 'left table', 'QM'])
        assert.ok(!ics.includes(secret), `the feed shows ${secret}`);
      const events = eventsOf(ics);
      assert.deepEqual(
        events.map((e) => [e.DTSTART, e.DTEND, e.SUMMARY, e.LOCATION, e.STATUS]),
        [
          ['20260303T150000Z', '20260303T151500Z', 'Follow-up', 'Table 2', 'CONFIRMED'],
          ['20260304T160000Z', '20260304T163000Z', 'Re-examination', undefined, 'CONFIRMED'],
          ['20260305T150000Z', '20260305T151500Z', 'Follow-up (cancelled)', undefined, 'CANCELLED'],
        ],
      );
      assert.equal(events[2]?.UID, `${cancelledId}@sotchart`);
      assert.equal(events[2]?.TRANSP, 'TRANSPARENT');
    });

    test('audits each read as the practitioner, with no patient', async () => {
      const rows = await app.auth.db
        .selectFrom('audit_log')
        .select(['action', 'actor_id', 'patient_id'])
        .where('entity_type', '=', 'calendar_feed')
        .orderBy('seq')
        .execute();
      assert.deepEqual(
        rows.map((r) => [r.action, r.actor_id, r.patient_id]),
        [
          ['create', owner.userId, null],
          ['read', owner.userId, null],
        ],
      );
    });

    test('never logs the token', () => {
      const token = feedPath.slice('/calendar/'.length, -'.ics'.length);
      assert.ok(log.includes('/calendar/[redacted].ics'), 'the feed request is logged');
      assert.ok(!log.includes(token), 'the token is in the log');
    });

    test('an unknown or malformed token is 404', async () => {
      for (const url of [`/calendar/${'A'.repeat(43)}.ics`, '/calendar/short.ics']) {
        const res = await app.inject({ method: 'GET', url });
        assert.equal(res.statusCode, 404, url);
      }
    });

    test('a new feed ends the old one, and a revoked feed is 404', async () => {
      const again = await api<CalendarFeed>('POST', '/api/me/calendar-feed');
      const newPath = (again.body.url ?? '').slice(testPublicUrl.length);
      assert.equal((await app.inject({ method: 'GET', url: feedPath })).statusCode, 404);
      assert.equal((await app.inject({ method: 'GET', url: newPath })).statusCode, 200);
      const revoked = await api('DELETE', '/api/me/calendar-feed');
      assert.equal(revoked.status, 204);
      assert.equal((await app.inject({ method: 'GET', url: newPath })).statusCode, 404);
      const shown = await api<CalendarFeed>('GET', '/api/me/calendar-feed');
      assert.deepEqual(shown.body, { active: false, createdAt: null, url: null });
    });

    test('is rate-limited per token', async () => {
      const made = await api<CalendarFeed>('POST', '/api/me/calendar-feed');
      const path = (made.body.url ?? '').slice(testPublicUrl.length);
      const statuses: number[] = [];
      for (let i = 0; i < 11; i += 1)
        statuses.push((await app.inject({ method: 'GET', url: path })).statusCode);
      assert.deepEqual(statuses, [...Array<number>(10).fill(200), 429]);
    });
  });
}
