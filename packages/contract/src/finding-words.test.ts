import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { defaultPack, verify, type Finding } from '@sotchart/engine';
import { findingLines, siteWords } from './finding-words';

const names: Readonly<Record<string, string>> = {
  leg_check: 'Leg check',
  slr: 'SLR',
  arm_fossa: 'Arm–fossa',
  occipital_fibers: 'Occipital fibres',
  heel_tension: 'Heel tension',
  cranial_restriction: 'Cranial restriction',
  ts_point: 'TS point',
};
const name = (id: string): string => names[id] ?? id;
const lines = (pre: readonly Finding[], post: readonly Finding[] = []): string[] =>
  findingLines(verify(pre, post, defaultPack).items, name);

describe(findingLines.name, () => {
  const cases: readonly {
    readonly why: string;
    readonly pre: readonly Finding[];
    readonly post?: readonly Finding[];
    readonly expected: readonly string[];
  }[] = [
    {
      why: 'names the short leg and how it read after treatment, never "positive" (REFERENCE §2)',
      pre: [{ indicator: 'leg_check', phase: 'pre', side: 'L', mm: 5 }],
      post: [{ indicator: 'leg_check', phase: 'post', side: 'none' }],
      expected: ['Leg check: left leg 5 mm short; even after treatment'],
    },
    {
      why: 'reads even legs as even (REFERENCE §2)',
      pre: [{ indicator: 'leg_check', phase: 'pre', side: 'none' }],
      expected: ['Leg check: legs even'],
    },
    {
      why: 'gives each leg of an SLR its words; a negative SLR needs no degrees (REFERENCE §2)',
      pre: [
        { indicator: 'slr', phase: 'pre', side: 'L', degrees: 40, symptomReproduced: true },
        { indicator: 'slr', phase: 'pre', side: 'R', symptomReproduced: false },
      ],
      expected: ['SLR: left 40°, symptom reproduced; right negative'],
    },
    {
      why: 'tells an SLR after treatment by its value (REFERENCE §9, SLR per side)',
      pre: [{ indicator: 'slr', phase: 'pre', side: 'R', degrees: 35, symptomReproduced: true }],
      post: [{ indicator: 'slr', phase: 'post', side: 'R', symptomReproduced: false }],
      expected: ['SLR: right 35°, symptom reproduced (negative after treatment)'],
    },
    {
      why: 'reads a sided finding per side, the other side negative (REFERENCE §2, §9)',
      pre: [{ indicator: 'heel_tension', phase: 'pre', side: 'R', positive: true }],
      post: [{ indicator: 'heel_tension', phase: 'post', side: 'none', positive: false }],
      expected: ['Heel tension: left negative; right positive (cleared after treatment)'],
    },
    {
      why: 'says both sides negative once (REFERENCE §2, side none)',
      pre: [{ indicator: 'heel_tension', phase: 'pre', side: 'none', positive: false }],
      expected: ['Heel tension: negative both sides'],
    },
    {
      why: 'gives both fossae a line each (REFERENCE §2, several sites)',
      pre: [
        { indicator: 'arm_fossa', phase: 'pre', side: 'R', site: { fossa: 'upper' }, positive: true },
        { indicator: 'arm_fossa', phase: 'pre', side: 'none', site: { fossa: 'lower' }, positive: false },
      ],
      expected: [
        'Arm–fossa, lower fossa: negative both sides',
        'Arm–fossa, upper fossa: left negative; right positive',
      ],
    },
    {
      why: 'grades each side of one occipital cell apart (REFERENCE §2, per-side indicators)',
      pre: [
        { indicator: 'occipital_fibers', phase: 'pre', side: 'L', site: { line: 2, area: 5 }, grade: 2 },
        { indicator: 'occipital_fibers', phase: 'pre', side: 'R', site: { line: 2, area: 5 }, grade: 1 },
      ],
      post: [
        { indicator: 'occipital_fibers', phase: 'post', side: 'L', site: { line: 2, area: 5 }, grade: 1 },
      ],
      expected: [
        'Occipital fibres, line 2 area 5: left grade 2 (grade 1 after treatment); right grade 1 (not re-checked after treatment)',
      ],
    },
    {
      why: 'gives each cranial structure and TS point its own line (REFERENCE §2, several sites)',
      pre: [
        {
          indicator: 'cranial_restriction',
          phase: 'pre',
          side: 'R',
          site: { structure: 'sphenoid' },
          positive: true,
        },
        {
          indicator: 'cranial_restriction',
          phase: 'pre',
          side: 'L',
          site: { structure: 'parietal' },
          positive: true,
        },
        {
          indicator: 'ts_point',
          phase: 'pre',
          side: 'L',
          site: { level: 'T5', structure: 'A' },
          positive: true,
        },
      ],
      expected: [
        'Cranial restriction, parietal: left positive; right negative',
        'Cranial restriction, sphenoid: left negative; right positive',
        'TS point, T5 A: left positive; right negative',
      ],
    },
    {
      why: 'marks a finding carried forward from the last visit (clinical-notes §4)',
      pre: [{ indicator: 'leg_check', phase: 'pre', side: 'R', mm: 3, carriedForward: true }],
      expected: ['Leg check: right leg 3 mm short (carried forward from the last visit, confirmed)'],
    },
  ];
  for (const c of cases)
    test(c.why, () => {
      assert.deepEqual(lines(c.pre, c.post), c.expected);
    });

  test('never says "recorded" or calls the leg check positive', () => {
    const text = lines(
      [{ indicator: 'leg_check', phase: 'pre', side: 'L', mm: 5 }],
      [{ indicator: 'leg_check', phase: 'post', side: 'L', mm: 5 }],
    ).join(' ');
    assert.equal(text, 'Leg check: left leg 5 mm short; left leg 5 mm short after treatment');
    assert.doesNotMatch(text, /recorded|positive/);
  });
});

describe(siteWords.name, () => {
  test('names a TS point by level and letter, a cell by line and area', () => {
    assert.equal(siteWords({ level: 'T5', structure: 'A' }), 'T5 A');
    assert.equal(siteWords({ line: 1, area: 3 }), 'line 1 area 3');
    assert.equal(siteWords(undefined), '');
  });
});
