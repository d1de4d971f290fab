import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { patientTypoKeys, typoProbes } from './patient-typo-keys';

/** Whether `q` finds the patient: each probed word meets one of the patient's typo keys. */
const finds = (q: string, familyName: string, givenName: string): boolean => {
  const keys = new Set(patientTypoKeys({ familyName, givenName }));
  const probes = typoProbes(q);
  return probes.length > 0 && probes.every((word) => word.some((k) => keys.has(k)));
};

describe(patientTypoKeys.name, () => {
  test('stores each word with its one-letter deletions, and a short word only as it is', () => {
    assert.deepEqual(patientTypoKeys({ familyName: 'Alvarez', givenName: 'Ann' }).sort(), [
      'alarez',
      'alvaez',
      'alvare',
      'alvarez',
      'alvarz',
      'alvrez',
      'ann',
      'avarez',
      'lvarez',
    ]);
  });
});

describe(typoProbes.name, () => {
  // One edit of each kind (Damerau–Levenshtein distance 1), and what stays out of reach.
  const cases = [
    ['isabela', 'Alvarez', 'Isabella', true, 'a letter missing'],
    ['isabellla', 'Alvarez', 'Isabella', true, 'a letter added'],
    ['isebella', 'Alvarez', 'Isabella', true, 'a letter changed'],
    ['isbaella', 'Alvarez', 'Isabella', true, 'two letters swapped'],
    ['alvarez isabela', 'Alvarez', 'Isabella', true, 'one typo in two words'],
    ['Alvarez, Isabela', 'Alvarez', 'Isabella', true, 'the list form with a typo'],
    ['izabela', 'Alvarez', 'Isabella', false, 'two typos'],
    ['alvarez mia', 'Alvarez', 'Isabella', false, 'a word she does not have'],
    ['anm', 'Anders', 'Ann', false, 'a short word is matched as typed'],
    ['', 'Anders', 'Ann', false, 'an empty query looks nothing up'],
  ] as const;
  for (const [q, family, given, expected, why] of cases) {
    test(`"${q}" ${expected ? 'finds' : 'does not find'} ${given} ${family} (${why})`, () => {
      assert.equal(finds(q, family, given), expected);
    });
  }

  test('looks up at most four words', () => {
    assert.equal(typoProbes('a b c d e f').length, 4);
  });
});
