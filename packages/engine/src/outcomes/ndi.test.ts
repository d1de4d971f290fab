import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { ndi, scoreNdi, type NdiAnswers } from './ndi';

const vernon = 'Vernon, NDI author scoring note (clinical-notes §2)';

/** NDI answers from 10 values in section order; null marks a skipped section. */
function answers(values: readonly (number | null)[]): NdiAnswers {
  return Object.fromEntries(ndi.items.map((item, i) => [item.id, values[i] ?? null]));
}

describe(scoreNdi.name, () => {
  const cases: {
    values: (number | null)[];
    value: number;
    percent: number;
    band: string;
    rule: string;
    source: string;
  }[] = [
    {
      values: [0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
      value: 0,
      percent: 0,
      band: 'none',
      rule: 'ndi.complete',
      source: `${vernon}: 0–4 no disability`,
    },
    {
      values: [1, 1, 1, 1, 0, 0, 0, 0, 0, 0],
      value: 4,
      percent: 8,
      band: 'none',
      rule: 'ndi.complete',
      source: `${vernon}: upper edge of 0–4`,
    },
    {
      values: [1, 1, 1, 1, 1, 0, 0, 0, 0, 0],
      value: 5,
      percent: 10,
      band: 'mild',
      rule: 'ndi.complete',
      source: `${vernon}: lower edge of 5–14`,
    },
    {
      values: [2, 2, 2, 2, 2, 1, 1, 1, 1, 0],
      value: 14,
      percent: 28,
      band: 'mild',
      rule: 'ndi.complete',
      source: `${vernon}: upper edge of 5–14`,
    },
    {
      values: [2, 2, 2, 2, 2, 1, 1, 1, 1, 1],
      value: 15,
      percent: 30,
      band: 'moderate',
      rule: 'ndi.complete',
      source: `${vernon}: lower edge of 15–24`,
    },
    {
      values: [2, 2, 2, 2, 2, 2, 2, 2, 1, 1],
      value: 18,
      percent: 36,
      band: 'moderate',
      rule: 'ndi.complete',
      source: `${vernon}: raw × 2 = percent`,
    },
    {
      values: [3, 3, 3, 3, 3, 3, 2, 2, 1, 1],
      value: 24,
      percent: 48,
      band: 'moderate',
      rule: 'ndi.complete',
      source: `${vernon}: upper edge of 15–24`,
    },
    {
      values: [3, 3, 3, 3, 3, 3, 3, 2, 1, 1],
      value: 25,
      percent: 50,
      band: 'severe',
      rule: 'ndi.complete',
      source: `${vernon}: lower edge of 25–34`,
    },
    {
      values: [4, 4, 4, 4, 3, 3, 3, 3, 3, 3],
      value: 34,
      percent: 68,
      band: 'severe',
      rule: 'ndi.complete',
      source: `${vernon}: upper edge of 25–34`,
    },
    {
      values: [4, 4, 4, 4, 4, 3, 3, 3, 3, 3],
      value: 35,
      percent: 70,
      band: 'complete',
      rule: 'ndi.complete',
      source: `${vernon}: above 34 = complete`,
    },
    {
      values: [5, 5, 5, 5, 5, 5, 5, 5, 5, 5],
      value: 50,
      percent: 100,
      band: 'complete',
      rule: 'ndi.complete',
      source: `${vernon}: maximum 50`,
    },
    {
      values: [2, 2, 2, 2, 2, 2, 1, 1, 1, 1],
      value: 16,
      percent: 32,
      band: 'moderate',
      rule: 'ndi.complete',
      source: 'worked example 16 / 50 = 32 %',
    },
    {
      values: [2, 2, 2, 2, 2, 2, 1, null, 1, 2],
      value: 17.8,
      percent: 35.6,
      band: 'moderate',
      rule: 'ndi.prorated',
      source: `${vernon}: one missing, mean added: 16 + 16/9 = 17.78; 16/45 = 35.6 % half up (clinical-notes §2)`,
    },
    {
      values: [2, 2, 2, 2, 2, 2, 2, null, 2, 2],
      value: 20,
      percent: 40,
      band: 'moderate',
      rule: 'ndi.prorated',
      source: `${vernon}: one missing, 18 + 2 = 20`,
    },
    {
      values: [4, 4, 4, 4, 3, 3, 3, 3, 3, null],
      value: 34.4,
      percent: 68.9,
      band: 'complete',
      rule: 'ndi.prorated',
      source: `${vernon}: 31 × 10 / 9 = 34.4, "above 34 = complete"`,
    },
    {
      values: [1, 1, 1, 1, 0, 0, 0, null, 0, 0],
      value: 4.4,
      percent: 8.9,
      band: 'mild',
      rule: 'ndi.prorated',
      source: `${vernon}: 4 × 10 / 9 = 4.4 lies above the 0–4 band`,
    },
  ];
  for (const c of cases)
    test(`scores ${JSON.stringify(c.values)} as ${c.value} (${c.percent} %, ${c.band}) — ${c.source}`, () => {
      const result = scoreNdi(answers(c.values));
      assert.ok(result.ok);
      assert.equal(result.value.status, 'complete');
      assert.equal(result.value.value, c.value);
      assert.equal(result.value.total, c.value);
      assert.equal(result.value.percent, c.percent);
      assert.equal(result.value.band?.id, c.band);
      assert.equal(result.value.rule.id, c.rule);
      assert.equal(result.value.importantChange, 5);
      assert.equal(result.value.version, '1991');
    });

  test('leaves the index unscored when two sections are missing (author prorates only one)', () => {
    const result = scoreNdi(answers([2, 2, 2, 2, 2, 2, 2, null, null, 2]));
    assert.ok(result.ok);
    assert.equal(result.value.status, 'incomplete');
    assert.equal(result.value.value, null);
    assert.equal(result.value.percent, null);
    assert.equal(result.value.band, null);
    assert.deepEqual(result.value.missing, ['driving', 'sleeping']);
    assert.equal(result.value.answered, 8);
    assert.equal(result.value.rule.id, 'ndi.incomplete');
  });

  test('leaves an empty form unscored', () => {
    const result = scoreNdi({});
    assert.ok(result.ok);
    assert.equal(result.value.status, 'incomplete');
    assert.equal(result.value.missing.length, 10);
  });

  const changes: {
    values: (number | null)[];
    baseline: number;
    delta: number;
    verdict: string;
    source: string;
  }[] = [
    {
      values: [2, 2, 2, 2, 2, 2, 2, 2, 2, 1],
      baseline: 24,
      delta: -5,
      verdict: 'improved',
      source: `${vernon}: at least a 5-point change`,
    },
    {
      values: [2, 2, 2, 2, 2, 2, 2, 2, 2, 2],
      baseline: 24,
      delta: -4,
      verdict: 'unchanged',
      source: `${vernon}: 4 points is under the MCID`,
    },
    {
      values: [3, 3, 3, 3, 3, 3, 3, 3, 3, 2],
      baseline: 24,
      delta: 5,
      verdict: 'worse',
      source: `${vernon}: 5 points worse`,
    },
    {
      values: [2, 2, 2, 2, 2, 2, 1, null, 1, 2],
      baseline: 22.8,
      delta: -5,
      verdict: 'improved',
      source: 'prorated 17.8 vs 22.8 compares exactly',
    },
  ];
  for (const c of changes)
    test(`judges a change from ${c.baseline} as ${c.verdict} (${c.source})`, () => {
      const result = scoreNdi(answers(c.values), { baseline: c.baseline });
      assert.ok(result.ok);
      assert.deepEqual(result.value.change, {
        baseline: c.baseline,
        delta: c.delta,
        threshold: 5,
        verdict: c.verdict,
      });
    });

  test('has no change without a baseline', () => {
    const result = scoreNdi(answers([1, 1, 1, 1, 1, 1, 1, 1, 1, 1]));
    assert.ok(result.ok);
    assert.equal(result.value.change, null);
  });

  const invalid: { answers: unknown; context?: unknown; paths: string[] }[] = [
    { answers: { lifting: 6 }, paths: ['answers.lifting'] },
    { answers: { lifting: 2.5 }, paths: ['answers.lifting'] },
    { answers: { lifting: -1 }, paths: ['answers.lifting'] },
    { answers: { lifting: '2' }, paths: ['answers.lifting'] },
    { answers: { neck: 2 }, paths: ['answers.neck'] },
    { answers: {}, context: { baseline: 51 }, paths: ['context.baseline'] },
    { answers: { lifting: 9 }, context: { baseline: -1 }, paths: ['answers.lifting', 'context.baseline'] },
    { answers: null, paths: ['answers'] },
  ];
  for (const c of invalid)
    test(`rejects ${JSON.stringify(c.answers)} / ${JSON.stringify(c.context)} naming ${c.paths.join(', ')}`, () => {
      const result = scoreNdi(c.answers as NdiAnswers, c.context as never);
      assert.ok(!result.ok);
      assert.equal(result.error.code, 'VALIDATION_FAILED');
      assert.deepEqual(
        result.error.details.map((d) => d.path),
        c.paths,
      );
    });
});
