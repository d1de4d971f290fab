import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import {
  EpisodeSchema,
  ProtocolStateSchema,
  VisitSchema,
  codingFromSuggestion,
  engineInputOf,
  type Visit,
} from '@sotchart/contract';
import { runEngine, type CodingSuggestion } from '@sotchart/engine';
import {
  apiClient,
  dialects,
  freshDatabase,
  patientInput,
  signIn,
  testAppOptions,
  type ApiCall,
  type SignedInUser,
  type TestDatabase,
} from '@sotchart/test-support';
import { buildApp } from '../app';
import { categoryTwoFindings } from '../interop/interop-fixtures';
import { extractPdfText } from '../reports/extract-pdf-text';
import { gatherVisitNote } from './gather-visit-note';

/** The codes a suggestion names, for comparing one place's suggestion with another's. */
const codesOf = (s: CodingSuggestion | null) =>
  s === null
    ? null
    : {
        diagnoses: s.diagnoses.map((d) => d.code),
        procedures: s.procedures.map((p) => p.code),
        modifier: s.modifier.code,
      };

const blocks = [
  { side: 'R', landmark: 'iliac_crest', minutes: 4 },
  { side: 'L', landmark: 'trochanter', minutes: 4 },
];

/**
 * Visits that need every kind of treatment the suggestion codes: hand and instrument adjustments,
 * blocking (IL), cranial work (head) and extremity joints (extraspinal regions), in active care and in
 * maintenance care with an ABN. Expected codes by clinical-notes §1.4–1.6.
 */
const cases = [
  {
    name: 'L5 by hand, T4 by instrument, blocking, cranial, knee and shoulder (active care)',
    episode: 'active',
    treatment: {
      blocks,
      adjustments: [{ segment: 'L5', technique: 'Drop table' }],
      instrument: [{ device: 'Impulse', force: 2, thrust: 'single', segment: 'T4' }],
      cranial: [{ structure: 'temporal', breathPhase: 'inspiration' }],
      extremity: [
        { joint: 'knee', side: 'L' },
        { joint: 'shoulder', side: 'R' },
      ],
    },
    part: [
      { segment: 'L5', letters: ['P', 'R'] },
      { segment: 'T4', letters: ['R', 'T'] },
      { segment: 'IL', letters: ['A', 'T'] },
    ],
    expected: {
      diagnoses: ['M99.02', 'M99.03', 'M99.05', 'M99.00', 'M99.06', 'M99.07'],
      procedures: ['98941', '98943'],
      modifier: 'AT',
    },
  },
  {
    name: 'C1 by hand, SA by instrument, blocking and the TMJ (maintenance care, ABN on file)',
    episode: 'maintenance',
    treatment: {
      blocks,
      adjustments: [{ segment: 'C1', technique: 'Occipital fibre' }],
      instrument: [{ device: 'Activator', force: 1, thrust: 'single', segment: 'SA' }],
      extremity: [{ joint: 'TMJ', side: 'R' }],
    },
    part: [
      { segment: 'C1', letters: ['P', 'A'] },
      { segment: 'SA', letters: ['A', 'R'] },
      { segment: 'IL', letters: ['A', 'T'] },
    ],
    expected: {
      diagnoses: ['M99.01', 'M99.04', 'M99.05', 'M99.00'],
      procedures: ['98941', '98943'],
      modifier: 'GA',
    },
  },
  {
    name: 'the ankle only, and an instrument thrust at no segment (active care)',
    episode: 'active',
    treatment: {
      extremity: [{ joint: 'ankle', side: 'R' }],
      instrument: [{ device: 'Impulse', force: 1, thrust: 'single' }],
    },
    part: [],
    expected: { diagnoses: ['M99.06'], procedures: ['98943'], modifier: null },
  },
] as const;

