import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Finding } from '../findings/finding';
import { fibre, graded, leg, neg, pos, post, slr } from '../testing/finding-builders';
import type { Change } from './change';
import { changeBetween } from './change';
import { verify } from './verify';

interface Row {
  name: string;
  ref: string;
  pre: Finding;
  post: Finding;
  change: Change;
}

const rows: Row[] = [
  {
    name: 'positive to negative is cleared',
    ref: '§9',
    pre: pos('heel_tension', 'R'),
    post: post(neg('heel_tension')),
    change: 'cleared',
  },
  {
    name: 'negative to positive is worse',
    ref: '§9',
    pre: neg('heel_tension'),
    post: post(pos('heel_tension', 'L')),
    change: 'worse',
  },
  {
    name: 'negative both times is unchanged',
    ref: '§9',
    pre: neg('crest_sign'),
    post: post(neg('crest_sign')),
    change: 'unchanged',
  },
  {
    name: 'same side still positive is unchanged',
    ref: '§9',
    pre: pos('crest_sign', 'R'),
    post: post(pos('crest_sign', 'R')),
    change: 'unchanged',
  },
  {
    name: 'bilateral to one side is improved',
    ref: '§9',
    pre: pos('arm_fossa', 'bilateral'),
    post: post(pos('arm_fossa', 'L')),
    change: 'improved',
  },
  {
    name: 'one side to bilateral is worse',
    ref: '§9',
    pre: pos('arm_fossa', 'R'),
    post: post(pos('arm_fossa', 'bilateral')),
    change: 'worse',
  },
  {
    name: 'lower grade is improved',
    ref: '§9',
    pre: graded('sciatic_pain_points', 'L', 3),
    post: post(graded('sciatic_pain_points', 'L', 1)),
    change: 'improved',
  },
  {
    name: 'higher grade is worse',
    ref: '§9',
    pre: graded('sciatic_pain_points', 'L', 1),
    post: post(graded('sciatic_pain_points', 'L', 2)),
    change: 'worse',
  },
  {
    name: 'grade to 0 is cleared',
    ref: '§9',
    pre: fibre(2, 4, 'R', 2),
    post: post(fibre(2, 4, 'R', 0)),
    change: 'cleared',
  },
  {
    name: 'heel tension with a lower grade is improved',
    ref: '§9',
    pre: { ...pos('heel_tension', 'R'), grade: 3 },
    post: { ...post(pos('heel_tension', 'R')), grade: 1 },
    change: 'improved',
  },
  {
    name: 'SLR symptom gone is cleared',
    ref: '§9 SLR',
    pre: slr('L', true, 30),
    post: post(slr('L', false, 35)),
    change: 'cleared',
  },
  {
    name: 'SLR reproduced 10° higher is improved',
    ref: '§9 SLR',
    pre: slr('L', true, 30),
    post: post(slr('L', true, 40)),
    change: 'improved',
  },
  {
    name: 'SLR reproduced 9° higher is unchanged',
    ref: '§9 SLR',
    pre: slr('L', true, 30),
    post: post(slr('L', true, 39)),
    change: 'unchanged',
  },
  {
    name: 'SLR reproduced 10° lower is worse',
    ref: '§9 SLR',
    pre: slr('L', true, 50),
    post: post(slr('L', true, 40)),
    change: 'worse',
  },
  {
    name: 'SLR symptom appears is worse',
    ref: '§9 SLR',
    pre: slr('none', false, 80),
    post: post(slr('R', true, 60)),
    change: 'worse',
  },
  {
    name: 'leg check evened is cleared',
    ref: '§9 (leg check: practitioner-defined)',
    pre: leg('R', 6),
    post: post(leg('none')),
    change: 'cleared',
  },
  {
    name: 'leg check difference smaller is improved',
    ref: '§9 (leg check: practitioner-defined)',
    pre: leg('R', 6),
    post: post(leg('R', 3)),
    change: 'improved',
  },
  {
    name: 'leg check difference larger is worse',
    ref: '§9 (leg check: practitioner-defined)',
    pre: leg('R', 3),
    post: post(leg('L', 8)),
    change: 'worse',
  },
  {
    name: 'screen answer turning negative is cleared',
    ref: '§9',
    pre: { indicator: 'ci_pregnancy', phase: 'pre', positive: true },
    post: { indicator: 'ci_pregnancy', phase: 'pre', positive: false },
    change: 'cleared',
  },
];

describe(changeBetween.name, () => {
  for (const row of rows) {
    test(`${row.name} (REFERENCE ${row.ref})`, () => {
      assert.equal(changeBetween(row.pre, row.post), row.change);
    });
  }
});

describe(verify.name, () => {
  test('marks a pre finding with no post as not rechecked and a post with no pre as new (REFERENCE §9)', () => {
    const v = verify(
      [pos('heel_tension', 'R'), pos('crest_sign', 'R')],
      [post(neg('heel_tension')), post(pos('dollar_sign', 'L'))],
    );
    assert.deepEqual(
      v.items.map((i) => [i.indicator, i.change]),
      [
        ['crest_sign', 'not_rechecked'],
        ['dollar_sign', 'new'],
        ['heel_tension', 'cleared'],
      ],
    );
    assert.deepEqual(v.summary, {
      cleared: 1,
      improved: 0,
      unchanged: 0,
      worse: 0,
      new: 1,
      not_rechecked: 1,
    });
  });

  test('matches findings on indicator and site (REFERENCE §9)', () => {
    const v = verify(
      [pos('arm_fossa', 'R', { fossa: 'upper' }), neg('arm_fossa', true, { fossa: 'lower' })],
      [post(neg('arm_fossa', true, { fossa: 'upper' })), post(pos('arm_fossa', 'R', { fossa: 'lower' }))],
    );
    assert.deepEqual(
      v.items.map((i) => [i.site, i.change]),
      [
        [{ fossa: 'lower' }, 'worse'],
        [{ fossa: 'upper' }, 'cleared'],
      ],
    );
  });

  test('keeps the occipital cell as the site when a level is noted only once (REFERENCE §5)', () => {
    const noted: Finding = { ...fibre(2, 5, 'L', 2), site: { line: 2, area: 5, level: 'T5' } };
    const v = verify([noted], [post(fibre(2, 5, 'L', 1))]);
    assert.deepEqual(
      v.items.map((i) => i.change),
      ['improved'],
    );
  });

  test('compares one visit with the next, whatever the phases (REFERENCE §9)', () => {
    const v = verify([pos('heel_tension', 'R')], [{ ...pos('heel_tension', 'R'), grade: 1 }]);
    assert.deepEqual(
      v.items.map((i) => i.change),
      ['unchanged'],
    );
  });

  test('returns an empty verification for no findings', () => {
    assert.deepEqual(verify([], []), {
      items: [],
      summary: { cleared: 0, improved: 0, unchanged: 0, worse: 0, new: 0, not_rechecked: 0 },
    });
  });
});
