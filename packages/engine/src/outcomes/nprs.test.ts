import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { scoreNprs, type NprsAnswers } from './nprs';
import type { ScoringContext } from './scoring-context';

const physio = 'physiotherapy.ca NRS-11 (clinical-notes §2)';
const scire = 'SCIRE overall-pain bands (clinical-notes §2)';

describe(scoreNprs.name, () => {
  const cases: {
    answers: NprsAnswers;
    context?: ScoringContext;
    value: number;
    band: string;
    rule: string;
    source: string;
  }[] = [
    { answers: { current: 0 }, value: 0, band: 'none', rule: 'nprs.single', source: `${physio}: 0 none` },
    { answers: { current: 1 }, value: 1, band: 'mild', rule: 'nprs.single', source: `${physio}: 1–3 mild` },
    {
      answers: { current: 3 },
      value: 3,
      band: 'mild',
      rule: 'nprs.single',
      source: `${physio}: upper edge of mild`,
    },
    {
      answers: { current: 4 },
      value: 4,
      band: 'moderate',
      rule: 'nprs.single',
      source: `${physio}: 4–6 moderate`,
    },
    {
      answers: { current: 6 },
      value: 6,
      band: 'moderate',
      rule: 'nprs.single',
      source: `${physio}: upper edge of moderate`,
    },
    {
      answers: { current: 7 },
      value: 7,
      band: 'severe',
      rule: 'nprs.single',
      source: `${physio}: 7–10 severe`,
    },
    {
      answers: { current: 10 },
      value: 10,
      band: 'severe',
      rule: 'nprs.single',
      source: `${physio}: maximum`,
    },
    {
      answers: { current: 7 },
      context: { nprsBands: 'overall-pain' },
      value: 7,
      band: 'moderate',
      rule: 'nprs.single',
      source: `${scire}: 4–7 moderate`,
    },
    {
      answers: { current: 8 },
      context: { nprsBands: 'overall-pain' },
      value: 8,
      band: 'severe',
      rule: 'nprs.single',
      source: `${scire}: 8–10 severe`,
    },
    {
      answers: { current: 4, best: 2, worst: 7 },
      value: 4.3,
      band: 'moderate',
      rule: 'nprs.mean-of-three',
      source: `${physio}: mean of 3, 13 / 3`,
    },
    {
      answers: { current: 2, best: 3, worst: 3 },
      value: 2.7,
      band: 'mild',
      rule: 'nprs.mean-of-three',
      source: `${physio}: 8 / 3 = 2.67 rounds up`,
    },
    {
      answers: { current: 3, best: 3, worst: 4 },
      value: 3.3,
      band: 'moderate',
      rule: 'nprs.mean-of-three',
      source: `${physio}: 3.3 lies above mild's upper edge 3`,
    },
    {
      answers: { current: 0, best: 0, worst: 1 },
      value: 0.3,
      band: 'mild',
      rule: 'nprs.mean-of-three',
      source: `${physio}: any pain above 0`,
    },
  ];
  for (const c of cases)
    test(`scores ${JSON.stringify(c.answers)} as ${c.value} (${c.band}) — ${c.source}`, () => {
      const result = scoreNprs(c.answers, c.context);
      assert.ok(result.ok);
      assert.equal(result.value.status, 'complete');
      assert.equal(result.value.value, c.value);
      assert.equal(result.value.band?.id, c.band);
      assert.equal(result.value.rule.id, c.rule);
      assert.equal(result.value.importantChange, 2);
    });

  const incomplete: { answers: NprsAnswers; missing: string[] }[] = [
    { answers: { current: 5, worst: 8 }, missing: ['best'] },
    { answers: { best: 2, worst: 8 }, missing: ['current'] },
    { answers: {}, missing: ['current', 'best', 'worst'] },
  ];
  for (const c of incomplete)
    test(`leaves ${JSON.stringify(c.answers)} unscored (the three-rating form needs all three)`, () => {
      const result = scoreNprs(c.answers);
      assert.ok(result.ok);
      assert.equal(result.value.status, 'incomplete');
      assert.equal(result.value.value, null);
      assert.deepEqual(result.value.missing, c.missing);
    });

  const changes: { answers: NprsAnswers; baseline: number; delta: number; verdict: string }[] = [
    { answers: { current: 6 }, baseline: 8, delta: -2, verdict: 'improved' },
    { answers: { current: 7 }, baseline: 8, delta: -1, verdict: 'unchanged' },
    { answers: { current: 10 }, baseline: 8, delta: 2, verdict: 'worse' },
    { answers: { current: 4, best: 2, worst: 7 }, baseline: 6.3, delta: -2, verdict: 'improved' },
  ];
  for (const c of changes)
    test(`judges ${JSON.stringify(c.answers)} against ${c.baseline} as ${c.verdict} (${physio}: MCID 2 points)`, () => {
      const result = scoreNprs(c.answers, { baseline: c.baseline });
      assert.ok(result.ok);
      assert.deepEqual(result.value.change, {
        baseline: c.baseline,
        delta: c.delta,
        threshold: 2,
        verdict: c.verdict,
      });
    });

  test('rejects ratings outside 0–10 and an unknown band table', () => {
    const result = scoreNprs({ current: 11 }, { nprsBands: 'vas' } as never);
    assert.ok(!result.ok);
    assert.deepEqual(
      result.error.details.map((d) => d.path),
      ['answers.current', 'context.nprsBands'],
    );
  });
});
