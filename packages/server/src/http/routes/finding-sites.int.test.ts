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
import type { EngineResult, Finding } from '@sotchart/engine';
import { buildApp } from '../../app';

interface VisitBody {
  readonly id: string;
  readonly version: number;
  readonly findings: Finding[];
  readonly engine: EngineResult;
  readonly error?: { code: string; details?: { path: string; message: string }[] };
}

interface Observation {
  readonly resourceType: string;
  readonly code: { coding: { code: string }[] };
  readonly bodySite?: { text?: string; coding?: { code: string }[] };
}

// Every site a practitioner examines is its own finding (REFERENCE §2, issue 18): both fossae, an
// occipital cell per side, each leg, two cranial structures, two TS points; and their post-checks.
const charted: Finding[] = [
  ...(screenAnswers() as Finding[]),
  { indicator: 'arm_fossa', phase: 'pre', side: 'R', site: { fossa: 'upper' }, positive: true },
  { indicator: 'arm_fossa', phase: 'pre', side: 'none', site: { fossa: 'lower' }, positive: false },
  { indicator: 'occipital_fibers', phase: 'pre', side: 'L', site: { line: 2, area: 5 }, grade: 2 },
  { indicator: 'occipital_fibers', phase: 'pre', side: 'R', site: { line: 2, area: 5 }, grade: 1 },
  { indicator: 'slr', phase: 'pre', side: 'L', degrees: 40, symptomReproduced: true },
  { indicator: 'slr', phase: 'pre', side: 'R', degrees: 80, symptomReproduced: false },
  {
    indicator: 'cranial_restriction',
    phase: 'pre',
    side: 'L',
    site: { structure: 'sphenoid' },
    positive: true,
  },
  {
    indicator: 'cranial_restriction',
    phase: 'pre',
    side: 'R',
    site: { structure: 'temporal' },
    positive: true,
  },
  { indicator: 'ts_point', phase: 'pre', side: 'L', site: { level: 'T4', structure: 'A' }, positive: true },
  { indicator: 'ts_point', phase: 'pre', side: 'R', site: { level: 'T9', structure: 'B' }, positive: true },
  { indicator: 'arm_fossa', phase: 'post', side: 'none', site: { fossa: 'upper' }, positive: false },
  {
    indicator: 'cranial_restriction',
    phase: 'post',
    side: 'none',
    site: { structure: 'sphenoid' },
    positive: false,
  },
  { indicator: 'occipital_fibers', phase: 'post', side: 'L', site: { line: 2, area: 5 }, grade: 0 },
];

for (const dialect of dialects) {
  describe(`findings at several sites and sides on ${dialect}`, () => {
    let database: TestDatabase;
    let app: FastifyInstance;
    let api: ApiCall;
    let patientId: string;
    let visit: VisitBody;

    before(async () => {
      database = await freshDatabase(dialect);
      app = await buildApp(testAppOptions(database.handle));
      api = apiClient(app, (await signIn(app, { role: 'owner' })).headers);
      patientId = (await api<{ id: string }>('POST', '/api/patients', patientInput())).body.id;
      const opened = await api<VisitBody>('POST', `/api/patients/${patientId}/visits`, {
        visitAt: '2026-03-03T15:00:00Z',
        type: 'follow_up',
      });
      const saved = await api<VisitBody>('PATCH', `/api/visits/${opened.body.id}`, {
        version: opened.body.version,
        findings: charted,
      });
      assert.equal(saved.status, 200, JSON.stringify(saved.body.error));
      visit = saved.body;
    });
    after(async () => {
      await app.close();
      await database.drop();
    });

    test('stores each site and side as its own finding and reads them back as charted', async () => {
      const read = await api<VisitBody>('GET', `/api/visits/${visit.id}`);
      assert.deepEqual(read.body.findings, charted);
    });

    test('verifies each site on its own: the upper fossa and the sphenoid cleared, the left cell side cleared', () => {
      const change = (indicator: string, site: string, side: string | null) =>
        visit.engine.verification.items.find(
          (i) =>
            i.indicator === indicator &&
            JSON.stringify(i.site ?? {}) === site &&
            (side === null || i.side === side),
        )?.change;
      assert.equal(change('arm_fossa', '{"fossa":"upper"}', 'R'), 'cleared');
      assert.equal(change('arm_fossa', '{"fossa":"lower"}', 'R'), 'not_rechecked');
      assert.equal(change('cranial_restriction', '{"structure":"sphenoid"}', 'L'), 'cleared');
      assert.equal(change('cranial_restriction', '{"structure":"temporal"}', 'R'), 'not_rechecked');
      assert.equal(change('occipital_fibers', '{"line":2,"area":5}', 'L'), 'cleared');
      assert.equal(change('occipital_fibers', '{"line":2,"area":5}', 'R'), 'not_rechecked');
    });

    test('exports one FHIR Observation per finding, a per-side one with its laterality in bodySite', async () => {
      const bundle = await api<{ entry: { resource: Observation }[] }>(
        'GET',
        `/api/patients/${patientId}/exports/fhir`,
      );
      const observations = (indicator: string) =>
        bundle.body.entry
          .map((e) => e.resource)
          .filter((r) => r.resourceType === 'Observation' && r.code.coding.some((c) => c.code === indicator));
      assert.equal(observations('ts_point').length, 2);
      assert.equal(observations('cranial_restriction').length, 3);
      const cells = observations('occipital_fibers');
      assert.deepEqual(cells.map((o) => [o.bodySite?.text, o.bodySite?.coding?.map((c) => c.code)]).sort(), [
        ['occipital line 2, area 5, left', ['7771000']],
        ['occipital line 2, area 5, left', ['7771000']],
        ['occipital line 2, area 5, right', ['24028007']],
      ]);
    });

    test('refuses a per-side finding for both sides and two findings with one key, keeping what was stored', async () => {
      const before = await api<VisitBody>('GET', `/api/visits/${visit.id}`);
      const bothLegs = await api<VisitBody>('PATCH', `/api/visits/${visit.id}`, {
        version: before.body.version,
        findings: [
          ...charted.filter((f) => f.indicator !== 'slr'),
          { indicator: 'slr', phase: 'pre', side: 'bilateral', degrees: 40, symptomReproduced: true },
        ],
      });
      assert.equal(bothLegs.status, 400);
      assert.deepEqual(
        bothLegs.body.error?.details?.map((d) => d.path),
        [`findings.${charted.length - 2}.side`],
      );
      const twice = await api<VisitBody>('PATCH', `/api/visits/${visit.id}`, {
        version: before.body.version,
        findings: [
          ...charted,
          {
            indicator: 'ts_point',
            phase: 'pre',
            side: 'R',
            site: { level: 'T4', structure: 'A' },
            positive: true,
          },
        ],
      });
      assert.equal(twice.status, 400);
      assert.deepEqual(
        twice.body.error?.details?.map((d) => d.path),
        [`findings.${charted.length}.site`],
      );
      const after = await api<VisitBody>('GET', `/api/visits/${visit.id}`);
      assert.equal(after.body.version, before.body.version);
      assert.deepEqual(after.body.findings, charted);
    });
  });
}
