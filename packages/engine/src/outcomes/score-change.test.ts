import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { compareWithBaseline } from './score-change';

describe(compareWithBaseline.name, () => {
  const cases: {
    name: string;
    args: [number, number, number | null, boolean];
    expected: { delta: number; verdict: string };
  }[] = [
    {
      name: 'a fall exactly at the threshold is an improvement when lower is better (NDI: at least 5 points)',
      args: [19, 24, 5, false],
      expected: { delta: -5, verdict: 'improved' },
    },
    {
      name: 'a fall just under the threshold is unchanged',
      args: [20, 24, 5, false],
      expected: { delta: -4, verdict: 'unchanged' },
    },
    {
      name: 'a rise at the threshold is worse when lower is better',
      args: [29, 24, 5, false],
      expected: { delta: 5, verdict: 'worse' },
    },
    {
      name: 'a rise at the threshold is an improvement when higher is better (PSFS)',
      args: [6, 4, 2, true],
      expected: { delta: 2, verdict: 'improved' },
    },
    {
      name: 'decimals compare exactly: 35.6 − 45.6 is −10 (ODI threshold 10)',
      args: [35.6, 45.6, 10, false],
      expected: { delta: -10, verdict: 'improved' },
    },
    {
      name: 'without a threshold the change is reported with verdict none (Bournemouth neck)',
      args: [20, 40, null, false],
      expected: { delta: -20, verdict: 'none' },
    },
    {
      name: 'no change is unchanged',
      args: [12, 12, 5, false],
      expected: { delta: 0, verdict: 'unchanged' },
    },
  ];
  for (const c of cases)
    test(c.name, () => {
      const change = compareWithBaseline(...c.args);
      assert.equal(change.delta, c.expected.delta);
      assert.equal(change.verdict, c.expected.verdict);
      assert.equal(change.baseline, c.args[1]);
      assert.equal(change.threshold, c.args[2]);
    });
});
