import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { coverageBodyOf, coveragePath, emptyCoverageDrafts, type CoverageDrafts } from './coverage-draft';

const secondaryOnly: CoverageDrafts = {
  ...emptyCoverageDrafts,
  secondary: {
    ...emptyCoverageDrafts.secondary,
    payerName: ' Lakeside Trust ',
    insuredId: 'LEH42',
    insuredName: 'Lovelace, William',
    relationship: 'spouse',
  },
};

describe(coverageBodyOf.name, () => {
  test('sends nothing for coverages left blank', () => {
    assert.deepEqual(coverageBodyOf(emptyCoverageDrafts), []);
  });

  test('sends a filled coverage with blank optional fields as null', () => {
    assert.deepEqual(coverageBodyOf(secondaryOnly), [
      {
        rank: 'secondary',
        insuranceType: 'group',
        payerName: ' Lakeside Trust ',
        payerId: null,
        insuredId: 'LEH42',
        insuredName: 'Lovelace, William',
        relationship: 'spouse',
        groupNumber: null,
        insuredDateOfBirth: null,
        insuredSex: null,
        insuredAddress: null,
      },
    ]);
  });
});

describe(coveragePath.name, () => {
  // The server names errors by the index in the body it was sent, so a lone secondary is coverage.0.
  test('names a field by its coverage’s place in the body, and none for a blank coverage', () => {
    assert.equal(coveragePath(secondaryOnly, 'secondary', 'insuredId'), 'coverage.0.insuredId');
    assert.equal(coveragePath(secondaryOnly, 'primary', 'insuredId'), undefined);
  });
});
