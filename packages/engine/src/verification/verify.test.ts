import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Finding } from '../findings/finding';
import { defaultPack } from '../protocol/default-pack';
import { mergePack } from '../protocol/merge-pack';
import type { ProtocolPack } from '../protocol/protocol-pack';
import { fibre, graded, leg, neg, pos, post, screen, slr } from '../testing/finding-builders';
import { verify, type Verification, type VerificationSummary } from './verify';

/** A pack whose leg-check threshold a clinic has set (REFERENCE §9: the mm threshold is pack data). */
const withLegCheckMm = (legCheckMm: number): ProtocolPack => ({
  ...defaultPack,
  verification: { ...defaultPack.verification, legCheckMm },
});

/** One item as a line of the note: `indicator [site] side: change` (`-` for no side). */
function line(item: Verification['items'][number]): string {
  const site =
    item.site === undefined
      ? ''
      : ` ${Object.entries(item.site)
          .map(([k, v]) => `${k}=${String(v)}`)
          .join(',')}`;
  return `${item.indicator}${site} ${item.side ?? '-'}: ${item.change}`;
}

const lines = (pre: readonly Finding[], postFindings: readonly Finding[], pack = defaultPack): string[] =>
  verify(pre, postFindings, pack).items.map(line);

interface ItemRow {
  name: string;
  ref: string;
  pre: readonly Finding[];
  post: readonly Finding[];
  pack?: ProtocolPack;
  items: readonly string[];
}

const sidedRows: ItemRow[] = [
  {
    name: 'R positive then none: R cleared, L unchanged, never new',
    ref: '§2 read per side, §9',
    pre: [pos('heel_tension', 'R')],
    post: [post(neg('heel_tension'))],
    items: ['heel_tension L: unchanged', 'heel_tension R: cleared'],
  },
  {
    name: 'R positive then L positive: R cleared, L worse',
    ref: '§9',
    pre: [pos('heel_tension', 'R')],
    post: [post(pos('heel_tension', 'L'))],
    items: ['heel_tension L: worse', 'heel_tension R: cleared'],
  },
  {
    name: 'bilateral then none: both sides cleared',
    ref: '§9',
    pre: [pos('dollar_sign', 'bilateral')],
    post: [post(neg('dollar_sign'))],
    items: ['dollar_sign L: cleared', 'dollar_sign R: cleared'],
  },
  {
    name: 'bilateral then R: L cleared, R unchanged',
    ref: '§9',
    pre: [pos('dollar_sign', 'bilateral')],
    post: [post(pos('dollar_sign', 'R'))],
    items: ['dollar_sign L: cleared', 'dollar_sign R: unchanged'],
  },
  {
    name: 'R then bilateral: L worse, R unchanged',
    ref: '§9',
    pre: [pos('crest_sign', 'R')],
    post: [post(pos('crest_sign', 'bilateral'))],
    items: ['crest_sign L: worse', 'crest_sign R: unchanged'],
  },
  {
    name: 'none then none: both sides unchanged',
    ref: '§9',
    pre: [neg('crest_sign')],
    post: [post(neg('crest_sign'))],
    items: ['crest_sign L: unchanged', 'crest_sign R: unchanged'],
  },
  {
    name: 'none then L positive: L worse, R unchanged',
    ref: '§9',
    pre: [neg('scalene_sensitivity')],
    post: [post(pos('scalene_sensitivity', 'L'))],
    items: ['scalene_sensitivity L: worse', 'scalene_sensitivity R: unchanged'],
  },
  {
    name: 'a side with positive false reads as none',
    ref: '§2 ({ side: L | R, positive: false } means none)',
    pre: [pos('heel_tension', 'R')],
    post: [{ indicator: 'heel_tension', phase: 'post', side: 'L', positive: false }],
    items: ['heel_tension L: unchanged', 'heel_tension R: cleared'],
  },
  {
    name: 'heel tension still positive with a lower grade is improved on its side only',
    ref: '§9',
    pre: [{ ...pos('heel_tension', 'R'), grade: 3 }],
    post: [{ ...post(pos('heel_tension', 'R')), grade: 1 }],
    items: ['heel_tension L: unchanged', 'heel_tension R: improved'],
  },
  {
    name: 'heel tension still positive with a higher grade is worse',
    ref: '§9',
    pre: [{ ...pos('heel_tension', 'L'), grade: 1 }],
    post: [{ ...post(pos('heel_tension', 'L')), grade: 2 }],
    items: ['heel_tension L: worse', 'heel_tension R: unchanged'],
  },
  {
    name: 'bilateral grade 2 then R grade 1: L cleared, R improved',
    ref: '§9',
    pre: [{ ...pos('heel_tension', 'bilateral'), grade: 2 }],
    post: [{ ...post(pos('heel_tension', 'R')), grade: 1 }],
    items: ['heel_tension L: cleared', 'heel_tension R: improved'],
  },
  {
    name: 'each arm–fossa has its own items per side',
    ref: '§2 sites, §9',
    pre: [pos('arm_fossa', 'R', { fossa: 'upper' }), neg('arm_fossa', true, { fossa: 'lower' })],
    post: [post(neg('arm_fossa', true, { fossa: 'upper' })), post(pos('arm_fossa', 'R', { fossa: 'lower' }))],
    items: [
      'arm_fossa fossa=lower L: unchanged',
      'arm_fossa fossa=lower R: worse',
      'arm_fossa fossa=upper L: unchanged',
      'arm_fossa fossa=upper R: cleared',
    ],
  },
  {
    name: 'an unsided indicator has one item with no side',
    ref: '§9',
    pre: [pos('locked_pelvis')],
    post: [post(neg('locked_pelvis', false))],
    items: ['locked_pelvis -: cleared'],
  },
  {
    name: 'an unsided indicator turning positive is worse',
    ref: '§9',
    pre: [neg('pelvic_sway', false)],
    post: [post(pos('pelvic_sway'))],
    items: ['pelvic_sway -: worse'],
  },
];

