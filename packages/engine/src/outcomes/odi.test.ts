import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { odi, scoreOdi, type OdiAnswers } from './odi';

const fairbank = 'Fairbank & Pynsent 2000 via clinical-notes §2';

/** ODI answers from 10 values in section order; null marks an unanswered or not-applicable section. */
function answers(values: readonly (number | null)[]): OdiAnswers {
  return Object.fromEntries(odi.items.map((item, i) => [item.id, values[i] ?? null]));
}

describe(scoreOdi.name, () => {
  const cases: {
    values: (number | null)[];
    percent: number;
    total: number;
    band: string;
    rule: string;
    source: string;
  }[] = [
    {
      values: [0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
      percent: 0,
      total: 0,
      band: 'minimal',
      rule: 'odi.all-answered',
      source: `${fairbank}: 0–20 minimal`,
    },
    {
      values: [1, 1, 1, 1, 1, 1, 1, 1, 1, 1],
      percent: 20,
      total: 10,
      band: 'minimal',
      rule: 'odi.all-answered',
      source: `${fairbank}: upper edge of 0–20`,
    },
    {
      values: [2, 1, 1, 1, 1, 1, 1, 1, 1, 1],
      percent: 22,
      total: 11,
      band: 'moderate',
      rule: 'odi.all-answered',
      source: `${fairbank}: 21–40 moderate`,
    },
    {
      values: [2, 2, 2, 2, 2, 2, 2, 2, 2, 2],
      percent: 40,
      total: 20,
      band: 'moderate',
      rule: 'odi.all-answered',
      source: `${fairbank}: upper edge of 21–40`,
    },
    {
      values: [3, 2, 2, 2, 2, 2, 2, 2, 2, 2],
      percent: 42,
      total: 21,
      band: 'severe',
      rule: 'odi.all-answered',
      source: `${fairbank}: 41–60 severe`,
    },
    {
      values: [3, 3, 3, 3, 3, 3, 3, 3, 3, 3],
      percent: 60,
      total: 30,
      band: 'severe',
      rule: 'odi.all-answered',
      source: `${fairbank}: upper edge of 41–60`,
    },
    {
      values: [4, 3, 3, 3, 3, 3, 3, 3, 3, 3],
      percent: 62,
      total: 31,
      band: 'crippled',
      rule: 'odi.all-answered',
      source: `${fairbank}: 61–80`,
    },
    {
      values: [4, 4, 4, 4, 4, 4, 4, 4, 4, 4],
      percent: 80,
      total: 40,
      band: 'crippled',
      rule: 'odi.all-answered',
      source: `${fairbank}: upper edge of 61–80`,
    },
    {
      values: [5, 4, 4, 4, 4, 4, 4, 4, 4, 4],
      percent: 82,
      total: 41,
      band: 'bed-bound-or-exaggerating',
      rule: 'odi.all-answered',
      source: `${fairbank}: 81–100`,
    },
    {
      values: [5, 5, 5, 5, 5, 5, 5, 5, 5, 5],
      percent: 100,
      total: 50,
      band: 'bed-bound-or-exaggerating',
      rule: 'odi.all-answered',
      source: `${fairbank}: maximum`,
    },
    {
      values: [2, 1, 3, 1, 2, 2, 1, null, 2, 2],
      percent: 35.6,
      total: 16,
      band: 'moderate',
      rule: 'odi.proportional',
      source: 'clinical-notes §2 worked example: sex life not applicable, 16 / 45 = 35.6 % half up',
    },
    {
      values: [2, 2, 2, 2, 2, 2, 2, null, null, 2],
      percent: 40,
      total: 16,
      band: 'moderate',
      rule: 'odi.proportional',
      source: `${fairbank}: two sections drop 10 from the denominator, 16 / 40`,
    },
    {
      values: [3, null, null, null, null, null, null, null, null, null],
      percent: 60,
      total: 3,
      band: 'severe',
      rule: 'odi.proportional',
      source: `${fairbank}: one section answered, 3 / 5`,
    },
    {
      values: [1, 0, 0, 0, 0, 0, 0, 0, 0, null],
      percent: 2.2,
      total: 1,
      band: 'minimal',
      rule: 'odi.proportional',
      source: `${fairbank}: 1 / 45 = 2.22 % rounds to 2.2`,
    },
  ];
  for (const c of cases)
    test(`scores ${JSON.stringify(c.values)} as ${c.percent} % (${c.band}) — ${c.source}`, () => {
      const result = scoreOdi(answers(c.values));
      assert.ok(result.ok);
      assert.equal(result.value.status, 'complete');
      assert.equal(result.value.value, c.percent);
      assert.equal(result.value.percent, c.percent);
      assert.equal(result.value.total, c.total);
      assert.equal(result.value.unit, 'percent');
      assert.equal(result.value.band?.id, c.band);
      assert.equal(result.value.rule.id, c.rule);
      assert.equal(result.value.version, '2.1a');
      assert.equal(result.value.importantChange, 10);
    });

  test('lists the unanswered sections', () => {
    const result = scoreOdi(answers([2, 1, 3, 1, 2, 2, 1, null, 2, 2]));
    assert.ok(result.ok);
    assert.deepEqual(result.value.missing, ['sex_life']);
    assert.equal(result.value.answered, 9);
  });

  test('leaves a form with no section answered unscored', () => {
    const result = scoreOdi(answers([null, null, null, null, null, null, null, null, null, null]));
    assert.ok(result.ok);
    assert.equal(result.value.status, 'incomplete');
    assert.equal(result.value.value, null);
    assert.equal(result.value.rule.id, 'odi.none-answered');
  });

  const changes: { values: (number | null)[]; baseline: number; delta: number; verdict: string }[] = [
    { values: [2, 1, 3, 1, 2, 2, 1, null, 2, 2], baseline: 45.6, delta: -10, verdict: 'improved' },
    { values: [2, 1, 3, 1, 2, 2, 1, null, 2, 2], baseline: 44, delta: -8.4, verdict: 'unchanged' },
    { values: [3, 3, 3, 3, 3, 3, 3, 3, 3, 3], baseline: 50, delta: 10, verdict: 'worse' },
  ];
  for (const c of changes)
    test(`judges ${c.delta} percentage points from ${c.baseline} as ${c.verdict} (MCID 10 points, clinical-notes §2)`, () => {
      const result = scoreOdi(answers(c.values), { baseline: c.baseline });
      assert.ok(result.ok);
      assert.deepEqual(result.value.change, {
        baseline: c.baseline,
        delta: c.delta,
        threshold: 10,
        verdict: c.verdict,
      });
    });

  test('rejects a sixth statement and a baseline above 100 %', () => {
    const result = scoreOdi({ walking: 6 }, { baseline: 101 });
    assert.ok(!result.ok);
    assert.deepEqual(
      result.error.details.map((d) => d.path),
      ['answers.walking', 'context.baseline'],
    );
  });
});
