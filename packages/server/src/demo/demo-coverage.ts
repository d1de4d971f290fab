import type { Coverage } from '@sotchart/contract';

/**
 * The demo patients' insurance, the same every time and drawn without the seeded random stream (so
 * adding it changed no other demo value). Payers and member ids are made up. Every third patient also
 * has a secondary coverage through a spouse, so the claim form's boxes 9–9d have something to show.
 */
export function demoCoverage(index: number, givenName: string, familyName: string): Coverage[] {
  const self = `${familyName}, ${givenName}`;
  const memberId = (prefix: string) => `${prefix}${String(40_213_000 + index * 7_919).padStart(9, '0')}`;
  const primary: Coverage = {
    rank: 'primary',
    insuranceType: 'group',
    payerName: 'Harbour Mutual Health Plan',
    payerId: '99901',
    insuredId: memberId('HMH'),
    insuredName: self,
    relationship: 'self',
    groupNumber: `G-${String(7100 + (index % 4)).padStart(5, '0')}`,
    insuredDateOfBirth: null,
    insuredSex: null,
    insuredAddress: null,
  };
  if (index % 3 !== 0) return [primary];
  return [
    primary,
    {
      rank: 'secondary',
      insuranceType: 'group',
      payerName: 'Lakeside Employers Health Trust',
      payerId: '99902',
      insuredId: memberId('LEH'),
      insuredName: `${familyName}, Jordan`,
      relationship: 'spouse',
      groupNumber: 'LE-2210',
      insuredDateOfBirth: '1968-04-17',
      insuredSex: index % 2 === 0 ? 'male' : 'female',
      insuredAddress: null,
    },
  ];
}
