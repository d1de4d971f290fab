import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyze } from '../analysis/category-analysis';
import type { CodingInput } from '../coding/coding-input';
import type { Finding } from '../findings/finding';
import { defaultPack } from '../protocol/default-pack';
import { mergePack } from '../protocol/merge-pack';
import { fibre, leg, neg, pos, screen } from '../testing/finding-builders';
import { runEngine } from '../run-engine';
import { moreUrgent, type Urgency } from './red-flags';

const emergencyMessage =
  'EMERGENCY: red flag present. Send the patient to an emergency department now (call emergency services if needed). Referral recommended. No SOT procedure, blocking, CMRT or home care at this visit.';
const urgentMessage =
  'URGENT: red flag present. The patient needs a medical assessment the same day. Referral recommended. No SOT procedure, blocking, CMRT or home care at this visit.';
const promptMessage =
  'Red flag present: the patient needs a medical assessment within days. Referral recommended. No SOT procedure, blocking, CMRT or home care at this visit.';

interface FlagRow {
  name: string;
  ref: string;
  flags: readonly string[];
  referral: { flags: string[]; urgency: Urgency; message: string };
  /** How the message opens, so the urgency reads first. */
  opens: RegExp;
}

const flagRows: FlagRow[] = [
  {
    name: 'cauda equina is an emergency',
    ref: '§7 rf_cauda_equina',
    flags: ['rf_cauda_equina'],
    referral: { flags: ['rf_cauda_equina'], urgency: 'emergency', message: emergencyMessage },
    opens: /^EMERGENCY: /,
  },
  {
    name: 'a vascular sign is an emergency',
    ref: '§7 rf_vascular',
    flags: ['rf_vascular'],
    referral: { flags: ['rf_vascular'], urgency: 'emergency', message: emergencyMessage },
    opens: /^EMERGENCY: /,
  },
  {
    name: 'a progressive neurological deficit is urgent',
    ref: '§7 rf_progressive_neuro_deficit',
    flags: ['rf_progressive_neuro_deficit'],
    referral: { flags: ['rf_progressive_neuro_deficit'], urgency: 'urgent', message: urgentMessage },
    opens: /^URGENT: /,
  },
  {
    name: 'a suspected fracture is urgent',
    ref: '§7 rf_fracture',
    flags: ['rf_fracture'],
    referral: { flags: ['rf_fracture'], urgency: 'urgent', message: urgentMessage },
    opens: /^URGENT: /,
  },
  {
    name: 'a suspected tumour or infection is prompt',
    ref: '§7 rf_tumour_or_infection',
    flags: ['rf_tumour_or_infection'],
    referral: { flags: ['rf_tumour_or_infection'], urgency: 'prompt', message: promptMessage },
    opens: /^Red flag present: /,
  },
  {
    name: 'fracture with tumour or infection: the urgent one sets the message',
    ref: '§7 (the most urgent one sets the message)',
    flags: ['rf_tumour_or_infection', 'rf_fracture'],
    referral: { flags: ['rf_fracture', 'rf_tumour_or_infection'], urgency: 'urgent', message: urgentMessage },
    opens: /^URGENT: /,
  },
  {
    name: 'a prompt, an urgent and an emergency flag: the emergency sets the message',
    ref: '§7 (the most urgent one sets the message)',
    flags: ['rf_tumour_or_infection', 'rf_vascular', 'rf_progressive_neuro_deficit'],
    referral: {
      flags: ['rf_tumour_or_infection', 'rf_progressive_neuro_deficit', 'rf_vascular'],
      urgency: 'emergency',
      message: emergencyMessage,
    },
    opens: /^EMERGENCY: /,
  },
  {
    name: 'every flag at once is an emergency',
    ref: '§7 (the most urgent one sets the message)',
    flags: [
      'rf_vascular',
      'rf_tumour_or_infection',
      'rf_fracture',
      'rf_cauda_equina',
      'rf_progressive_neuro_deficit',
    ],
    referral: {
      flags: [
        'rf_cauda_equina',
        'rf_fracture',
        'rf_tumour_or_infection',
        'rf_progressive_neuro_deficit',
        'rf_vascular',
      ],
      urgency: 'emergency',
      message: emergencyMessage,
    },
    opens: /^EMERGENCY: /,
  },
];