for (const dialect of dialects) {
  describe(`one coding suggestion for the screen, the note, the superbill and FHIR on ${dialect}`, () => {
    let database: TestDatabase;
    let app: FastifyInstance;
    let owner: SignedInUser;
    let api: ApiCall;
    let patientId: string;
    const episodeIds = new Map<string, string>();

    const getVisit = async (id: string): Promise<Visit> =>
      VisitSchema.parse((await api('GET', `/api/visits/${id}`)).body);

    /** The screen's suggestion: what the web's live engine computes from the draft it holds. */
    const screenSuggestion = async (visit: Visit) => {
      const protocol = ProtocolStateSchema.parse((await api('GET', '/api/protocol')).body);
      const episodes = EpisodeSchema.array().parse(
        (await api('GET', `/api/patients/${patientId}/episodes`)).body,
      );
      const episode = episodes.find((e) => e.id === visit.episodeId) ?? null;
      return runEngine(engineInputOf(visit, episode), protocol.effective).coding;
    };

    const noteSuggestion = async (visit: Visit) =>
      (await gatherVisitNote(database.handle.db, owner.clinicId, visit, { freeze: null })).visit.engine
        .coding;

    before(async () => {
      database = await freshDatabase(dialect);
      app = await buildApp(testAppOptions(database.handle));
      owner = await signIn(app, { role: 'owner' });
      api = apiClient(app, owner.headers);
      const patient = await api<{ id: string }>('POST', '/api/patients', patientInput());
      assert.equal(patient.status, 201, JSON.stringify(patient.body));
      patientId = patient.body.id;
      for (const phase of ['active', 'maintenance'] as const) {
        const episode = await api<{ id: string }>('POST', `/api/patients/${patientId}/episodes`, {
          startDate: '2026-02-02',
          complaint: 'Low back pain',
          onset: phase === 'active' ? 'acute' : 'chronic',
          phase,
          // The ABN is signed before the maintenance visits.
          abnDate: phase === 'maintenance' ? '2026-02-02' : null,
        });
        assert.equal(episode.status, 201, JSON.stringify(episode.body));
        episodeIds.set(phase, episode.body.id);
      }
    });
    after(async () => {
      await app.close();
      await database.drop();
    });

    for (const c of cases) {
      test(`suggests ${c.expected.procedures.join(' + ')} everywhere for ${c.name}`, async () => {
        const created = await api<{ id: string; version: number }>(
          'POST',
          `/api/patients/${patientId}/visits`,
          { episodeId: episodeIds.get(c.episode), visitAt: '2026-02-10T15:00:00.000Z', type: 'follow_up' },
        );
        assert.equal(created.status, 201, JSON.stringify(created.body));
        const id = created.body.id;
        const saved = await api<{ version: number }>('PATCH', `/api/visits/${id}`, {
          version: created.body.version,
          findings: categoryTwoFindings,
          record: { treatment: c.treatment, part: c.part },
        });
        assert.equal(saved.status, 200, JSON.stringify(saved.body));

        const draft = await getVisit(id);
        const screen = await screenSuggestion(draft);
        assert.deepEqual(codesOf(screen), c.expected);
        assert.deepEqual(draft.engine.coding, screen, 'the stored suggestion is the screen’s');
        assert.deepEqual(await noteSuggestion(draft), screen, 'the note’s suggestion is the screen’s');

        // The practitioner confirms the suggestion (with a secondary diagnosis beside a spinal CMT) and
        // signs; the signed visit keeps the suggestion.
        assert.ok(screen !== null);
        const spinal = c.expected.procedures[0] !== '98943';
        const confirmed = codingFromSuggestion(screen, spinal ? ['M54.50'] : []);
        const coded = await api<{ version: number }>('PATCH', `/api/visits/${id}`, {
          version: saved.body.version,
          record: { ...draft.record, coding: confirmed },
        });
        assert.equal(coded.status, 200, JSON.stringify(coded.body));
        const signed = await api('POST', `/api/visits/${id}/sign`, {
          version: coded.body.version,
          attest: true,
        });
        assert.equal(signed.status, 200, JSON.stringify(signed.body));
        const visit = await getVisit(id);
        assert.deepEqual(visit.engine.coding, screen);
        assert.deepEqual(await noteSuggestion(visit), screen);

        const superbill = await app.inject({
          method: 'GET',
          url: `/api/visits/${id}/superbill.pdf`,
          headers: owner.headers,
        });
        assert.equal(superbill.statusCode, 200, superbill.body);
        const text = (await extractPdfText(superbill.rawPayload)).text;
        for (const code of [
          ...c.expected.diagnoses,
          ...c.expected.procedures,
          ...(c.expected.modifier ?? []),
        ])
          assert.ok(text.includes(code), `the superbill misses ${code}: ${text}`);

        const bundle = await api<{ entry: { resource: FhirResource }[] }>(
          'GET',
          `/api/patients/${patientId}/exports/fhir`,
        );
        assert.equal(bundle.status, 200);
        const ofVisit = bundle.body.entry
          .map((e) => e.resource)
          .filter((r) => r.encounter?.reference === `urn:uuid:${id}`);
        const billed = ofVisit
          .filter(
            (r) =>
              r.resourceType === 'Procedure' &&
              r.code?.coding?.[0]?.system === 'http://www.ama-assn.org/go/cpt',
          )
          .map((r) => [r.code?.coding?.[0]?.code, (r.extension ?? []).map((x) => x.valueCoding?.code)]);
        assert.deepEqual(
          billed,
          c.expected.procedures.map((code, i) => [
            code,
            i === 0 && c.expected.modifier !== null ? [c.expected.modifier] : [],
          ]),
        );
        const diagnosed = ofVisit
          .filter((r) => r.resourceType === 'Condition')
          .map((r) => r.code?.coding?.[0]?.code)
          .filter((code) => code?.startsWith('M99.'));
        assert.deepEqual(diagnosed, c.expected.diagnoses);
      });
    }

    test('follows the episode turned to maintenance with an ABN after the draft was saved, then keeps what was signed', async () => {
      const episode = await api<{ id: string; version: number }>(
        'POST',
        `/api/patients/${patientId}/episodes`,
        { startDate: '2026-03-02', complaint: 'Neck pain', onset: 'chronic' },
      );
      const created = await api<{ id: string; version: number }>(
        'POST',
        `/api/patients/${patientId}/visits`,
        {
          episodeId: episode.body.id,
          visitAt: '2026-03-10T15:00:00.000Z',
          type: 'follow_up',
        },
      );
      const id = created.body.id;
      const [first] = cases;
      const saved = await api<{ version: number }>('PATCH', `/api/visits/${id}`, {
        version: created.body.version,
        findings: categoryTwoFindings,
        record: { treatment: first.treatment, part: first.part },
      });
      assert.equal(saved.status, 200, JSON.stringify(saved.body));
      assert.equal((await getVisit(id)).engine.coding?.modifier.code, 'AT');

      const changed = await api<{ version: number }>('PATCH', `/api/episodes/${episode.body.id}`, {
        version: episode.body.version,
        phase: 'maintenance',
        abnDate: '2026-03-02',
      });
      assert.equal(changed.status, 200, JSON.stringify(changed.body));
      const draft = await getVisit(id);
      const screen = await screenSuggestion(draft);
      assert.equal(screen?.modifier.code, 'GA');
      assert.deepEqual(draft.engine.coding, screen);
      assert.deepEqual(await noteSuggestion(draft), screen);

      const signed = await api('POST', `/api/visits/${id}/sign`, { version: draft.version, attest: true });
      assert.equal(signed.status, 200, JSON.stringify(signed.body));
      // Care turned back to active after signing: the signed visit keeps the suggestion it was signed with.
      const back = await api('PATCH', `/api/episodes/${episode.body.id}`, {
        version: changed.body.version,
        phase: 'active',
      });
      assert.equal(back.status, 200, JSON.stringify(back.body));
      assert.deepEqual((await getVisit(id)).engine.coding, screen);
    });
  });
}

/** The parts of a FHIR resource this test reads. */
interface FhirResource {
  readonly resourceType: string;
  readonly encounter?: { readonly reference?: string };
  readonly code?: { readonly coding?: readonly { readonly system?: string; readonly code?: string }[] };
  readonly extension?: readonly { readonly valueCoding?: { readonly code?: string } }[];
}
