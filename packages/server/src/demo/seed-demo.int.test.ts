import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { dateInZone, type Appointment, type Episode } from '@sotchart/contract';
import { cheapArgon2, fixedClock, freshDatabase, type TestDatabase } from '@sotchart/test-support';
import { appointmentRepository } from '../db/repositories/appointment.repository';
import { episodeRepository } from '../db/repositories/episode.repository';
import { scheduleSettingsRepository } from '../db/repositories/schedule-settings.repository';
import { dayRange } from '../services/schedule/day-range';
import { patientRepository } from '../db/repositories/patient.repository';
import { visitRepository, type VisitRow } from '../db/repositories/visit.repository';
import { visitCodingProblems } from '../services/visit-coding-problems';
import { seedDemoClinic } from './seed-demo-clinic';

const zone = 'America/Chicago';
const m99 = (codes: readonly string[]) => codes.filter((c) => c.startsWith('M99.'));

// The demo clinic is large (45 patients, a few hundred visits, two weeks of appointments), so it is
// seeded once, on SQLite: what is checked here is the demo data, not the database.
describe('the demo clinic', () => {
  let database: TestDatabase;
  let visits: VisitRow[];
  let episodes: Map<string, Episode>;
  let chartNumbers: Map<string, string>;
  let clinicId: string;
  let week: Appointment[];
  let kindOf: Map<string, string>;

  before(async () => {
    database = await freshDatabase('sqlite');
    const { db } = database.handle;
    // Seeded weeks after the demo's histories: a signature must carry the visit's date, not this one.
    // At 11:40 on a Tuesday in Chicago, so the week has a Monday behind it and an afternoon ahead.
    ({ clinicId } = await seedDemoClinic(
      database.handle,
      { argon2: cheapArgon2 },
      fixedClock('2026-12-01T17:40:00.000Z'),
    ));
    week = await appointmentRepository.listRange(db, clinicId, dayRange('2026-11-30', '2026-12-11', zone));
    kindOf = new Map(
      (await scheduleSettingsRepository.listTypes(db, clinicId)).map((t) => [t.id, t.kind] as const),
    );
    visits = await visitRepository.pageByClinic(db, clinicId, '', 1000);
    episodes = new Map();
    chartNumbers = new Map();
    for (const patientId of new Set(visits.map((v) => v.patientId))) {
      const patient = await patientRepository.findById(db, clinicId, patientId);
      chartNumbers.set(patientId, patient?.chartNumber ?? '');
      for (const e of await episodeRepository.listByPatient(db, clinicId, patientId)) episodes.set(e.id, e);
    }
  });
  after(async () => {
    await database.drop();
  });

  const signed = () => visits.filter((v) => v.status === 'signed');
  const byChart = (chartNumber: string) =>
    signed().filter((v) => chartNumbers.get(v.patientId) === chartNumber);

  test('signs every visit of the histories but the newest of every fifth patient', () => {
    const history = visits.filter((v) => v.visitAt < '2026-11-30');
    assert.equal(history.length, 169);
    // Patients 5, 10, 15, 20, 30, 35, 40 and 45 keep a draft; patient 25 is referred at a first visit
    // that is signed.
    assert.equal(history.filter((v) => v.status === 'signed').length, 161);
  });

  test('signs this week’s visits as they end: Monday’s all, this morning’s but the one under way', () => {
    const week = visits.filter((v) => v.visitAt >= '2026-11-30');
    assert.equal(week.length, 30);
    assert.equal(week.filter((v) => v.status === 'signed').length, 29);
  });

  test('confirms on every signed visit the codes of its own stored suggestion, in its order', () => {
    for (const v of signed()) {
      const s = v.engine.coding;
      const coding = v.record.coding;
      assert.deepEqual(
        m99(coding.diagnoses),
        (s?.diagnoses ?? []).map((d) => d.code),
        v.id,
      );
      assert.deepEqual(
        coding.lines.map((l) => l.code),
        (s?.procedures ?? []).map((p) => p.code),
        v.id,
      );
      for (const line of coding.lines)
        assert.deepEqual(
          line.modifiers,
          s?.modifier.code !== null && s?.modifier.appliesTo === line.code ? [s.modifier.code] : [],
          v.id,
        );
    }
  });

  test('bills 98943 beside the spinal CMT where the ankle was adjusted (Category III visits)', () => {
    const withAnkle = signed().filter((v) => v.record.treatment.extremity.some((x) => x.joint === 'ankle'));
    assert.ok(withAnkle.length > 0);
    for (const v of withAnkle)
      assert.ok(
        v.record.coding.lines.some((l) => l.code === '98943'),
        v.id,
      );
  });

  test('passes every coding check of every visit, drafts included, with no error to override', async () => {
    for (const v of visits) {
      const problems = await visitCodingProblems(database.handle.db, clinicId, v);
      assert.deepEqual(
        problems.filter((p) => p.severity === 'error'),
        [],
        v.id,
      );
      assert.deepEqual(v.record.coding.overrides, [], v.id);
    }
  });

  test("dates every signature on the visit's day in the clinic's zone, minutes after the visit", () => {
    for (const v of signed()) {
      assert.ok(v.signedAt !== null && v.signedAt > v.visitAt, v.id);
      assert.equal(dateInZone(v.signedAt, zone), dateInZone(v.visitAt, zone), v.id);
    }
  });

  test('gives each episode the M99.0x of exactly the regions its visits treated, and a secondary diagnosis', () => {
    for (const episode of episodes.values()) {
      const treated = new Set(
        visits.filter((v) => v.episodeId === episode.id).flatMap((v) => m99(v.record.coding.diagnoses)),
      );
      const codes = episode.diagnoses.map((d) => d.code);
      assert.deepEqual(new Set(m99(codes)), treated, episode.id);
      assert.equal(codes.length - m99(codes).length, 1, episode.id);
    }
  });

  test('bills GA on the maintenance episode with an ABN dated on or before each visit (clinical-notes §1.4)', () => {
    // SOT-1003 (Olivia Tanaka) is in maintenance care with an ABN; three visits of Category I.
    const ga = byChart('SOT-1003');
    assert.equal(ga.length, 3);
    for (const v of ga) {
      const episode = episodes.get(v.episodeId ?? '');
      assert.ok(episode !== undefined);
      assert.equal(episode.phase, 'maintenance');
      assert.ok(episode.abnDate !== null && episode.abnDate <= dateInZone(v.visitAt, zone), v.id);
      assert.deepEqual(
        v.record.coding.lines.map((l) => [l.code, l.modifiers]),
        [
          ['98940', ['GA']],
          ['98943', []],
        ],
      );
    }
  });

  test('bills neither AT nor GA on the maintenance episode without an ABN', () => {
    // SOT-1008 (Elijah Brennan) is in maintenance care with no ABN on file.
    const visitsOf = byChart('SOT-1008');
    assert.equal(visitsOf.length, 3);
    for (const v of visitsOf) {
      assert.equal(episodes.get(v.episodeId ?? '')?.abnDate, null);
      const modifiers = v.record.coding.lines.flatMap((l) => l.modifiers);
      assert.ok(!modifiers.includes('AT') && !modifiers.includes('GA'), v.id);
      // Whatever the suggestion's hint says for maintenance without an ABN (none, or GZ) is what is billed.
      const hint = v.engine.coding?.modifier.code ?? null;
      assert.deepEqual(modifiers, hint === null ? [] : [hint], v.id);
    }
  });

  const thisWeek = (a: Appointment) => dateInZone(a.startAt, zone) <= '2026-12-04';
  const today = (a: Appointment) => dateInZone(a.startAt, zone) === '2026-12-01';

  test('books today for both practitioners, 10 to 16 appointments each', () => {
    const perPractitioner = new Map<string, number>();
    for (const a of week.filter(today))
      perPractitioner.set(a.practitionerId, (perPractitioner.get(a.practitionerId) ?? 0) + 1);
    assert.equal(perPractitioner.size, 2);
    for (const count of perPractitioner.values()) assert.ok(count >= 10 && count <= 16, String(count));
  });

  test('has a no-show and a cancellation with its reason this week', () => {
    assert.ok(week.filter(thisWeek).some((a) => a.status === 'no_show'));
    const cancelled = week.filter(thisWeek).filter((a) => a.status === 'cancelled');
    assert.ok(cancelled.length > 0);
    for (const a of cancelled) assert.ok((a.cancelReason ?? '') !== '', a.id);
  });

  test('books care-plan series, one of them with its re-examination', () => {
    const seriesIds = new Set(week.flatMap((a) => (a.seriesId === null ? [] : [a.seriesId])));
    assert.ok(seriesIds.size >= 20, String(seriesIds.size));
    assert.ok(week.some((a) => a.seriesId !== null && kindOf.get(a.typeId) === 're_exam'));
    assert.ok(week.some((a) => kindOf.get(a.typeId) === 'new_patient' && today(a)));
  });

  test('started this morning’s visits from their appointments, the earlier ones signed', async () => {
    const started = week.filter((a) => today(a) && a.visitId !== null);
    assert.ok(started.length >= 4, String(started.length));
    const statuses = new Set<string>();
    for (const a of started) {
      const visit = await visitRepository.findById(database.handle.db, clinicId, a.visitId ?? '');
      statuses.add(visit?.status ?? 'missing');
    }
    assert.deepEqual([...statuses].sort(), ['draft', 'signed']);
    assert.ok(week.some((a) => today(a) && a.status === 'booked'));
  });

  test('never overlaps two slot-holding appointments of a practitioner or a room', () => {
    const holding = week.filter((a) => a.status !== 'cancelled' && a.status !== 'no_show');
    for (const [i, a] of holding.entries())
      for (const b of holding.slice(i + 1)) {
        const overlap = a.startAt < b.endAt && b.startAt < a.endAt;
        if (!overlap) continue;
        assert.notEqual(a.practitionerId, b.practitionerId, `${a.id} ${b.id}`);
        if (a.roomId !== null) assert.notEqual(a.roomId, b.roomId, `${a.id} ${b.id}`);
      }
  });
});