const legRows: ItemRow[] = [
  {
    name: 'R 6 mm then L 3 mm is side_changed',
    ref: '§9 leg_check',
    pre: [leg('R', 6)],
    post: [post(leg('L', 3))],
    items: ['leg_check -: side_changed'],
  },
  {
    name: 'R 6 mm then L 6 mm is side_changed, never unchanged',
    ref: '§9 leg_check',
    pre: [leg('R', 6)],
    post: [post(leg('L', 6))],
    items: ['leg_check -: side_changed'],
  },
  {
    name: 'R 6 mm then R 4 mm is improved (2 mm threshold)',
    ref: '§9 leg_check',
    pre: [leg('R', 6)],
    post: [post(leg('R', 4))],
    items: ['leg_check -: improved'],
  },
  {
    name: 'R 6 mm then R 5 mm is unchanged',
    ref: '§9 leg_check',
    pre: [leg('R', 6)],
    post: [post(leg('R', 5))],
    items: ['leg_check -: unchanged'],
  },
  {
    name: 'R 6 mm then R 7 mm is unchanged',
    ref: '§9 leg_check',
    pre: [leg('R', 6)],
    post: [post(leg('R', 7))],
    items: ['leg_check -: unchanged'],
  },
  {
    name: 'R 6 mm then R 8 mm is worse',
    ref: '§9 leg_check',
    pre: [leg('R', 6)],
    post: [post(leg('R', 8))],
    items: ['leg_check -: worse'],
  },
  {
    name: 'R 6 mm then even is cleared',
    ref: '§9 leg_check',
    pre: [leg('R', 6)],
    post: [post(leg('none'))],
    items: ['leg_check -: cleared'],
  },
  {
    name: 'even then R 4 mm is worse',
    ref: '§9 leg_check',
    pre: [leg('none')],
    post: [post(leg('R', 4))],
    items: ['leg_check -: worse'],
  },
  {
    name: 'even both times is unchanged',
    ref: '§9 leg_check',
    pre: [leg('none')],
    post: [post(leg('none'))],
    items: ['leg_check -: unchanged'],
  },
  {
    name: 'a clinic threshold of 3 mm reads R 6 → R 4 as unchanged',
    ref: '§9 (the mm threshold is pack data)',
    pack: withLegCheckMm(3),
    pre: [leg('R', 6)],
    post: [post(leg('R', 4))],
    items: ['leg_check -: unchanged'],
  },
  {
    name: 'a clinic threshold of 3 mm reads R 6 → R 3 as improved',
    ref: '§9 (the mm threshold is pack data)',
    pack: withLegCheckMm(3),
    pre: [leg('R', 6)],
    post: [post(leg('R', 3))],
    items: ['leg_check -: improved'],
  },
  {
    name: 'a threshold of 0 mm still reads the same difference as unchanged',
    ref: '§9 (the mm threshold is pack data)',
    pack: withLegCheckMm(0),
    pre: [leg('R', 6)],
    post: [post(leg('R', 6))],
    items: ['leg_check -: unchanged'],
  },
];

