import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { ClaimForm } from './claim-form';
import { splitClaim, type BilledLine, type ClaimHeader } from './split-claim';

const noAddress = { street: '', city: '', state: '', zip: '' };
const header: ClaimHeader = {
  payerName: 'Harbour Mutual',
  insuranceType: 'group',
  insuredId: 'HMH1',
  patientName: 'LOVELACE, ADA',
  patientBirthDate: '1980-12-10',
  patientSex: 'F',
  insuredName: 'LOVELACE, ADA',
  patientAddress: noAddress,
  patientPhone: '',
  relationship: 'self',
  insuredAddress: noAddress,
  otherInsured: null,
  groupNumber: '',
  insuredBirthDate: null,
  insuredSex: null,
  planName: 'Harbour Mutual',
  signatureOnFile: false,
  courseStart: null,
  xrayDate: null,
  taxId: '',
  taxIdType: 'ein',
  accountNumber: 'C-1',
  physicianSignature: { name: 'Ada Byron, DC', date: '2026-02-03' },
  serviceFacility: { name: 'Clinic', address: noAddress, npi: '' },
  billingProvider: { name: 'Clinic', address: noAddress, npi: '' },
};

const billed = (code: string, pointed: string[], visitDiagnoses: string[] = pointed): BilledLine => ({
  date: '2026-02-03',
  placeOfService: '11',
  code,
  modifiers: [],
  charge: null,
  units: 1,
  renderingNpi: '',
  pointed,
  visitDiagnoses,
});

const shape = (forms: ClaimForm[]) =>
  forms.map((f) => ({ diagnoses: f.diagnoses, lines: f.lines.map((l) => `${l.code}:${l.pointers}`) }));

describe(splitClaim.name, () => {
  // CMS-1500 02/12 (NUCC instructions): box 24 holds six lines, box 21 twelve diagnoses (A–L),
  // box 24E up to four pointers per line.
  test('puts a seventh line on a second form, each form with its own letters', () => {
    const lines = [
      billed('98941', ['M99.03', 'M99.04'], ['M99.03', 'M99.04', 'M54.50']),
      ...['97110', '97112', '97140', '97530', '97014'].map((c) => billed(c, ['M54.50'])),
      billed('98943', ['M99.00']),
    ];
    assert.deepEqual(shape(splitClaim(header, lines)), [
      {
        diagnoses: ['M99.03', 'M99.04', 'M54.50'],
        lines: ['98941:AB', '97110:C', '97112:C', '97140:C', '97530:C', '97014:C'],
      },
      { diagnoses: ['M99.00'], lines: ['98943:A'] },
    ]);
  });

  test('starts a new form rather than list a thirteenth diagnosis', () => {
    const first = Array.from({ length: 10 }, (_, i) => `M25.5${i}`);
    const lines = [billed('98940', ['M99.01'], ['M99.01', ...first]), billed('98943', ['M99.07', 'M99.08'])];
    assert.deepEqual(
      splitClaim(header, lines).map((f) => f.diagnoses.length),
      [11, 2],
    );
  });

  test('keeps at most four pointers on a line', () => {
    const codes = ['M99.01', 'M99.02', 'M99.03', 'M99.04', 'M99.05'];
    assert.deepEqual(shape(splitClaim(header, [billed('98942', codes)]))[0]?.lines, ['98942:ABCD']);
  });

  test('prints one empty form when nothing is billed', () => {
    assert.deepEqual(shape(splitClaim(header, [])), [{ diagnoses: [], lines: [] }]);
  });
});
