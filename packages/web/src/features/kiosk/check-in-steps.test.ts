import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { ConsentText, KioskForm } from '@sotchart/contract';
import { checkInSteps, whatFollows } from './check-in-steps';

const consent: ConsentText = { type: 'treatment', title: 'Consent to treatment', paragraphs: ['…'] };
const questionnaire = {
  definition: { id: 'ndi' },
  activities: [],
} as unknown as KioskForm['questionnaires'][number];
const form = (over: Partial<KioskForm>, checkIn: Partial<NonNullable<KioskForm['checkIn']>>): KioskForm => ({
  kind: 'check_in',
  clinicName: 'Clinic',
  givenName: 'Noor',
  language: 'en',
  expiresAt: '2026-03-02T15:00:00.000Z',
  questionnaires: [questionnaire],
  answered: 0,
  consent: null,
  checkIn: {
    startAt: '2026-03-02T15:00:00.000Z',
    time: '09:00',
    checkedIn: false,
    consents: [consent],
    consentsSigned: 0,
    ...checkIn,
  },
  ...over,
});

describe(checkInSteps.name, () => {
  test('asks "I\'m here" first, then the questionnaires, then the consents', () => {
    const steps = checkInSteps(form({}, {}));
    assert.deepEqual(
      steps.map((s) => s.kind),
      ['arrive', 'questionnaire', 'consent'],
    );
    assert.deepEqual(whatFollows(steps), { questionnaires: 1, consents: 1 });
  });
  test('carries on after a reload where the patient was', () => {
    const steps = checkInSteps(form({ questionnaires: [], answered: 1 }, { checkedIn: true }));
    assert.deepEqual(
      steps.map((s) => [s.kind, 'position' in s ? `${s.position}/${s.total}` : '']),
      [['consent', '1/1']],
    );
  });
  test('is arrival alone when nothing is due', () => {
    const steps = checkInSteps(form({ questionnaires: [] }, { consents: [] }));
    assert.deepEqual(
      steps.map((s) => s.kind),
      ['arrive'],
    );
    assert.deepEqual(whatFollows(steps), { questionnaires: 0, consents: 0 });
  });
});
