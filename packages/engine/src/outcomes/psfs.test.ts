import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { scorePsfs, type PsfsAnswers } from './psfs';

const stratford = 'Stratford et al. 1995: mean of activity scores (clinical-notes §2)';
const mdc = 'clinical-notes §2: PSFS MDC 2 points for the mean, 3 for one activity';

/** PSFS answers with activities a, b, c, … rated by the given scores. */
function answers(scores: readonly (number | null)[]): PsfsAnswers {
  return {
    activities: scores.map((score, i) => ({ id: 'abcde'.charAt(i), label: `Activity ${i + 1}`, score })),
  };
}

describe(scorePsfs.name, () => {
  const means: { scores: number[]; mean: number; source: string }[] = [
    { scores: [3, 4, 5], mean: 4, source: stratford },
    { scores: [6, 7, 6, 6], mean: 6.3, source: `${stratford}; 25 / 4 = 6.25 rounds half up` },
    { scores: [1, 2, 2, 2], mean: 1.8, source: `${stratford}; 7 / 4 = 1.75 rounds half up` },
    { scores: [0, 0, 0, 1], mean: 0.3, source: `${stratford}; 0.25 rounds half up` },
    { scores: [2, 5, 7, 1, 8], mean: 4.6, source: `${stratford}; five activities` },
    { scores: [1, 1, 2], mean: 1.3, source: `${stratford}; 4 / 3 = 1.33` },
    { scores: [0, 0, 0], mean: 0, source: `${stratford}; 0 = unable` },
    { scores: [10, 10, 10, 10, 10], mean: 10, source: `${stratford}; 10 = pre-injury level` },
  ];
  for (const c of means)
    test(`scores ${JSON.stringify(c.scores)} as mean ${c.mean} (${c.source})`, () => {
      const result = scorePsfs(answers(c.scores));
      assert.ok(result.ok);
      assert.equal(result.value.status, 'complete');
      assert.equal(result.value.value, c.mean);
      assert.equal(result.value.band, null);
      assert.equal(result.value.importantChange, 2);
      assert.equal(result.value.activities?.length, c.scores.length);
    });

  test('judges each activity by 3 points and the mean by 2 against the baseline', () => {
    const result = scorePsfs(answers([6, 6, 3, 6]), {
      baseline: 4,
      baselineActivities: { a: 3, b: 4, c: 6 },
    });
    assert.ok(result.ok);
    assert.equal(result.value.value, 5.3);
    assert.deepEqual(result.value.change, { baseline: 4, delta: 1.3, threshold: 2, verdict: 'unchanged' });
    assert.deepEqual(
      result.value.activities?.map((a) => a.change),
      [
        { baseline: 3, delta: 3, threshold: 3, verdict: 'improved' },
        { baseline: 4, delta: 2, threshold: 3, verdict: 'unchanged' },
        { baseline: 6, delta: -3, threshold: 3, verdict: 'worse' },
        null,
      ],
      mdc,
    );
  });

  const meanChanges: { scores: number[]; baseline: number; delta: number; verdict: string }[] = [
    { scores: [6, 6, 6], baseline: 4, delta: 2, verdict: 'improved' },
    { scores: [6, 6, 6], baseline: 4.1, delta: 1.9, verdict: 'unchanged' },
    { scores: [2, 2, 2], baseline: 4, delta: -2, verdict: 'worse' },
    { scores: [6, 7, 6, 6], baseline: 4.3, delta: 2, verdict: 'improved' },
  ];
  for (const c of meanChanges)
    test(`judges the mean of ${JSON.stringify(c.scores)} against ${c.baseline} as ${c.verdict} (${mdc})`, () => {
      const result = scorePsfs(answers(c.scores), { baseline: c.baseline });
      assert.ok(result.ok);
      assert.deepEqual(result.value.change, {
        baseline: c.baseline,
        delta: c.delta,
        threshold: 2,
        verdict: c.verdict,
      });
    });

  test('leaves the mean unscored when an activity is not rated, but still compares the rated ones', () => {
    const result = scorePsfs(answers([5, null, 7]), { baseline: 3, baselineActivities: { a: 2 } });
    assert.ok(result.ok);
    assert.equal(result.value.status, 'incomplete');
    assert.equal(result.value.value, null);
    assert.equal(result.value.change, null);
    assert.deepEqual(result.value.missing, ['b']);
    assert.deepEqual(result.value.activities?.[0]?.change, {
      baseline: 2,
      delta: 3,
      threshold: 3,
      verdict: 'improved',
    });
  });

  const invalid: { answers: unknown; paths: string[] }[] = [
    { answers: answers([4, 5]), paths: ['answers.activities'] },
    { answers: answers([4, 5, 6, 7, 8, 9]), paths: ['answers.activities'] },
    { answers: answers([4, 11, 6]), paths: ['answers.activities.1.score'] },
    {
      answers: {
        activities: [
          { id: 'a', score: 1 },
          { id: 'a', score: 2 },
          { id: 'b', score: 3 },
        ],
      },
      paths: ['answers.activities.1.id'],
    },
    {
      answers: {
        activities: [
          { id: '', score: 1 },
          { id: 'b', score: 2 },
          { id: 'c', score: 3 },
        ],
      },
      paths: ['answers.activities.0.id'],
    },
    { answers: {}, paths: ['answers.activities'] },
  ];
  for (const c of invalid)
    test(`rejects ${JSON.stringify(c.answers)} naming ${c.paths.join(', ')}`, () => {
      const result = scorePsfs(c.answers as PsfsAnswers);
      assert.ok(!result.ok);
      assert.deepEqual(
        result.error.details.map((d) => d.path),
        c.paths,
      );
    });
});