describe(`${analyze.name}: referral urgency`, () => {
  for (const row of flagRows)
    test(`${row.name} (REFERENCE ${row.ref})`, () => {
      const findings = [pos('heel_tension', 'R'), ...row.flags.map((id) => screen(id, true))];
      const referral = analyze(findings, defaultPack).referral;
      assert.deepEqual(referral, row.referral);
      assert.match(referral?.message ?? '', row.opens);
      assert.match(referral?.message ?? '', /Referral recommended\./);
      assert.doesNotMatch(referral?.message ?? '', /\breferred\b/i);
    });

  test('has no referral when every flag is answered no (REFERENCE §7)', () => {
    const findings = [
      'rf_cauda_equina',
      'rf_fracture',
      'rf_tumour_or_infection',
      'rf_progressive_neuro_deficit',
      'rf_vascular',
    ].map((id) => screen(id, false));
    assert.equal(analyze(findings, defaultPack).referral, null);
  });

  test('holds the urgency of each flag as pack data (REFERENCE §7)', () => {
    assert.deepEqual(
      defaultPack.redFlags.map((r) => [r.id, r.urgency]),
      [
        ['rf_cauda_equina', 'emergency'],
        ['rf_fracture', 'urgent'],
        ['rf_tumour_or_infection', 'prompt'],
        ['rf_progressive_neuro_deficit', 'urgent'],
        ['rf_vascular', 'emergency'],
      ],
    );
  });
});

const urgencyRows: { a: Urgency; b: Urgency; more: Urgency; ref: string }[] = [
  { a: 'prompt', b: 'urgent', more: 'urgent', ref: '§7' },
  { a: 'urgent', b: 'prompt', more: 'urgent', ref: '§7' },
  { a: 'urgent', b: 'emergency', more: 'emergency', ref: '§7' },
  { a: 'emergency', b: 'prompt', more: 'emergency', ref: '§7' },
  { a: 'prompt', b: 'prompt', more: 'prompt', ref: '§7' },
];

describe(moreUrgent.name, () => {
  for (const row of urgencyRows)
    test(`picks ${row.more} from ${row.a} and ${row.b} (REFERENCE ${row.ref})`, () => {
      assert.equal(moreUrgent(row.a, row.b), row.more);
    });
});

// A Category I vignette that, without a flag, earns every suggestion the engine makes: a blocking
// plan, a CMRT target (line-2 fibres under a clinic's area map), a heel lift (a measured anatomical
// short leg) and coding (an adjusted segment).
const clinic = mergePack(defaultPack, { cmrtMap: { '5': ['T5'] } }, 1);
const vignette: readonly Finding[] = [
  screen('rf_cauda_equina', false),
  leg('R', 6),
  pos('heel_tension', 'R'),
  neg('arm_fossa'),
  fibre(2, 5, 'L', 2),
  { indicator: 'anatomical_leg_difference', phase: 'pre', side: 'R', mm: 8 },
];
const coding: CodingInput = {
  adjustedSegments: [{ segment: 'L5', part: ['P', 'A'] }],
  blocking: { part: ['A', 'T'] },
  cranial: false,
  extraspinalRegions: [],
  phase: 'active',
  abnOnFile: false,
};

describe(`${runEngine.name}: a red flag stops the visit`, () => {
  test('gives a plan, CMRT targets, a heel lift and coding without a flag (REFERENCE §4–§6, §8)', () => {
    const s = runEngine({ findings: vignette, overrides: [], coding }, clinic);
    assert.equal(s.analysis.referral, null);
    assert.deepEqual(
      s.plan?.blocks.map((b) => [b.side, b.landmark]),
      [
        ['R', 'trochanter'],
        ['L', 'iliac_crest'],
      ],
    );
    assert.deepEqual(
      s.cmrt.map((t) => [t.line, t.area, t.side, t.levels]),
      [[2, 5, 'L', ['T5']]],
    );
    assert.deepEqual([s.heelLift?.side, s.heelLift?.startMm], ['R', 4]);
    assert.deepEqual(
      [s.coding?.diagnoses.map((d) => d.code), s.coding?.procedures.map((p) => p.code)],
      [['M99.03', 'M99.05'], ['98940']],
    );
  });

  test('withholds the plan, CMRT, heel lift and coding under cauda equina (REFERENCE §7)', () => {
    const findings = [
      ...vignette.filter((f) => f.indicator !== 'rf_cauda_equina'),
      screen('rf_cauda_equina', true),
    ];
    const s = runEngine({ findings, overrides: [], coding }, clinic);
    assert.equal(s.plan, null);
    assert.deepEqual(s.cmrt, []);
    assert.equal(s.heelLift, null);
    assert.equal(s.coding, null);
    assert.equal(s.analysis.referral?.urgency, 'emergency');
    assert.deepEqual(s.analysis.referral?.flags, ['rf_cauda_equina']);
    assert.equal(s.analysis.category, 'undetermined');
  });
});