const perSideRows: ItemRow[] = [
  {
    name: 'occipital fibres keep L and R of one cell apart',
    ref: '§2 per-side indicators, §9',
    pre: [fibre(2, 5, 'L', 2), fibre(2, 5, 'R', 1)],
    post: [post(fibre(2, 5, 'L', 1)), post(fibre(2, 5, 'R', 1))],
    items: ['occipital_fibers line=2,area=5 L: improved', 'occipital_fibers line=2,area=5 R: unchanged'],
  },
  {
    name: 'two occipital cells, each side with its own outcome',
    ref: '§2 per-side indicators, §9',
    pre: [fibre(2, 5, 'L', 2), fibre(2, 5, 'R', 2), fibre(2, 6, 'L', 1), fibre(2, 6, 'R', 1)],
    post: [
      post(fibre(2, 6, 'R', 0)),
      post(fibre(2, 5, 'L', 0)),
      post(fibre(2, 6, 'L', 3)),
      post(fibre(2, 5, 'R', 1)),
    ],
    items: [
      'occipital_fibers line=2,area=5 L: cleared',
      'occipital_fibers line=2,area=5 R: improved',
      'occipital_fibers line=2,area=6 L: worse',
      'occipital_fibers line=2,area=6 R: cleared',
    ],
  },
  {
    name: 'occipital fibres graded to 0 are cleared',
    ref: '§2 Positive (grade ≥ 1), §9',
    pre: [fibre(1, 3, 'R', 2)],
    post: [post(fibre(1, 3, 'R', 0))],
    items: ['occipital_fibers line=1,area=3 R: cleared'],
  },
  {
    name: 'occipital fibres at a higher grade are worse',
    ref: '§9',
    pre: [fibre(3, 7, 'L', 1)],
    post: [post(fibre(3, 7, 'L', 3))],
    items: ['occipital_fibers line=3,area=7 L: worse'],
  },
  {
    name: 'occipital cells with a level noted only before still match',
    ref: '§5 (the level is not part of the cell)',
    pre: [{ ...fibre(2, 5, 'L', 2), site: { line: 2, area: 5, level: 'T5' } }],
    post: [post(fibre(2, 5, 'L', 1))],
    items: ['occipital_fibers line=2,area=5,level=T5 L: improved'],
  },
  {
    name: 'sciatic pain points per side: L lower grade improved, R new grade worse',
    ref: '§2 per-side indicators, §9',
    pre: [graded('sciatic_pain_points', 'L', 3), graded('sciatic_pain_points', 'R', 0)],
    post: [post(graded('sciatic_pain_points', 'L', 1)), post(graded('sciatic_pain_points', 'R', 2))],
    items: ['sciatic_pain_points L: improved', 'sciatic_pain_points R: worse'],
  },
  {
    name: 'zygomatic ROM graded to 0 is cleared',
    ref: '§2 per-side indicators, §9',
    pre: [graded('zygomatic_rom', 'R', 2)],
    post: [post(graded('zygomatic_rom', 'R', 0))],
    items: ['zygomatic_rom R: cleared'],
  },
  {
    name: 'SLR symptom gone is cleared',
    ref: '§9 SLR',
    pre: [slr('L', true, 30)],
    post: [post(slr('L', false, 35))],
    items: ['slr L: cleared'],
  },
  {
    name: 'SLR still reproduced 10° higher is improved',
    ref: '§9 SLR',
    pre: [slr('L', true, 30)],
    post: [post(slr('L', true, 40))],
    items: ['slr L: improved'],
  },
  {
    name: 'SLR still reproduced 9° higher is unchanged',
    ref: '§9 SLR',
    pre: [slr('L', true, 30)],
    post: [post(slr('L', true, 39))],
    items: ['slr L: unchanged'],
  },
  {
    name: 'SLR still reproduced 10° lower is worse',
    ref: '§9 SLR',
    pre: [slr('R', true, 50)],
    post: [post(slr('R', true, 40))],
    items: ['slr R: worse'],
  },
  {
    name: 'SLR symptom appearing is worse',
    ref: '§9 SLR',
    pre: [slr('R', false, 80)],
    post: [post(slr('R', true, 60))],
    items: ['slr R: worse'],
  },
  {
    name: 'SLR not reproduced either time is unchanged whatever the degrees',
    ref: '§9 SLR',
    pre: [slr('R', false, 80)],
    post: [post(slr('R', false, 60))],
    items: ['slr R: unchanged'],
  },
  {
    name: 'SLR per leg: L cleared while R appears',
    ref: '§2 per-side indicators, §9 SLR',
    pre: [slr('L', true, 30), slr('R', false, 80)],
    post: [post(slr('L', false, 70)), post(slr('R', true, 60))],
    items: ['slr L: cleared', 'slr R: worse'],
  },
  {
    name: 'a per-side finding charted as none speaks for both legs',
    ref: '§9 (bilateral/none expanded per side)',
    pre: [slr('none', false, 80)],
    post: [post(slr('R', true, 60))],
    items: ['slr L: not_rechecked', 'slr R: worse'],
  },
];

