import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import {
  apiClient,
  dialects,
  freshDatabase,
  patientInput,
  screenAnswers,
  signIn,
  testAppOptions,
  type ApiCall,
  type TestDatabase,
} from '@sotchart/test-support';
import type { EngineResult } from '@sotchart/engine';
import { buildApp } from '../../app';

type Engine = EngineResult;
type Body = Record<string, unknown> & {
  error?: { code: string; details?: { path: string }[] };
  current?: Record<string, unknown>;
};

const noRedFlags = screenAnswers();

/** A Category II pre-check (arm–fossa positive on the right, REFERENCE §2–3) cleared at the post-check. */
const categoryTwo = [
  ...noRedFlags,
  { indicator: 'arm_fossa', phase: 'pre', side: 'R', site: { fossa: 'upper' }, positive: true },
  { indicator: 'inguinal_tenderness', phase: 'pre', side: 'R', positive: true },
  { indicator: 'leg_check', phase: 'pre', side: 'L', mm: 5 },
  { indicator: 'arm_fossa', phase: 'post', side: 'none', site: { fossa: 'upper' }, positive: false },
];

for (const dialect of dialects) {
  describe(`records API on ${dialect}`, () => {
    let database: TestDatabase;
    let app: FastifyInstance;
    let api: ApiCall;
    let patientId: string;

    before(async () => {
      database = await freshDatabase(dialect);
      app = await buildApp(testAppOptions(database.handle));
      const owner = await signIn(app, { role: 'owner' });
      api = apiClient(app, owner.headers);
      const created = await api<Body>('POST', '/api/patients', patientInput());
      assert.equal(created.status, 201);
      patientId = created.body.id as string;
    });
    after(async () => {
      await app.close();
      await database.drop();
    });

    test('creates a patient and reads it back', async () => {
      const res = await api<Body>('GET', `/api/patients/${patientId}`);
      assert.equal(res.status, 200);
      assert.equal(res.body.familyName, 'Lovelace');
      assert.equal(res.body.version, 1);
      assert.equal(res.body.history, undefined, 'the history has its own route');
      const history = await api<Body>('GET', `/api/patients/${patientId}/history`);
      assert.deepEqual(history.body.history, {
        conditions: [],
        surgeries: [],
        medications: [],
        allergies: [],
      });
    });

    test('refuses a chart number already used in the clinic, naming the field', async () => {
      const res = await api<Body>('POST', '/api/patients', patientInput({ givenName: 'Other' }));
      assert.equal(res.status, 400);
      assert.equal(res.body.error?.code, 'VALIDATION_FAILED');
      assert.deepEqual(
        res.body.error?.details?.map((d) => d.path),
        ['chartNumber'],
      );
    });

    test('names every bad field of a new patient', async () => {
      const res = await api<Body>('POST', '/api/patients', {
        chartNumber: '',
        givenName: 'X',
        dateOfBirth: '1980-02-30',
        sex: 'x',
      });
      assert.equal(res.status, 400);
      assert.deepEqual(res.body.error?.details?.map((d) => d.path).sort(), [
        'chartNumber',
        'dateOfBirth',
        'familyName',
        'sex',
      ]);
    });

    test('a stale patient update gets VERSION_CONFLICT with the current record and changes nothing', async () => {
      const first = await api<Body>('PATCH', `/api/patients/${patientId}`, {
        version: 1,
        occupation: 'mathematician',
      });
      assert.equal(first.status, 200);
      assert.equal(first.body.version, 2);
      const stale = await api<Body>('PATCH', `/api/patients/${patientId}`, {
        version: 1,
        occupation: 'poet',
      });
      assert.equal(stale.status, 409);
      assert.equal(stale.body.error?.code, 'VERSION_CONFLICT');
      assert.equal(stale.body.current?.occupation, 'mathematician');
      assert.equal(stale.body.current?.version, 2);
      const stored = await api<Body>('GET', `/api/patients/${patientId}`);
      assert.equal(stored.body.occupation, 'mathematician');
    });

    test('searches by name prefix, chart number and date of birth, with cursor pagination', async () => {
      for (const [i, family] of ['Babbage', 'Baker', 'Banks', 'Barton', 'Bates'].entries()) {
        const res = await api(
          'POST',
          '/api/patients',
          patientInput({
            chartNumber: `S-${i}`,
            familyName: family,
            givenName: 'Sam',
            dateOfBirth: `1970-01-0${i + 1}`,
          }),
        );
        assert.equal(res.status, 201);
      }
      const page1 = await api<{ items: { familyName: string }[]; nextCursor: string | null }>(
        'GET',
        '/api/patients?q=ba&limit=2',
      );
      assert.equal(page1.status, 200);
      assert.deepEqual(
        page1.body.items.map((p) => p.familyName),
        ['Babbage', 'Baker'],
      );
      assert.ok(page1.body.nextCursor);
      const page2 = await api<{ items: { familyName: string }[]; nextCursor: string | null }>(
        'GET',
        `/api/patients?q=ba&limit=2&cursor=${page1.body.nextCursor}`,
      );
      assert.deepEqual(
        page2.body.items.map((p) => p.familyName),
        ['Banks', 'Barton'],
      );
      const page3 = await api<{ items: { familyName: string }[]; nextCursor: string | null }>(
        'GET',
        `/api/patients?q=ba&limit=2&cursor=${page2.body.nextCursor}`,
      );
      assert.deepEqual(
        page3.body.items.map((p) => p.familyName),
        ['Bates'],
      );
      assert.equal(page3.body.nextCursor, null);
      const byChart = await api<{ items: { chartNumber: string }[] }>('GET', '/api/patients?q=S-3');
      assert.deepEqual(
        byChart.body.items.map((p) => p.chartNumber),
        ['S-3'],
      );
      const byDob = await api<{ items: { familyName: string }[] }>('GET', '/api/patients?q=1970-01-02');
      assert.deepEqual(
        byDob.body.items.map((p) => p.familyName),
        ['Baker'],
      );
      const byGiven = await api<{ items: unknown[] }>('GET', '/api/patients?q=sam&limit=10');
      assert.equal(byGiven.body.items.length, 5);
      const badCursor = await api<Body>('GET', '/api/patients?cursor=nonsense');
      assert.equal(badCursor.status, 400);
      assert.deepEqual(
        badCursor.body.error?.details?.map((d) => d.path),
        ['query.cursor'],
      );
    });

    test('finds a patient by any word of the name, in either order, and by the new name after a rename', async () => {
      const created = await api<Body>(
        'POST',
        '/api/patients',
        patientInput({ chartNumber: 'W-1', familyName: 'de la Cruz', givenName: 'Ana-Maria' }),
      );
      assert.equal(created.status, 201);
      const found = async (q: string) =>
        (
          await api<{ items: { chartNumber: string }[] }>('GET', `/api/patients?q=${encodeURIComponent(q)}`)
        ).body.items
          .map((p) => p.chartNumber)
          .includes('W-1');
      for (const q of ['cruz', 'la cr', 'de la cruz ana', 'ana-maria de', 'maria', 'w-1', '  CRUZ  ']) {
        assert.equal(await found(q), true, q);
      }
      for (const q of ['ruz', 'anacruz', 'w-2']) assert.equal(await found(q), false, q);
      const renamed = await api<Body>('PATCH', `/api/patients/${created.body.id as string}`, {
        version: 1,
        familyName: 'Okafor',
      });
      assert.equal(renamed.status, 200);
      assert.equal(await found('okafor ana'), true);
      assert.equal(await found('cruz'), false);
    });

    test('pages through a query each patient matches at several keys, listing every patient once', async () => {
      const names = [
        ['Samson', 'Sam'],
        ['Sams', 'Samira'],
        ['Abbot', 'Sammy'],
        ['Samuels', 'Ann'],
        ['Le Sam', 'Eve'],
      ] as const;
      for (const [i, [familyName, givenName]] of names.entries()) {
        const res = await api(
          'POST',
          '/api/patients',
          patientInput({ chartNumber: `K-${i}`, familyName, givenName }),
        );
        assert.equal(res.status, 201);
      }
      const seen: string[] = [];
      let cursor = '';
      for (let pages = 0; pages < 10; pages += 1) {
        const res = await api<{ items: { familyName: string }[]; nextCursor: string | null }>(
          'GET',
          `/api/patients?q=sam&limit=2${cursor === '' ? '' : `&cursor=${cursor}`}`,
        );
        assert.equal(res.status, 200);
        seen.push(...res.body.items.map((p) => p.familyName));
        if (res.body.nextCursor === null) break;
        cursor = res.body.nextCursor;
      }
      // Each at its first matching key: "sam" (Samson's given name, then Le Sam's last word; ties go by id),
      // "samira", "sammy", "samuels".
      assert.deepEqual(
        seen.filter((f) => names.some(([n]) => n === f)),
        ['Samson', 'Le Sam', 'Sams', 'Abbot', 'Samuels'],
      );
    });

    test('archives a patient, who then leaves the default search', async () => {
      const created = await api<Body>(
        'POST',
        '/api/patients',
        patientInput({ chartNumber: 'ARC-1', familyName: 'Zephyr' }),
      );
      const archived = await api<Body>('POST', `/api/patients/${created.body.id as string}/archive`, {
        version: 1,
      });
      assert.equal(archived.status, 200);
      assert.equal(archived.body.archived, true);
      const search = await api<{ items: unknown[] }>('GET', '/api/patients?q=zephyr');
      assert.equal(search.body.items.length, 0);
      const withArchived = await api<{ items: unknown[] }>(
        'GET',
        '/api/patients?q=zephyr&includeArchived=true',
      );
      assert.equal(withArchived.body.items.length, 1);
    });

    test('records consents and imaging studies', async () => {
      const consent = await api<Body>('POST', `/api/patients/${patientId}/consents`, {
        type: 'sot_blocking',
        date: '2026-03-01',
        signedBy: 'Ada Lovelace',
      });
      assert.equal(consent.status, 201);
      const consents = await api<Body[]>('GET', `/api/patients/${patientId}/consents`);
      assert.deepEqual(
        consents.body.map((c) => c.type),
        ['sot_blocking'],
      );
      const imaging = await api<Body>('POST', `/api/patients/${patientId}/imaging`, {
        date: '2026-02-20',
        type: 'xray',
        region: 'lumbopelvic',
        summary: 'Mild L5 disc space narrowing.',
      });
      assert.equal(imaging.status, 201);
      const studies = await api<Body[]>('GET', `/api/patients/${patientId}/imaging`);
      assert.deepEqual(
        studies.body.map((s) => s.date),
        ['2026-02-20'],
      );
    });

    test('keeps an episode with its plan, goals and diagnoses, and versions its updates', async () => {
      const created = await api<Body>('POST', `/api/patients/${patientId}/episodes`, {
        startDate: '2026-03-01',
        complaint: 'Low back pain',
        onset: 'subacute',
        plan: {
          visitsPerWeek: 2,
          durationWeeks: 4,
          goals: [{ description: 'Sit through work', target: '8 hours', targetDate: '2026-04-01' }],
        },
        diagnoses: [{ code: 'm99.03', region: 'lumbar', rank: 1 }],
      });
      assert.equal(created.status, 201);
      assert.deepEqual(created.body.diagnoses, [
        { code: 'M99.03', region: 'lumbar', rank: 1, onsetDate: null },
      ]);
      const id = created.body.id as string;
      const updated = await api<Body>('PATCH', `/api/episodes/${id}`, {
        version: 1,
        phase: 'maintenance',
        abnDate: '2026-05-01',
      });
      assert.equal(updated.status, 200);
      assert.equal(updated.body.phase, 'maintenance');
      const stale = await api<Body>('PATCH', `/api/episodes/${id}`, { version: 1, phase: 'active' });
      assert.equal(stale.status, 409);
      assert.equal(stale.body.current?.phase, 'maintenance');
      const list = await api<Body[]>('GET', `/api/patients/${patientId}/episodes`);
      assert.equal(list.body.length, 1);
    });

    test('charts a Category II visit: the server computes the analysis, ignores a sent one, and verifies post', async () => {
      const visit = await api<Body>('POST', `/api/patients/${patientId}/visits`, {
        visitAt: '2026-03-02T15:00:00Z',
        type: 'new_patient',
      });
      assert.equal(visit.status, 201);
      const id = visit.body.id as string;
      assert.equal((visit.body.engine as Engine).analysis.category, 'undetermined');
      const saved = await api<Body>('PATCH', `/api/visits/${id}`, {
        version: 1,
        pain: 6,
        findings: categoryTwo,
        analysis: { category: 'I' },
      });
      assert.equal(saved.status, 200);
      const engine = saved.body.engine as Engine;
      const analysis = engine.analysis;
      assert.equal(analysis.category, 'II');
      assert.equal(analysis.side, 'R');
      assert.equal(analysis.level, 'supported');
      const plan = engine.plan as NonNullable<Engine['plan']>;
      assert.equal(plan.position, 'supine');
      assert.deepEqual(
        plan.blocks.map((b) => [b.order, b.side]),
        [
          [1, 'R'],
          [2, 'L'],
        ],
      );
      // REFERENCE §9: per side, pack indicators only (the 12 screen answers are not items); the two
      // right-sided positives are the positives before treatment, one re-checked and cleared.
      assert.deepEqual(
        engine.verification.items.map((i) => [i.indicator, i.side, i.change]),
        [
          ['leg_check', null, 'not_rechecked'],
          ['arm_fossa', 'L', 'unchanged'],
          ['arm_fossa', 'R', 'cleared'],
          ['inguinal_tenderness', 'L', 'not_rechecked'],
          ['inguinal_tenderness', 'R', 'not_rechecked'],
        ],
      );
      assert.deepEqual(engine.verification.summary, {
        cleared: 1,
        improved: 0,
        unchanged: 1,
        worse: 0,
        side_changed: 0,
        new: 0,
        not_rechecked: 2,
        positivePre: 3,
        positiveCleared: 1,
        negativeNotRechecked: 1,
      });
      assert.equal(engine.packRef, 'sot-standard@1.1.0');
      assert.equal(engine.engineVersion, '2.0.0');
      const read = await api<Body>('GET', `/api/visits/${id}`);
      assert.equal((read.body.findings as unknown[]).length, categoryTwo.length);

      const timeline = await api<{
        entries: {
          visitId: string;
          clinical?: {
            category: string;
            keyIndicators: { indicator: string; side: string | null; change: string }[];
          };
        }[];
      }>('GET', `/api/patients/${patientId}/timeline`);
      const entry = timeline.body.entries.find((e) => e.visitId === id);
      assert.equal(entry?.clinical?.category, 'II');
      assert.equal(
        entry?.clinical?.keyIndicators.find((k) => k.indicator === 'arm_fossa' && k.side === 'R')?.change,
        'cleared',
      );
    });

    test('reports bad findings by index and field', async () => {
      const visit = await api<Body>('POST', `/api/patients/${patientId}/visits`, {
        visitAt: '2026-03-03T15:00:00Z',
        type: 'follow_up',
      });
      const res = await api<Body>('PATCH', `/api/visits/${visit.body.id as string}`, {
        version: 1,
        findings: [
          { indicator: 'arm_fossa', phase: 'pre', side: 'none', positive: true },
          { indicator: 'no_such_test', phase: 'pre' },
        ],
      });
      assert.equal(res.status, 400);
      const paths = res.body.error?.details?.map((d) => d.path) ?? [];
      assert.ok(
        paths.some((p) => p.startsWith('findings.0')),
        paths.join(),
      );
      assert.ok(
        paths.some((p) => p.startsWith('findings.1')),
        paths.join(),
      );
    });

    test('signing freezes the visit; addenda keep their order', async () => {
      const visit = await api<Body>('POST', `/api/patients/${patientId}/visits`, {
        visitAt: '2026-03-04T15:00:00Z',
        type: 'follow_up',
      });
      const id = visit.body.id as string;
      const draftAddendum = await api<Body>('POST', `/api/visits/${id}/addenda`, { text: 'too early' });
      assert.equal(draftAddendum.status, 400);
      const saved = await api<Body>('PATCH', `/api/visits/${id}`, { version: 1, findings: categoryTwo });
      const signed = await api<Body>('POST', `/api/visits/${id}/sign`, {
        version: saved.body.version,
        attest: true,
      });
      assert.equal(signed.status, 200);
      assert.equal(signed.body.status, 'signed');
      const write = await api<Body>('PATCH', `/api/visits/${id}`, { version: signed.body.version, pain: 2 });
      assert.equal(write.status, 409);
      assert.equal(write.body.error?.code, 'VISIT_SIGNED');
      const again = await api<Body>('POST', `/api/visits/${id}/sign`, {
        version: signed.body.version,
        attest: true,
      });
      assert.equal(again.body.error?.code, 'VISIT_SIGNED');
      for (const text of ['first correction', 'second correction', 'third correction']) {
        assert.equal((await api('POST', `/api/visits/${id}/addenda`, { text })).status, 201);
      }
      const addenda = await api<{ seq: number; text: string }[]>('GET', `/api/visits/${id}/addenda`);
      assert.deepEqual(
        addenda.body.map((a) => [a.seq, a.text]),
        [
          [1, 'first correction'],
          [2, 'second correction'],
          [3, 'third correction'],
        ],
      );
    });

    test('a plan with a positive contraindication cannot be signed until the override reason is given', async () => {
      const visit = await api<Body>('POST', `/api/patients/${patientId}/visits`, {
        visitAt: '2026-03-05T15:00:00Z',
        type: 'follow_up',
      });
      const id = visit.body.id as string;
      const withCi = [...screenAnswers(['ci_pregnancy']), ...categoryTwo.slice(noRedFlags.length)];
      const saved = await api<Body>('PATCH', `/api/visits/${id}`, { version: 1, findings: withCi });
      assert.equal((saved.body.engine as Engine).plan?.overrideRequired, true);
      const refused = await api<Body>('POST', `/api/visits/${id}/sign`, {
        version: saved.body.version,
        attest: true,
      });
      assert.equal(refused.status, 422);
      assert.equal(refused.body.error?.code, 'OVERRIDE_REASON_REQUIRED');
      const reasoned = await api<Body>('PATCH', `/api/visits/${id}`, {
        version: saved.body.version,
        overrides: [
          {
            contraindication: 'ci_pregnancy',
            reason: 'Supine blocking with a wedge; obstetric clearance on file.',
          },
        ],
      });
      assert.equal((reasoned.body.engine as Engine).plan?.overrideRequired, false);
      const signed = await api<Body>('POST', `/api/visits/${id}/sign`, {
        version: reasoned.body.version,
        attest: true,
      });
      assert.equal(signed.status, 200);
    });

    test('refuses to sign until every screen item is answered, naming each missing one', async () => {
      const visit = await api<Body>('POST', `/api/patients/${patientId}/visits`, {
        visitAt: '2026-03-05T16:00:00Z',
        type: 'follow_up',
      });
      const id = visit.body.id as string;
      const partial = noRedFlags.filter((f) => f.indicator.startsWith('rf_'));
      const saved = await api<Body>('PATCH', `/api/visits/${id}`, { version: 1, findings: partial });
      const refused = await api<Body>('POST', `/api/visits/${id}/sign`, {
        version: saved.body.version,
        attest: true,
      });
      assert.equal(refused.status, 422);
      assert.equal(refused.body.error?.code, 'SCREEN_INCOMPLETE');
      assert.deepEqual(
        refused.body.error?.details?.map((d) => d.path),
        [
          'findings.ci_osteoporosis_or_bone_metastases',
          'findings.ci_hip_arthroplasty_or_acute_hip',
          'findings.ci_pregnancy',
          'findings.ci_anticoagulation_or_bleeding',
          'findings.ci_inflammatory_instability',
          'findings.ci_cannot_lie_prone_or_supine',
          'findings.ci_skin_lesion_at_block_site',
        ],
      );
      const unattested = await api<Body>('POST', `/api/visits/${id}/sign`, { version: saved.body.version });
      assert.equal(unattested.status, 400);
      assert.deepEqual(
        unattested.body.error?.details?.map((d) => d.path),
        ['attest'],
      );
      const read = await api<Body>('GET', `/api/visits/${id}`);
      assert.equal(read.body.status, 'draft');
    });

    test('a red flag stores only the referral; a recorded referral may raise the urgency, never lower it', async () => {
      const visit = await api<Body>('POST', `/api/patients/${patientId}/visits`, {
        visitAt: '2026-03-05T17:00:00Z',
        type: 'follow_up',
      });
      const id = visit.body.id as string;
      const findings = [
        ...screenAnswers(['rf_tumour_or_infection']),
        { indicator: 'anatomical_leg_difference', phase: 'pre', side: 'R', mm: 8 },
        { indicator: 'arm_fossa', phase: 'pre', side: 'R', site: { fossa: 'upper' }, positive: true },
      ];
      const saved = await api<Body>('PATCH', `/api/visits/${id}`, {
        version: 1,
        findings,
        record: { treatment: { adjustments: [{ segment: 'L5', technique: 'diversified' }] } },
      });
      const engine = saved.body.engine as Engine;
      assert.deepEqual(engine.analysis.referral?.flags, ['rf_tumour_or_infection']);
      assert.equal(engine.analysis.referral?.urgency, 'prompt');
      assert.equal(engine.plan, null);
      assert.deepEqual(engine.cmrt, []);
      assert.equal(engine.heelLift, null);
      assert.equal(engine.coding, null);
      const referral = { to: 'Dr. Lee, GP', method: 'phone', at: '2026-03-05T17:20:00Z' };
      const higher = await api<Body>('PATCH', `/api/visits/${id}`, {
        version: saved.body.version,
        record: { referral: { ...referral, urgency: 'urgent' } },
      });
      assert.equal(higher.status, 200);
      const emergency = [...screenAnswers(['rf_cauda_equina']), ...findings.slice(12)];
      const raised = await api<Body>('PATCH', `/api/visits/${id}`, {
        version: higher.body.version,
        findings: emergency,
      });
      assert.equal(raised.status, 400);
      assert.deepEqual(
        raised.body.error?.details?.map((d) => d.path),
        ['record.referral.urgency'],
      );
      const read = await api<Body>('GET', `/api/visits/${id}`);
      assert.equal((read.body.engine as Engine).analysis.referral?.urgency, 'prompt');
    });

    test('two saves of one draft sent at once: one 200 and one 409 holding the winner', async () => {
      const visit = await api<Body>('POST', `/api/patients/${patientId}/visits`, {
        visitAt: '2026-03-06T15:00:00Z',
        type: 'follow_up',
      });
      const id = visit.body.id as string;
      const [a, b] = await Promise.all([
        api<Body>('PATCH', `/api/visits/${id}`, { version: 1, chiefComplaint: 'from tablet A' }),
        api<Body>('PATCH', `/api/visits/${id}`, { version: 1, chiefComplaint: 'from laptop B' }),
      ]);
      const statuses = [a.status, b.status].sort();
      assert.deepEqual(statuses, [200, 409]);
      const winner = a.status === 200 ? a : b;
      const loser = a.status === 200 ? b : a;
      assert.equal(loser.body.error?.code, 'VERSION_CONFLICT');
      assert.equal(loser.body.current?.chiefComplaint, winner.body.chiefComplaint);
      assert.equal(loser.body.current?.version, 2);
    });

    test('concurrent addenda all land, numbered without gaps', async () => {
      const visit = await api<Body>('POST', `/api/patients/${patientId}/visits`, {
        visitAt: '2026-03-07T15:00:00Z',
        type: 'follow_up',
      });
      const id = visit.body.id as string;
      const saved = await api<Body>('PATCH', `/api/visits/${id}`, { version: 1, findings: noRedFlags });
      const signed = await api<Body>('POST', `/api/visits/${id}/sign`, {
        version: saved.body.version,
        attest: true,
      });
      assert.equal(signed.status, 200);
      const results = await Promise.all(
        [1, 2, 3, 4, 5].map((n) => api('POST', `/api/visits/${id}/addenda`, { text: `note ${n}` })),
      );
      assert.deepEqual(
        results.map((r) => r.status),
        [201, 201, 201, 201, 201],
      );
      const addenda = await api<{ seq: number; text: string }[]>('GET', `/api/visits/${id}/addenda`);
      assert.deepEqual(
        addenda.body.map((a) => a.seq),
        [1, 2, 3, 4, 5],
      );
      assert.deepEqual(addenda.body.map((a) => a.text).sort(), [
        'note 1',
        'note 2',
        'note 3',
        'note 4',
        'note 5',
      ]);
    });

    test('two patients created at once with one chart number: one 201, one 400 naming chartNumber', async () => {
      const [a, b] = await Promise.all([
        api<Body>('POST', '/api/patients', patientInput({ chartNumber: 'RACE-1' })),
        api<Body>('POST', '/api/patients', patientInput({ chartNumber: 'RACE-1' })),
      ]);
      assert.deepEqual([a.status, b.status].sort(), [201, 400]);
      const loser = a.status === 400 ? a : b;
      assert.deepEqual(
        loser.body.error?.details?.map((d) => d.path),
        ['chartNumber'],
      );
    });

    test('round-trips the protocol pack: override, revision, effective pack, stale write', async () => {
      const initial = await api<Body>('GET', '/api/protocol');
      assert.equal(initial.body.revision, 0);
      assert.equal(initial.body.override, null);
      assert.equal((initial.body.effective as { packRef: string }).packRef, 'sot-standard@1.1.0');
      const bad = await api<Body>('PUT', '/api/protocol', { version: 0, override: { priority: 'sideways' } });
      assert.equal(bad.status, 400);
      assert.ok(bad.body.error?.details?.every((d) => d.path.startsWith('override')));
      const put = await api<Body>('PUT', '/api/protocol', { version: 0, override: { priority: 'ii_first' } });
      assert.equal(put.status, 200, JSON.stringify(put.body));
      assert.equal(put.body.revision, 1);
      assert.equal((put.body.effective as { packRef: string }).packRef, 'sot-standard@1.1.0+clinic.r1');
      const stale = await api<Body>('PUT', '/api/protocol', {
        version: 0,
        override: { priority: 'iii_ii_i' },
      });
      assert.equal(stale.status, 409);
      assert.equal((stale.body.current as { revision: number }).revision, 1);
      const read = await api<Body>('GET', '/api/protocol');
      assert.equal(read.body.revision, 1);
    });

    test('analyzes findings without saving anything', async () => {
      const res = await api<Body>('POST', '/api/analyze', { findings: categoryTwo });
      assert.equal(res.status, 200);
      assert.equal((res.body as unknown as Engine).analysis.category, 'II');
      const bad = await api<Body>('POST', '/api/analyze', { findings: [{ indicator: 'slr' }] });
      assert.equal(bad.status, 400);
    });

    test('reads and updates the clinic settings with versions', async () => {
      const clinic = await api<Body>('GET', '/api/clinic');
      assert.equal(clinic.status, 200);
      const updated = await api<Body>('PATCH', '/api/clinic', {
        version: clinic.body.version,
        timeZone: 'America/Chicago',
      });
      assert.equal(updated.status, 200);
      assert.equal(updated.body.timeZone, 'America/Chicago');
      // The phone the patient handout prints (issue 21); an empty field clears it.
      const phoned = await api<Body>('PATCH', '/api/clinic', {
        version: updated.body.version,
        phone: ' (608) 555-0123 ',
      });
      assert.equal(phoned.body.phone, '(608) 555-0123');
      const cleared = await api<Body>('PATCH', '/api/clinic', { version: phoned.body.version, phone: '' });
      assert.equal(cleared.body.phone, null);
      const badZone = await api<Body>('PATCH', '/api/clinic', {
        version: cleared.body.version,
        timeZone: 'Mars/Olympus',
      });
      assert.deepEqual(
        badZone.body.error?.details?.map((d) => d.path),
        ['timeZone'],
      );
    });

    test('serves the OpenAPI document with every route', async () => {
      const res = await api<{ openapi: string; paths: Record<string, Record<string, unknown>> }>(
        'GET',
        '/api/openapi.json',
      );
      assert.equal(res.status, 200);
      assert.equal(res.body.openapi, '3.0.3');
      assert.ok(res.body.paths['/api/visits/{id}']?.patch);
      assert.ok(res.body.paths['/api/patients/{id}/timeline']?.get);
    });

    test('answers 413 to an oversized body and 415 to a body that is not JSON', async () => {
      const big = await app.inject({
        method: 'POST',
        url: '/api/patients',
        headers: {
          ...(await signIn(app, { role: 'practitioner' })).headers,
          'content-type': 'application/json',
        },
        payload: JSON.stringify(patientInput({ notes: 'x'.repeat(2_000_000) })),
      });
      assert.equal(big.statusCode, 413);
      const text = await app.inject({
        method: 'POST',
        url: '/api/patients',
        headers: { ...(await signIn(app, { role: 'practitioner' })).headers, 'content-type': 'text/plain' },
        payload: 'hello',
      });
      assert.equal(text.statusCode, 415);
    });
  });
}
