import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  checkCoding,
  suggestCoding,
  type ClaimCoding,
  type CodingCheckContext,
  type CodingSuggestion,
  type Segment,
} from '@sotchart/engine';
import { languages, sourceLanguage } from '@sotchart/i18n';
import { translateKnown } from './translator';

function suggestion(
  segments: ReadonlyArray<readonly [Segment, readonly ('P' | 'A' | 'R' | 'T')[]]>,
): CodingSuggestion {
  const result = suggestCoding({
    adjustedSegments: segments.map(([segment, part]) => ({ segment, part: [...part] })),
    blocking: null,
    cranial: false,
    extraspinalRegions: [],
    phase: 'active',
    abnOnFile: false,
  });
  assert.ok(result.ok);
  return result.value;
}

const active: CodingCheckContext = {
  dateOfService: '2026-03-02',
  suggestion: suggestion([
    ['L5', ['P', 'A']],
    ['SA', []],
    ['C2', ['P']],
  ]),
  phase: 'active',
  courseStart: '2026-02-01',
  abnDate: null,
  medicare: true,
  imaging: [],
  clinicDiagnoses: [],
  feeScheduleCodes: ['97140'],
};

// Codings wrong in every way the checks know, so nearly every wording of the engine appears.
const cases: ReadonlyArray<readonly [ClaimCoding, CodingCheckContext]> = [
  [
    {
      diagnoses: ['M54.50', '', 'Q9', 'M54.5', 'M54', 'Z99.89', 'M99.01', 'M99.09'],
      lines: [
        { code: '98942', modifiers: ['AT', 'GA', 'XX'], pointers: [], units: 2 },
        { code: '98940', modifiers: [], pointers: [1, 1, 2, 3, 9], units: 1 },
        { code: '98943', modifiers: ['AT'], pointers: [4], units: 1 },
        { code: '98943', modifiers: [], pointers: [4], units: 1 },
        { code: '97530', modifiers: [], pointers: [1], units: 1 },
        { code: 'ABC', modifiers: [], pointers: [1], units: 1 },
      ],
      overrides: [],
    },
    active,
  ],
  [
    {
      diagnoses: ['M99.04'],
      lines: [
        { code: '98941', modifiers: ['AT', 'GZ'], pointers: [1], units: 1 },
        { code: '97140', modifiers: ['GA'], pointers: [1], units: 1 },
      ],
      overrides: [],
    },
    { ...active, phase: 'maintenance', abnDate: '2026-01-10', feeScheduleCodes: null },
  ],
  [
    {
      diagnoses: ['M99.03'],
      lines: [{ code: '98940', modifiers: ['GA'], pointers: [1], units: 1 }],
      overrides: [],
    },
    { ...active, phase: 'maintenance', abnDate: '2026-04-01', suggestion: suggestion([['C1', ['P', 'A']]]) },
  ],
  [
    {
      diagnoses: ['M54.50'],
      lines: [{ code: '98940', modifiers: [], pointers: [1], units: 1 }],
      overrides: [],
    },
    { ...active, phase: 'maintenance', suggestion: suggestion([]) },
  ],
];

const messages = [
  ...new Set(cases.flatMap(([coding, context]) => checkCoding(coding, context).map((p) => p.message))),
];

describe('the coding checks’ wording', () => {
  test('the cases below reach most of the wordings the engine has', () => {
    assert.ok(messages.length >= 30, `${messages.length} wordings`);
  });

  for (const language of languages.filter((l) => l !== sourceLanguage))
    test(`every problem the engine words is translated into ${language}, its codes kept`, () => {
      const untranslated = messages.filter((m) => translateKnown(language, 'coding', m) === m);
      assert.deepEqual(untranslated, []);
      for (const m of messages) {
        const shown = translateKnown(language, 'coding', m);
        assert.doesNotMatch(shown, /[{}]/u, shown);
        for (const code of m.match(/\b(?:9894[0-3]|M99\.0\d|M54\.50)\b/gu) ?? [])
          assert.ok(shown.includes(code), shown);
      }
    });
});