const presenceRows: ItemRow[] = [
  {
    name: 'a pre item with no post is not rechecked',
    ref: '§9',
    pre: [pos('heel_tension', 'R'), pos('crest_sign', 'R')],
    post: [post(neg('heel_tension'))],
    items: [
      'heel_tension L: unchanged',
      'heel_tension R: cleared',
      'crest_sign L: not_rechecked',
      'crest_sign R: not_rechecked',
    ],
  },
  {
    name: 'a post item with no pre is new',
    ref: '§9 (a side examined only after treatment)',
    pre: [],
    post: [post(pos('dollar_sign', 'L'))],
    items: ['dollar_sign L: new', 'dollar_sign R: new'],
  },
  {
    name: 'a leg examined only after treatment is new',
    ref: '§9',
    pre: [slr('L', true, 30)],
    post: [post(slr('L', true, 45)), post(slr('R', false, 80))],
    items: ['slr L: improved', 'slr R: new'],
  },
  {
    name: 'screen answers never become items',
    ref: '§9 (red flags and contraindications are screen answers)',
    pre: [screen('rf_fracture', false), screen('ci_pregnancy', true), screen('rf_vascular', false)],
    post: [post(screen('ci_pregnancy', false))],
    items: [],
  },
  {
    name: 'only the pack indicators are compared: a disabled one is left out',
    ref: '§9, §10',
    pack: mergePack(defaultPack, { disableIndicators: ['psoas'] }, 1),
    pre: [pos('psoas', 'L'), pos('piriformis', 'L')],
    post: [post(neg('psoas')), post(neg('piriformis'))],
    items: ['piriformis L: cleared', 'piriformis R: unchanged'],
  },
  {
    name: 'an id the pack does not know is left out',
    ref: '§9',
    pre: [pos('zz_unknown', 'R'), pos('knee_sensitivity', 'R')],
    post: [post(neg('zz_unknown')), post(neg('knee_sensitivity'))],
    items: ['knee_sensitivity L: unchanged', 'knee_sensitivity R: cleared'],
  },
  {
    name: 'items follow the pack order, then site, then side',
    ref: '§9',
    pre: [pos('knee_sensitivity', 'L'), leg('R', 6), pos('heel_tension', 'R')],
    post: [post(neg('knee_sensitivity')), post(leg('none')), post(neg('heel_tension'))],
    items: [
      'leg_check -: cleared',
      'heel_tension L: unchanged',
      'heel_tension R: cleared',
      'knee_sensitivity L: cleared',
      'knee_sensitivity R: unchanged',
    ],
  },
];

