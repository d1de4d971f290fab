import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { VisitRecord } from '@sotchart/contract';
import { defaultPack, type Finding } from '@sotchart/engine';
import { makeDraft } from './draft-fixtures';
import { draftPatch } from './draft-patch';

const armFossaRight: Finding = { indicator: 'arm_fossa', phase: 'pre', side: 'R', positive: true };
const legCheckRight: Finding = { indicator: 'leg_check', phase: 'pre', side: 'R', mm: 5 };
const record = makeDraft().record;
const withExam = (exam: Partial<VisitRecord['exam']>): VisitRecord => ({
  ...record,
  exam: { ...record.exam, ...exam },
});
const withTreatment = (treatment: Partial<VisitRecord['treatment']>): VisitRecord => ({
  ...record,
  treatment: { ...record.treatment, ...treatment },
});

describe(draftPatch.name, () => {
  // What the save sends of each part of the draft. The source of each rule is the server's check it
  // avoids: the engine's validateFindings (REFERENCE §2 "Invalid") and the contract's requiredText.
  const cases: { why: string; draft: Parameters<typeof draftPatch>[0]; sent: Record<string, unknown> }[] = [
    {
      why: 'sends the chief complaint and pain as they are',
      draft: makeDraft({ chiefComplaint: 'Low back pain', pain: 6 }),
      sent: { chiefComplaint: 'Low back pain', pain: 6 },
    },
    {
      why: 'sends complete findings in their order',
      draft: makeDraft({ findings: [legCheckRight, armFossaRight] }),
      sent: { findings: [legCheckRight, armFossaRight] },
    },
    {
      why: 'keeps back a finding the pack refuses (side none with a positive result), sending the rest',
      draft: makeDraft({
        findings: [
          armFossaRight,
          { indicator: 'arm_fossa', phase: 'post', side: 'none', positive: true },
          legCheckRight,
        ],
      }),
      sent: { findings: [armFossaRight, legCheckRight] },
    },
    {
      why: 'keeps back a finding of an indicator the pack does not know',
      draft: makeDraft({
        findings: [{ indicator: 'no_such_test', phase: 'pre', side: 'R', positive: true }],
      }),
      sent: { findings: [] },
    },
    {
      why: 'sends no treated category until its reason is written',
      draft: makeDraft({ treatedCategory: { category: 'II', reason: '  ' } }),
      sent: { treatedCategory: null },
    },
    {
      why: 'sends the treated category with its reason',
      draft: makeDraft({ treatedCategory: { category: 'II', reason: 'Arm–fossa positive' } }),
      sent: { treatedCategory: { category: 'II', reason: 'Arm–fossa positive' } },
    },
    {
      why: 'sends only the contraindication overrides whose reason is written',
      draft: makeDraft({
        overrides: [
          { contraindication: 'ci_pregnancy', reason: '' },
          { contraindication: 'ci_osteoporosis_or_bone_metastases', reason: 'Light force only' },
        ],
      }),
      sent: {
        overrides: [{ contraindication: 'ci_osteoporosis_or_bone_metastases', reason: 'Light force only' }],
      },
    },
    {
      why: 'keeps back exam rows whose name or motion is not typed yet',
      draft: makeDraft({
        record: withExam({
          rangeOfMotion: [
            { region: 'lumbar', motion: '', degrees: 40 },
            { region: 'lumbar', motion: 'Flexion', degrees: 60 },
          ],
          orthopaedicTests: [{ name: ' ', side: 'L', result: 'positive' }],
          neurologicalTests: [{ name: 'Babinski', side: 'R', result: 'normal' }],
          reflexes: [{ name: '', side: 'L', grade: 2 }],
        }),
      }),
      sent: {
        record: withExam({
          rangeOfMotion: [{ region: 'lumbar', motion: 'Flexion', degrees: 60 }],
          orthopaedicTests: [],
          neurologicalTests: [{ name: 'Babinski', side: 'R', result: 'normal' }],
          reflexes: [],
        }),
      },
    },
    {
      why: 'keeps back treatment rows whose technique, structure, joint, muscle or device is not typed yet',
      draft: makeDraft({
        record: withTreatment({
          adjustments: [
            { segment: 'L5', technique: '' },
            { segment: 'C1', technique: 'Diversified' },
          ],
          cranial: [{ structure: '' }],
          extremity: [{ joint: ' ', side: 'R' }],
          muscleTests: [{ muscle: '', side: 'L', result: 'weak', phase: 'pre' }],
          instrument: [{ device: '', force: 3, thrust: 'single' }],
          cmrt: [{ level: 'T6' }],
        }),
      }),
      sent: {
        record: withTreatment({
          adjustments: [{ segment: 'C1', technique: 'Diversified' }],
          cranial: [],
          extremity: [],
          muscleTests: [],
          instrument: [],
          cmrt: [{ level: 'T6' }],
        }),
      },
    },
  ];
  for (const c of cases) {
    test(c.why, () => {
      const patch: Record<string, unknown> = { ...draftPatch(c.draft, defaultPack) };
      const picked = Object.fromEntries(Object.keys(c.sent).map((key) => [key, patch[key]]));
      assert.deepEqual(picked, c.sent);
    });
  }

  test('leaves the draft itself unchanged: what is kept back stays on this device', () => {
    const draft = makeDraft({
      treatedCategory: { category: 'I', reason: '' },
      findings: [{ indicator: 'no_such_test', phase: 'pre' }],
    });
    const before = JSON.stringify(draft);
    draftPatch(draft, defaultPack);
    assert.equal(JSON.stringify(draft), before);
  });
});
