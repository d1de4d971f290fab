import type { ConsentText, KioskForm, KioskQuestionnaire } from '@sotchart/contract';

/** One screen of a check-in hand-over, in the order the server takes them. */
export type CheckInStep =
  | { readonly kind: 'arrive' }
  | {
      readonly kind: 'questionnaire';
      readonly questionnaire: KioskQuestionnaire;
      readonly position: number;
      readonly total: number;
    }
  | {
      readonly kind: 'consent';
      readonly consent: ConsentText;
      readonly position: number;
      readonly total: number;
    };

/**
 * A check-in link's screens as it was opened: "I'm here" unless already confirmed, each questionnaire
 * still to answer, then each consent still to sign. Positions count what was sent before a reload.
 */
export function checkInSteps(form: KioskForm): CheckInStep[] {
  const checkIn = form.checkIn;
  if (checkIn === null) return [];
  const questionnaireTotal = form.answered + form.questionnaires.length;
  const consentTotal = checkIn.consentsSigned + checkIn.consents.length;
  return [
    ...(checkIn.checkedIn ? [] : [{ kind: 'arrive' } as const]),
    ...form.questionnaires.map((questionnaire, i) => ({
      kind: 'questionnaire' as const,
      questionnaire,
      position: form.answered + i + 1,
      total: questionnaireTotal,
    })),
    ...checkIn.consents.map((consent, i) => ({
      kind: 'consent' as const,
      consent,
      position: checkIn.consentsSigned + i + 1,
      total: consentTotal,
    })),
  ];
}

/** What follows arrival on a check-in, counted: e.g. 2 questionnaires and 1 consent form to sign. */
export interface WhatFollows {
  readonly questionnaires: number;
  readonly consents: number;
}

/** The questionnaires and consents after "I'm here", for the arrival screen (both 0 when nothing follows). */
export function whatFollows(steps: readonly CheckInStep[]): WhatFollows {
  return {
    questionnaires: steps.filter((s) => s.kind === 'questionnaire').length,
    consents: steps.filter((s) => s.kind === 'consent').length,
  };
}