for (const [title, rows] of [
  ['sided pos/neg findings, per side', sidedRows],
  ['leg check', legRows],
  ['per-side indicators', perSideRows],
  ['present before, after or neither', presenceRows],
] as const) {
  describe(`${verify.name}: ${title}`, () => {
    for (const row of rows)
      test(`${row.name} (REFERENCE ${row.ref})`, () => {
        assert.deepEqual(lines(row.pre, row.post, row.pack), row.items);
      });
  });
}

interface SummaryRow {
  name: string;
  ref: string;
  pre: readonly Finding[];
  post: readonly Finding[];
  summary: VerificationSummary;
}

// A small Category II visit: arm–fossa upper R and inguinal L positive, the rest negative; every
// positive re-checked and negative afterwards, heel tension (negative) not re-checked.
const categoryIIPre: readonly Finding[] = [
  pos('arm_fossa', 'R', { fossa: 'upper' }),
  neg('arm_fossa', true, { fossa: 'lower' }),
  pos('inguinal_tenderness', 'L'),
  neg('knee_sensitivity'),
  neg('heel_tension'),
];
const categoryIIPost: readonly Finding[] = [
  post(neg('arm_fossa', true, { fossa: 'upper' })),
  post(neg('arm_fossa', true, { fossa: 'lower' })),
  post(neg('inguinal_tenderness')),
  post(neg('knee_sensitivity')),
];
const categoryIIItems = [
  'heel_tension L: not_rechecked',
  'heel_tension R: not_rechecked',
  'arm_fossa fossa=lower L: unchanged',
  'arm_fossa fossa=lower R: unchanged',
  'arm_fossa fossa=upper L: unchanged',
  'arm_fossa fossa=upper R: cleared',
  'inguinal_tenderness L: cleared',
  'inguinal_tenderness R: unchanged',
  'knee_sensitivity L: unchanged',
  'knee_sensitivity R: unchanged',
];

const summaryRows: SummaryRow[] = [
  {
    name: 'a Category II visit cleared: 2 of 2 positive findings cleared, negatives not re-checked apart',
    ref: '§9 headline',
    pre: categoryIIPre,
    post: categoryIIPost,
    summary: {
      cleared: 2,
      improved: 0,
      unchanged: 6,
      worse: 0,
      side_changed: 0,
      new: 0,
      not_rechecked: 0,
      positivePre: 2,
      positiveCleared: 2,
      negativeNotRechecked: 2,
    },
  },
  {
    name: 'a positive item not re-checked counts in not_rechecked, a negative one only in negativeNotRechecked',
    ref: '§9',
    pre: [pos('heel_tension', 'R'), slr('L', false, 80)],
    post: [],
    summary: {
      cleared: 0,
      improved: 0,
      unchanged: 0,
      worse: 0,
      side_changed: 0,
      new: 0,
      not_rechecked: 1,
      positivePre: 1,
      positiveCleared: 0,
      negativeNotRechecked: 2,
    },
  },
  {
    name: 'a short leg counts as positive before treatment, and side_changed is not cleared',
    ref: '§9 leg_check',
    pre: [leg('R', 6), pos('dollar_sign', 'R')],
    post: [post(leg('L', 3)), post(neg('dollar_sign'))],
    summary: {
      cleared: 1,
      improved: 0,
      unchanged: 1,
      worse: 0,
      side_changed: 1,
      new: 0,
      not_rechecked: 0,
      positivePre: 2,
      positiveCleared: 1,
      negativeNotRechecked: 0,
    },
  },
  {
    name: 'even legs are not positive; an anatomical difference is a record, never positive',
    ref: '§2 Positive, §6',
    pre: [leg('none'), { indicator: 'anatomical_leg_difference', phase: 'pre', side: 'R', mm: 8 }],
    post: [post(leg('R', 4))],
    summary: {
      cleared: 0,
      improved: 0,
      unchanged: 0,
      worse: 1,
      side_changed: 0,
      new: 0,
      not_rechecked: 0,
      positivePre: 0,
      positiveCleared: 0,
      negativeNotRechecked: 1,
    },
  },
  {
    name: 'mixed: improved and worse are counted, new items are not positive before',
    ref: '§9',
    pre: [fibre(2, 5, 'L', 2), slr('L', true, 30), neg('crest_sign')],
    post: [
      post(fibre(2, 5, 'L', 1)),
      post(slr('L', true, 20)),
      post(pos('crest_sign', 'R')),
      post(pos('psoas', 'L')),
    ],
    summary: {
      cleared: 0,
      improved: 1,
      unchanged: 1,
      worse: 2,
      side_changed: 0,
      new: 2,
      not_rechecked: 0,
      positivePre: 2,
      positiveCleared: 0,
      negativeNotRechecked: 0,
    },
  },
];

