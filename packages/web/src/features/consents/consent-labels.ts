import type { Consent } from '@sotchart/contract';

export const consentTypeLabels: Readonly<Record<Consent['type'], string>> = {
  treatment: 'Treatment',
  sot_blocking: 'SOT blocking',
  cranial: 'Cranial work',
  imaging: 'Imaging',
  privacy: 'Privacy notice',
  research: 'Research use',
  insurance_billing: 'Insurance billing (release and assignment)',
  other: 'Other',
};
