import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  bournemouthBack,
  scoreBournemouthBack,
  scoreBournemouthNeck,
  type BournemouthAnswers,
} from './bournemouth';
import type { ScoringContext } from './scoring-context';

const newell = 'Newell & Bolton 2010 (clinical-notes §2)';

/** Bournemouth answers from 7 values in item order; null marks a skipped item. */
function answers(values: readonly (number | null)[]): BournemouthAnswers {
  return Object.fromEntries(bournemouthBack.items.map((item, i) => [item.id, values[i] ?? null]));
}

describe(scoreBournemouthBack.name, () => {
  const totals: { values: number[]; total: number; source: string }[] = [
    { values: [0, 0, 0, 0, 0, 0, 0], total: 0, source: 'Bolton & Breen 1999: minimum 0' },
    { values: [7, 6, 6, 5, 4, 6, 5], total: 39, source: 'Bolton & Breen 1999: sum of 7 items' },
    { values: [10, 10, 10, 10, 10, 10, 10], total: 70, source: 'Bolton & Breen 1999: maximum 70' },
  ];
  for (const c of totals)
    test(`totals ${JSON.stringify(c.values)} as ${c.total} (${c.source})`, () => {
      const result = scoreBournemouthBack(answers(c.values));
      assert.ok(result.ok);
      assert.equal(result.value.value, c.total);
      assert.equal(result.value.total, c.total);
      assert.equal(result.value.band, null);
      assert.equal(result.value.percent, null);
    });

  const changes: {
    values: number[];
    context: ScoringContext;
    threshold: number | null;
    delta: number;
    verdict: string;
    source: string;
  }[] = [
    {
      values: [6, 5, 5, 5, 4, 5, 4],
      context: { baseline: 60, onset: 'acute' },
      threshold: 26,
      delta: -26,
      verdict: 'improved',
      source: `${newell}: acute MCIC 26, met exactly`,
    },
    {
      values: [6, 5, 5, 5, 5, 5, 4],
      context: { baseline: 60, onset: 'acute' },
      threshold: 26,
      delta: -25,
      verdict: 'unchanged',
      source: `${newell}: acute, 25 < 26`,
    },
    {
      values: [6, 5, 5, 5, 5, 5, 4],
      context: { baseline: 53, onset: 'subacute' },
      threshold: 18,
      delta: -18,
      verdict: 'improved',
      source: `${newell}: subacute MCIC 18`,
    },
    {
      values: [6, 5, 5, 5, 5, 5, 4],
      context: { baseline: 52, onset: 'chronic' },
      threshold: 18,
      delta: -17,
      verdict: 'unchanged',
      source: `${newell}: chronic, 17 < 18`,
    },
    {
      values: [6, 5, 5, 5, 5, 5, 4],
      context: { baseline: 17, onset: 'chronic' },
      threshold: 18,
      delta: 18,
      verdict: 'worse',
      source: `${newell}: 18 points worse`,
    },
    {
      values: [6, 5, 5, 5, 5, 5, 4],
      context: { baseline: 60 },
      threshold: null,
      delta: -25,
      verdict: 'none',
      source: 'no onset given: no threshold to judge by',
    },
  ];
  for (const c of changes)
    test(`judges ${c.delta} with ${JSON.stringify(c.context)} as ${c.verdict} (${c.source})`, () => {
      const result = scoreBournemouthBack(answers(c.values), c.context);
      assert.ok(result.ok);
      assert.equal(result.value.importantChange, c.threshold);
      assert.deepEqual(result.value.change, {
        baseline: c.context.baseline,
        delta: c.delta,
        threshold: c.threshold,
        verdict: c.verdict,
      });
    });

  test('leaves the total unscored when an item is missing (no published proration)', () => {
    const result = scoreBournemouthBack(answers([6, 5, 5, null, 5, 5, 4]), { onset: 'acute' });
    assert.ok(result.ok);
    assert.equal(result.value.status, 'incomplete');
    assert.deepEqual(result.value.missing, ['anxiety']);
    assert.equal(result.value.value, null);
    assert.equal(result.value.importantChange, 26);
  });

  test('rejects an item above 10, a baseline above 70 and an unknown onset', () => {
    const result = scoreBournemouthBack({ pain: 11 }, { baseline: 71, onset: 'recurrent' } as never);
    assert.ok(!result.ok);
    assert.deepEqual(
      result.error.details.map((d) => d.path),
      ['answers.pain', 'context.baseline', 'context.onset'],
    );
  });
});

describe(scoreBournemouthNeck.name, () => {
  test('reports the change without a threshold (Bolton & Humphreys 2002 publish none)', () => {
    const result = scoreBournemouthNeck(answers([5, 4, 3, 2, 2, 4, 3]), { baseline: 40, onset: 'acute' });
    assert.ok(result.ok);
    assert.equal(result.value.instrumentId, 'bournemouth-neck');
    assert.equal(result.value.version, '2002');
    assert.equal(result.value.value, 23);
    assert.equal(result.value.importantChange, null);
    assert.deepEqual(result.value.change, { baseline: 40, delta: -17, threshold: null, verdict: 'none' });
  });

  test('leaves the total unscored when an item is missing', () => {
    const result = scoreBournemouthNeck(answers([5, 4, 3, 2, 2, 4, null]));
    assert.ok(result.ok);
    assert.equal(result.value.status, 'incomplete');
    assert.deepEqual(result.value.missing, ['pain_control']);
  });
});
