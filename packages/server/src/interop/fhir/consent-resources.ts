import type { CodeableConcept, Consent as FhirConsent } from '@medplum/fhirtypes';
import type { Clinic, Consent } from '@sotchart/contract';
import { refTo } from './fhir-id';
import { systems } from './fhir-systems';

type ConsentType = Consent['type'];

const scopeSystem = 'http://terminology.hl7.org/CodeSystem/consentscope';
const scopes = {
  treatment: { code: 'treatment', display: 'Treatment' },
  privacy: { code: 'patient-privacy', display: 'Privacy Consent' },
  research: { code: 'research', display: 'Research' },
} as const;

/** What each SOT consent is about: its Consent.scope and a LOINC document category (consent-category). */
const consentKinds: Record<
  ConsentType,
  { scope: keyof typeof scopes; loinc: { code: string; display: string }; text: string }
> = {
  treatment: { scope: 'treatment', loinc: patientConsent(), text: 'Consent to chiropractic care' },
  sot_blocking: { scope: 'treatment', loinc: patientConsent(), text: 'Consent to SOT blocking' },
  cranial: { scope: 'treatment', loinc: patientConsent(), text: 'Consent to cranial technique' },
  imaging: { scope: 'treatment', loinc: patientConsent(), text: 'Consent to imaging' },
  privacy: {
    scope: 'privacy',
    loinc: { code: '57016-8', display: 'Privacy policy acknowledgment Document' },
    text: 'Privacy notice acknowledged',
  },
  research: { scope: 'research', loinc: patientConsent(), text: 'Consent to research use' },
  insurance_billing: {
    scope: 'privacy',
    loinc: { code: '64292-6', display: 'Release of information consent' },
    text: 'Release of information to the insurer and assignment of benefits',
  },
  other: { scope: 'treatment', loinc: patientConsent(), text: 'Other consent' },
};

function patientConsent() {
  return { code: '59284-0', display: 'Patient Consent' };
}

/**
 * A signed consent as an R4 Consent: active, scoped (treatment, privacy or research), categorised by
 * its LOINC document code with the SOT consent type as text, the patient, the date signed, who signed
 * (by name: the signer may be a parent or guardian), the clinic, the opt-in policy rule (ppc-1 needs
 * a policy or rule) and a permit provision. The consent's note is free text and not exported.
 */
export function consentOf(consent: Consent, clinic: Clinic): FhirConsent {
  const kind = consentKinds[consent.type];
  const category: CodeableConcept = {
    coding: [{ system: systems.loinc, ...kind.loinc }],
    text: kind.text,
  };
  return {
    resourceType: 'Consent',
    id: consent.id,
    status: 'active',
    scope: { coding: [{ system: scopeSystem, ...scopes[kind.scope] }] },
    category: [category],
    patient: refTo('Patient', consent.patientId),
    dateTime: consent.date,
    performer: [{ display: consent.signedBy }],
    organization: [refTo('Organization', clinic.id)],
    policyRule: { coding: [{ system: systems.v3ActCode, code: 'OPTIN', display: 'opt-in' }] },
    provision: { type: 'permit', period: { start: consent.date } },
  };
}