describe(`${verify.name}: summary`, () => {
  for (const row of summaryRows)
    test(`${row.name} (REFERENCE ${row.ref})`, () => {
      assert.deepEqual(verify(row.pre, row.post, defaultPack).summary, row.summary);
    });

  test('lists the Category II visit side by side (REFERENCE §9)', () => {
    assert.deepEqual(lines(categoryIIPre, categoryIIPost), categoryIIItems);
  });

  test('returns an empty verification for no findings (REFERENCE §9)', () => {
    assert.deepEqual(verify([], [], defaultPack), {
      items: [],
      summary: {
        cleared: 0,
        improved: 0,
        unchanged: 0,
        worse: 0,
        side_changed: 0,
        new: 0,
        not_rechecked: 0,
        positivePre: 0,
        positiveCleared: 0,
        negativeNotRechecked: 0,
      },
    });
  });
});

describe(`${verify.name}: items`, () => {
  test('gives each side its own item holding the findings as charted (REFERENCE §9)', () => {
    assert.deepEqual(
      verify([pos('heel_tension', 'R')], [post(pos('heel_tension', 'L'))], defaultPack).items,
      [
        {
          indicator: 'heel_tension',
          side: 'L',
          pre: { indicator: 'heel_tension', phase: 'pre', side: 'R', positive: true },
          post: { indicator: 'heel_tension', phase: 'post', side: 'L', positive: true },
          change: 'worse',
        },
        {
          indicator: 'heel_tension',
          side: 'R',
          pre: { indicator: 'heel_tension', phase: 'pre', side: 'R', positive: true },
          post: { indicator: 'heel_tension', phase: 'post', side: 'L', positive: true },
          change: 'cleared',
        },
      ],
    );
  });

  test('gives a leg check one item with side null, and omits the missing finding (REFERENCE §9)', () => {
    assert.deepEqual(verify([leg('R', 6)], [], defaultPack).items, [
      {
        indicator: 'leg_check',
        side: null,
        pre: { indicator: 'leg_check', phase: 'pre', side: 'R', mm: 6 },
        change: 'not_rechecked',
      },
    ]);
  });

  test('compares one visit with the next, whatever the phases (REFERENCE §9)', () => {
    assert.deepEqual(
      lines([{ ...pos('heel_tension', 'R'), grade: 2 }], [{ ...pos('heel_tension', 'R'), grade: 1 }]),
      ['heel_tension L: unchanged', 'heel_tension R: improved'],
    );
  });

  test('gives the same result whatever the order of the findings (REFERENCE §9)', () => {
    const orders: readonly (readonly number[])[] = [
      [0, 1, 2, 3, 4],
      [4, 3, 2, 1, 0],
      [2, 0, 4, 1, 3],
    ];
    for (const order of orders) {
      const pre = order.flatMap((i) => categoryIIPre[i] ?? []);
      const postFindings = order.flatMap((i) => categoryIIPost[i] ?? []);
      assert.deepEqual(lines(pre, postFindings), categoryIIItems);
      assert.equal(verify(pre, postFindings, defaultPack).summary.positiveCleared, 2);
    }
  });
});
