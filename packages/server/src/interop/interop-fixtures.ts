import assert from 'node:assert/strict';
import { screenAnswers, type ApiCall } from '@sotchart/test-support';

/** The red-flag and contraindication screen, every answer "no". */
export const noRedFlags = screenAnswers();

/** A Category II pre-check (arm–fossa positive on the right) cleared at the post-check: 16 findings (12 of them the screen). */
export const categoryTwoFindings = [
  ...noRedFlags,
  { indicator: 'arm_fossa', phase: 'pre', side: 'R', site: { fossa: 'upper' }, positive: true },
  {
    indicator: 'inguinal_tenderness',
    phase: 'pre',
    side: 'R',
    positive: true,
    note: 'tender, "sharp", 3/10',
  },
  { indicator: 'leg_check', phase: 'pre', side: 'L', mm: 5 },
  { indicator: 'arm_fossa', phase: 'post', side: 'none', site: { fossa: 'upper' }, positive: false },
];

/** A charted visit record: 2 blocks, 2 adjustments, CMRT, cranial, instrument, a muscle test, codes. */
export function chartedRecord(extra: { subjective?: string; technique?: string } = {}) {
  return {
    subjective: extra.subjective ?? 'Low back ache after gardening.',
    treatment: {
      blocks: [
        { side: 'R', landmark: 'iliac_crest', minutes: 4 },
        { side: 'L', landmark: 'trochanter', minutes: 4 },
      ],
      adjustments: [
        { segment: 'SA', technique: extra.technique ?? 'Category II sacroiliac blocking' },
        { segment: 'L5', technique: 'Drop table', listing: 'PRS' },
      ],
      cmrt: [{ level: 'T5', note: 'stomach reflex' }],
      cranial: [{ structure: 'temporal', breathPhase: 'inspiration' }],
      instrument: [{ device: 'Impulse', force: 2, thrust: 'single', segment: 'T4' }],
      muscleTests: [{ muscle: 'psoas', side: 'R', result: 'weak', phase: 'pre' }],
    },
    part: [
      { segment: 'SA', letters: ['P', 'A'] },
      { segment: 'L5', letters: ['P', 'R'] },
      { segment: 'IL', letters: ['A', 'T'] },
    ],
    assessment: 'Category II, improving.',
    homeCare: 'Walk daily.',
    // Sacral, lumbar, pelvic (blocking) and thoracic (the instrument at T4): 4 spinal regions, 98941. T4
    // has no PART letters, so the PART check is overridden with a reason, as a practitioner may.
    coding: {
      diagnoses: ['M99.05', 'M99.04', 'M99.03', 'M99.02', 'M54.50'],
      lines: [{ code: '98941', modifiers: ['AT'], pointers: [1, 2, 3, 4], units: 1 }],
      overrides: [
        { rule: 'part.documented', reason: 'T4 contact only; PART charted at the adjusted segments.' },
      ],
    },
  };
}

export interface ChartedPatient {
  readonly patientId: string;
  readonly episodeId: string;
  readonly signedVisitId: string;
  readonly draftVisitId: string;
  readonly addendumId: string;
}

type Body = Record<string, unknown>;

/**
 * A patient with history, an episode (2 diagnoses, a plan with one goal and a re-exam), a signed
 * Category II visit with treatment, confirmed codes and one addendum, an NPRS and an NDI questionnaire,
 * and an empty draft visit.
 */
export async function chartPatient(
  api: ApiCall,
  patient: Record<string, unknown>,
  options: { subjective?: string; technique?: string; findingNote?: string } = {},
): Promise<ChartedPatient> {
  const { notes, ...demographics } = patient;
  const created = await api<Body>('POST', '/api/patients', demographics);
  assert.equal(created.status, 201, JSON.stringify(created.body));
  const patientId = created.body.id as string;
  const history = await api<Body>('PATCH', `/api/patients/${patientId}/history`, {
    version: created.body.version,
    history: {
      conditions: ['Asthma'],
      surgeries: ['Appendectomy 2001'],
      medications: ['Ibuprofen'],
      allergies: ['Penicillin'],
    },
    ...(notes === undefined ? {} : { notes }),
  });
  assert.equal(history.status, 200, JSON.stringify(history.body));
  const episode = await api<Body>('POST', `/api/patients/${patientId}/episodes`, {
    startDate: '2026-02-02',
    complaint: 'Low back pain',
    onset: 'acute',
    abnDate: '2026-02-02',
    plan: {
      visitsPerWeek: 2,
      durationWeeks: 6,
      goals: [{ description: 'Pain down', target: 'NPRS 2/10', targetDate: '2026-03-30' }],
      reExamDate: '2026-03-02',
    },
    diagnoses: [
      { code: 'M99.05', region: 'pelvic', rank: 1 },
      { code: 'M54.50', region: 'lumbar', rank: 2, onsetDate: '2026-01-28' },
    ],
  });
  assert.equal(episode.status, 201, JSON.stringify(episode.body));
  const episodeId = episode.body.id as string;
  const visit = await api<Body>('POST', `/api/patients/${patientId}/visits`, {
    episodeId,
    visitAt: '2026-02-03T15:00:00.000Z',
    type: 'new_patient',
    chiefComplaint: 'Low back pain, right side',
  });
  assert.equal(visit.status, 201, JSON.stringify(visit.body));
  const visitId = visit.body.id as string;
  const findings = categoryTwoFindings.map((f) =>
    options.findingNote !== undefined && f.indicator === 'leg_check'
      ? { ...f, note: options.findingNote }
      : f,
  );
  const saved = await api<Body>('PATCH', `/api/visits/${visitId}`, {
    version: visit.body.version,
    pain: 6,
    findings,
    record: chartedRecord(options),
  });
  assert.equal(saved.status, 200, JSON.stringify(saved.body));
  const signed = await api<Body>('POST', `/api/visits/${visitId}/sign`, {
    version: saved.body.version,
    attest: true,
  });
  assert.equal(signed.status, 200, JSON.stringify(signed.body));
  const addendum = await api<Body>('POST', `/api/visits/${visitId}/addenda`, {
    text: 'Patient phoned: better.',
  });
  assert.equal(addendum.status, 201, JSON.stringify(addendum.body));
  for (const body of [
    { instrumentId: 'nprs', answers: { current: 6 } },
    {
      instrumentId: 'ndi',
      answers: {
        pain_intensity: 2,
        personal_care: 1,
        lifting: 2,
        reading: 1,
        headaches: 0,
        concentration: 1,
        work: 2,
        driving: null,
        sleeping: 1,
        recreation: 2,
      },
    },
  ]) {
    const q = await api<Body>('POST', `/api/patients/${patientId}/questionnaires`, {
      ...body,
      episodeId,
      administeredAt: '2026-02-03T14:50:00.000Z',
    });
    assert.equal(q.status, 201, JSON.stringify(q.body));
  }
  const draft = await api<Body>('POST', `/api/patients/${patientId}/visits`, {
    episodeId,
    visitAt: '2026-02-06T15:00:00.000Z',
    type: 'follow_up',
  });
  assert.equal(draft.status, 201, JSON.stringify(draft.body));
  return {
    patientId,
    episodeId,
    signedVisitId: visitId,
    draftVisitId: draft.body.id as string,
    addendumId: addendum.body.id as string,
  };
}
