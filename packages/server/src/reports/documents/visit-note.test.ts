import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { engineInputOf, VisitRecordSchema, type Visit } from '@sotchart/contract';
import { defaultPack, runEngine, type Finding } from '@sotchart/engine';
import { readCatalog } from '@sotchart/i18n/node';
import { extractPdfText } from '../extract-pdf-text';
import { renderVisitNote } from './visit-note';
import type { VisitNoteSnapshot } from './visit-note-snapshot';

/** A Category II visit (REFERENCE §2–3): arm–fossa and inguinal tenderness right, left leg short. */
const findings: Finding[] = [
  { indicator: 'rf_cauda_equina', phase: 'pre', positive: false },
  { indicator: 'arm_fossa', phase: 'pre', side: 'R', site: { fossa: 'upper' }, positive: true },
  { indicator: 'arm_fossa', phase: 'pre', side: 'none', site: { fossa: 'lower' }, positive: false },
  { indicator: 'inguinal_tenderness', phase: 'pre', side: 'R', positive: true },
  { indicator: 'leg_check', phase: 'pre', side: 'L', mm: 5 },
  { indicator: 'slr', phase: 'pre', side: 'L', degrees: 40, symptomReproduced: true },
  { indicator: 'slr', phase: 'pre', side: 'R', symptomReproduced: false },
  { indicator: 'leg_check', phase: 'post', side: 'none' },
  { indicator: 'arm_fossa', phase: 'post', side: 'none', site: { fossa: 'upper' }, positive: false },
];

const record = VisitRecordSchema.parse({
  treatment: { blocks: [{ side: 'R', landmark: 'iliac_crest', minutes: 4 }] },
  part: [{ segment: 'SA', letters: ['P', 'A'] }],
  homeCare: 'Walk twenty minutes daily.',
});

const engine = runEngine(engineInputOf({ findings, overrides: [], record }, null), defaultPack);

const visit: Visit = {
  id: 'v1',
  patientId: 'p1',
  episodeId: 'e1',
  practitionerId: 'u1',
  visitAt: '2026-03-02T15:00:00.000Z',
  type: 'follow_up',
  status: 'draft',
  noteLanguage: null,
  chiefComplaint: 'Right sacroiliac pain on stairs',
  pain: 6,
  findings,
  engine,
  treatedCategory: null,
  overrides: [],
  record,
  signedAt: null,
  signedBy: null,
  createdAt: '2026-03-02T15:00:00.000Z',
  updatedAt: '2026-03-02T15:30:00.000Z',
  version: 2,
};

const snapshot: VisitNoteSnapshot = {
  format: 1,
  pageSize: 'letter',
  clinic: { name: 'Lakeside SOT Clinic', address: '1 Lake Street, Madison', timeZone: 'America/Chicago' },
  patient: { id: 'p1', name: 'Ada Lovelace', chartNumber: 'C-100', dateOfBirth: '1980-12-10', sex: 'female' },
  visit,
  episode: {
    id: 'e1',
    patientId: 'p1',
    startDate: '2026-02-02',
    endDate: null,
    complaint: 'Right sacroiliac pain',
    onset: 'subacute',
    phase: 'active',
    abnDate: null,
    plan: { visitsPerWeek: 2, durationWeeks: 6, goals: [], reExamDate: '2026-03-16' },
    diagnoses: [],
    createdAt: '2026-02-02T15:00:00.000Z',
    updatedAt: '2026-02-02T15:00:00.000Z',
    version: 1,
  },
  practitioner: null,
  outcomes: [],
  addenda: [],
  names: {
    arm_fossa: 'Arm–fossa',
    inguinal_tenderness: 'Inguinal tenderness',
    leg_check: 'Leg check',
    slr: 'SLR',
  },
  freeze: null,
};

const count = (text: string, needle: string): number => text.split(needle).length - 1;

describe(renderVisitNote.name, () => {
  test('tells S, O, A and P once each, in words, with the codes once and the ids in one appendix line', async () => {
    const { text } = await extractPdfText(await renderVisitNote(snapshot));
    for (const section of ['S — Subjective', 'O — Objective', 'A — Assessment', 'P — Plan'])
      assert.equal(count(text, section), 1, `${section} in: ${text}`);
    for (const expected of [
      'Leg check: left leg 5 mm short; even after treatment.',
      'SLR: left 40°, symptom reproduced',
      'right negative',
      'Arm–fossa, lower fossa: negative both sides.',
      'Next visit in about 4 days',
      'Re-examination due 16 Mar 2026.',
      'Home care: Walk twenty minutes daily.',
      `Protocol: ${engine.packRef} · rule ${engine.analysis.rule.id} (${engine.analysis.rule.certainty}) · engine ${engine.engineVersion}`,
    ])
      assert.ok(text.includes(expected), `missing "${expected}" in: ${text}`);
    const [body = ''] = text.split('Protocol: ');
    for (const absent of [engine.packRef, engine.analysis.rule.id, 'recorded', 'Leg check: positive'])
      assert.ok(!body.includes(absent), `"${absent}" in the body: ${body}`);
    // Nothing confirmed yet: the suggestion is the only place a code appears.
    assert.equal(count(text, 'Suggested diagnoses'), 1);
    assert.equal(count(text, 'M99.05'), 1);
  });
});

describe(`${renderVisitNote.name} in the note's language`, () => {
  const signedAt = '2026-03-02T16:00:00.000Z';
  const signedIn = (language: 'de' | 'ja'): VisitNoteSnapshot => ({
    ...snapshot,
    language,
    visit: { ...visit, status: 'signed', signedAt, signedBy: 'u1', noteLanguage: language },
    freeze: { frozenAt: signedAt, atUpgrade: false },
  });
  const squeezed = (text: string): string => text.replace(/\s+/g, '');

  test('a note signed in German prints German words, dates and numbers', async () => {
    const de = readCatalog('de', 'reports');
    const { text } = await extractPdfText(await renderVisitNote(signedIn('de')));
    for (const key of [
      'visitNote.title',
      'soap.subjective',
      'soap.objective',
      'soap.assessment',
      'soap.plan',
      'signature.heading',
      'signature.locked',
    ])
      assert.ok(squeezed(text).includes(squeezed(de[key] ?? '∅')), `de ${key} in: ${text}`);
    assert.ok(text.includes('Folgetermin'), text);
    assert.ok(text.includes('10. Dez. 1980 · weiblich'), text);
    assert.ok(text.includes('subakuter Beginn, aktive Behandlung'), text);
    assert.ok(squeezed(text).includes(squeezed(de['frame.unreviewed'] ?? '∅')), text);
    assert.ok(!text.includes('S — Subjective'), text);
  });

  test('a note signed in Japanese prints Japanese, in the Japanese font', async () => {
    const ja = readCatalog('ja', 'reports');
    const pdf = await renderVisitNote(signedIn('ja'));
    const { text } = await extractPdfText(pdf);
    for (const key of [
      'visitNote.title',
      'soap.subjective',
      'soap.plan',
      'signature.heading',
      'frame.unreviewed',
    ])
      assert.ok(squeezed(text).includes(squeezed(ja[key] ?? '∅')), `ja ${key} in: ${text}`);
    assert.ok(squeezed(text).includes('1980年12月10日'), text);
    assert.match(pdf.toString('latin1'), /\/BaseFont \/[A-Z]{6}\+NotoSansJP/);
  });

  test('an older snapshot without a language renders in English', async () => {
    const { text } = await extractPdfText(await renderVisitNote(snapshot));
    assert.ok(text.includes('S — Subjective'), text);
    assert.ok(!text.includes('not yet reviewed'), text);
  });
});
