import type {
  CodeableConcept,
  Coding,
  Observation,
  ObservationComponent,
  Resource,
} from '@medplum/fhirtypes';
import { systems } from './fhir-systems';
import { vitalSignCodes } from './vital-sign-observations';

/**
 * US Core profiles SOT Chart claims in `meta.profile`, each with a hand-written check of what that
 * profile of US Core 6.1.0 requires (the elements of minimum cardinality 1 and its own invariants,
 * https://hl7.org/fhir/us/core/STU6.1/). A resource names a profile only when it passes the check,
 * so a record without, say, a gender exports as a plain Patient rather than a false claim.
 */
export const usCoreVersion = '6.1.0';
const usCoreBase = 'http://hl7.org/fhir/us/core/StructureDefinition';

/** `http://hl7.org/fhir/us/core/StructureDefinition/<name>|6.1.0`. */
export const usCoreProfile = (name: string) => `${usCoreBase}/${name}|${usCoreVersion}`;

type Check = (resource: Resource) => boolean;

const present = (s: string | undefined): s is string => s !== undefined && s.trim() !== '';
const hasCoding = (c: CodeableConcept | undefined, system: string, code?: string) =>
  (c?.coding ?? []).some((x: Coding) => x.system === system && (code === undefined || x.code === code));
const conceptPresent = (c: CodeableConcept | undefined) =>
  c !== undefined && (present(c.text) || (c.coding ?? []).some((x) => present(x.code)));
const refersTo = (ref: { reference?: string; type?: string } | undefined, type: string) =>
  ref !== undefined && present(ref.reference) && (ref.type === undefined || ref.type === type);

/** Code systems of the US Core Procedure Codes value set: SNOMED CT, CPT, HCPCS, ICD-10-PCS, LOINC. */
const procedureSystems: readonly string[] = [
  systems.snomed,
  systems.cpt,
  systems.hcpcs,
  'http://www.cms.gov/Medicare/Coding/ICD10',
  systems.loinc,
];

/** us-core-vital-signs: status, category vital-signs, the LOINC code, a Patient, when, and a value. */
function vitalSign(code: string, units: readonly string[] | null): Check {
  const quantityOk = (q: Observation['valueQuantity']) =>
    q !== undefined && q.value !== undefined && q.system === systems.ucum && units?.includes(q.code ?? '');
  return (r) => {
    if (r.resourceType !== 'Observation') return false;
    const hasValue = units === null ? true : quantityOk(r.valueQuantity) || r.dataAbsentReason !== undefined;
    return (
      present(r.status) &&
      (r.category ?? []).some((c) => hasCoding(c, systems.observationCategory, 'vital-signs')) &&
      hasCoding(r.code, systems.loinc, code) &&
      refersTo(r.subject, 'Patient') &&
      (present(r.effectiveDateTime) || r.effectivePeriod !== undefined) &&
      hasValue
    );
  };
}

/** us-core-blood-pressure: a systolic and a diastolic component, each in mm[Hg] or said absent. */
const bloodPressure: Check = (r) => {
  if (!vitalSign(vitalSignCodes.bloodPressure.code, null)(r) || r.resourceType !== 'Observation')
    return false;
  const side = (code: string) =>
    (r.component ?? []).some(
      (c: ObservationComponent) =>
        hasCoding(c.code, systems.loinc, code) &&
        ((c.valueQuantity?.value !== undefined &&
          c.valueQuantity.system === systems.ucum &&
          c.valueQuantity.code === 'mm[Hg]') ||
          c.dataAbsentReason !== undefined),
    );
  return side(vitalSignCodes.systolic.code) && side(vitalSignCodes.diastolic.code);
};

/** Each profile claimed, with its check. */
export const usCoreChecks: Readonly<Record<string, Check>> = {
  // identifier (system and value), name (family or given: us-core-6), gender.
  'us-core-patient': (r) =>
    r.resourceType === 'Patient' &&
    (r.identifier ?? []).length > 0 &&
    (r.identifier ?? []).every((i) => present(i.system) && present(i.value)) &&
    (r.name ?? []).some((n) => present(n.family) || (n.given ?? []).some(present)) &&
    r.gender !== undefined,
  // status, class, type, subject.
  'us-core-encounter': (r) =>
    r.resourceType === 'Encounter' &&
    present(r.status) &&
    r.class !== undefined &&
    (r.type ?? []).some(conceptPresent) &&
    refersTo(r.subject, 'Patient'),
  // category encounter-diagnosis, code, subject.
  'us-core-condition-encounter-diagnosis': (r) =>
    r.resourceType === 'Condition' &&
    (r.category ?? []).some((c) => hasCoding(c, systems.conditionCategory, 'encounter-diagnosis')) &&
    conceptPresent(r.code) &&
    refersTo(r.subject, 'Patient'),
  // status, a code of the US Core procedure code systems, subject, performed when completed (us-core-7).
  'us-core-procedure': (r) =>
    r.resourceType === 'Procedure' &&
    present(r.status) &&
    (r.code?.coding ?? []).some((c) => procedureSystems.includes(c.system ?? '') && present(c.code)) &&
    refersTo(r.subject, 'Patient') &&
    (r.status !== 'completed' || present(r.performedDateTime) || r.performedPeriod !== undefined),
  // lifecycleStatus, description, subject.
  'us-core-goal': (r) =>
    r.resourceType === 'Goal' &&
    present(r.lifecycleStatus) &&
    conceptPresent(r.description) &&
    refersTo(r.subject, 'Patient'),
  'us-core-blood-pressure': bloodPressure,
  'us-core-heart-rate': vitalSign(vitalSignCodes.heartRate.code, ['/min']),
  'us-core-respiratory-rate': vitalSign(vitalSignCodes.respiratoryRate.code, ['/min']),
  'us-core-body-temperature': vitalSign(vitalSignCodes.bodyTemperature.code, ['Cel', '[degF]']),
  'us-core-body-weight': vitalSign(vitalSignCodes.bodyWeight.code, ['kg', 'g', '[lb_av]']),
  'us-core-body-height': vitalSign(vitalSignCodes.bodyHeight.code, ['cm', '[in_i]']),
  'us-core-bmi': vitalSign(vitalSignCodes.bmi.code, ['kg/m2']),
};

/** The US Core profiles (versioned canonical URLs) a resource carries every required element of. */
export function usCoreProfilesOf(resource: Resource): string[] {
  return Object.entries(usCoreChecks)
    .filter(([, holds]) => holds(resource))
    .map(([name]) => usCoreProfile(name));
}

/** The resource with `meta.profile` naming the US Core profiles it passes (unchanged when none). */
export function withUsCoreProfiles<T extends Resource>(resource: T): T {
  const profile = usCoreProfilesOf(resource);
  return profile.length === 0 ? resource : { ...resource, meta: { ...resource.meta, profile } };
}
