import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { PartLetter } from '../protocol/indicator-spec';
import { checkPartLetters } from './part-check';

const cms = 'CMS BPM ch.15 §240.1.2: 2 of 4 PART findings, one of them A or R (clinical-notes §1.1)';

describe(checkPartLetters.name, () => {
  const cases: {
    letters: PartLetter[];
    passed: boolean;
    needsAOrR: boolean;
    moreLetters: number;
    summary: string;
  }[] = [
    { letters: ['P', 'A'], passed: true, needsAOrR: false, moreLetters: 0, summary: 'PART documented.' },
    { letters: ['R', 'T'], passed: true, needsAOrR: false, moreLetters: 0, summary: 'PART documented.' },
    { letters: ['A', 'R'], passed: true, needsAOrR: false, moreLetters: 0, summary: 'PART documented.' },
    {
      letters: ['P', 'A', 'R', 'T'],
      passed: true,
      needsAOrR: false,
      moreLetters: 0,
      summary: 'PART documented.',
    },
    { letters: ['P', 'T'], passed: false, needsAOrR: true, moreLetters: 0, summary: 'Needs A or R.' },
    { letters: ['P'], passed: false, needsAOrR: true, moreLetters: 0, summary: 'Needs A or R.' },
    {
      letters: ['A'],
      passed: false,
      needsAOrR: false,
      moreLetters: 1,
      summary: 'Needs one more letter (P, R or T).',
    },
    {
      letters: ['R'],
      passed: false,
      needsAOrR: false,
      moreLetters: 1,
      summary: 'Needs one more letter (P, A or T).',
    },
    {
      letters: [],
      passed: false,
      needsAOrR: true,
      moreLetters: 1,
      summary: 'Needs A or R and one more letter (P, A, R or T).',
    },
  ];
  for (const c of cases)
    test(`${c.passed ? 'passes' : 'fails'} [${c.letters.join(', ')}] (${cms})`, () => {
      assert.deepEqual(checkPartLetters(c.letters), {
        passed: c.passed,
        missing: { needsAOrR: c.needsAOrR, moreLetters: c.moreLetters },
        summary: c.summary,
      });
    });
});
