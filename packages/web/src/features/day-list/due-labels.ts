import type { ConsentType } from '@sotchart/contract';
import type { InstrumentId } from '@sotchart/engine';

/** The messages of the instruments' short names, as due badges and the check-in show them. */
export const instrumentKeys = {
  nprs: 'instrument.nprs',
  psfs: 'instrument.psfs',
  'bournemouth-back': 'instrument.bournemouthBack',
  'bournemouth-neck': 'instrument.bournemouthNeck',
  ndi: 'instrument.ndi',
  odi: 'instrument.odi',
} as const satisfies Record<InstrumentId, string>;

/** The messages of the consent types, as they read inside a sentence ("Consent missing: treatment"). */
export const consentKeys = {
  treatment: 'consent.treatment',
  sot_blocking: 'consent.sotBlocking',
  cranial: 'consent.cranial',
  imaging: 'consent.imaging',
  privacy: 'consent.privacy',
  research: 'consent.research',
  insurance_billing: 'consent.insuranceBilling',
  other: 'consent.other',
} as const satisfies Record<ConsentType, string>;
