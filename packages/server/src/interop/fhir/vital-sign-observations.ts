import type { Observation, ObservationComponent, Quantity } from '@medplum/fhirtypes';
import type { Visit } from '@sotchart/contract';
import { derivedId, refTo } from './fhir-id';
import { ucum } from './fhir-coding';
import { systems } from './fhir-systems';
import { visitObservationBase, type ObservedVisit } from './finding-observations';

/**
 * LOINC codes and UCUM units of the FHIR R4 vital signs profile (https://hl7.org/fhir/R4/observation-vitalsigns.html),
 * the ones US Core 6.1.0's vital-sign profiles require.
 */
export const vitalSignCodes = {
  bloodPressure: { code: '85354-9', display: 'Blood pressure panel with all children optional' },
  systolic: { code: '8480-6', display: 'Systolic blood pressure' },
  diastolic: { code: '8462-4', display: 'Diastolic blood pressure' },
  heartRate: { code: '8867-4', display: 'Heart rate' },
  respiratoryRate: { code: '9279-1', display: 'Respiratory rate' },
  bodyTemperature: { code: '8310-5', display: 'Body temperature' },
  bodyWeight: { code: '29463-7', display: 'Body weight' },
  bodyHeight: { code: '8302-2', display: 'Body height' },
  bmi: { code: '39156-5', display: 'Body mass index (BMI) [Ratio]' },
} as const;
type VitalSign = keyof typeof vitalSignCodes;

export const vitalSignsCategory = {
  coding: [{ system: systems.observationCategory, code: 'vital-signs', display: 'Vital Signs' }],
};

const loincConcept = (sign: VitalSign) => ({
  coding: [{ system: systems.loinc, ...vitalSignCodes[sign] }],
  text: vitalSignCodes[sign].display,
});

const dataAbsent = {
  coding: [{ system: 'http://terminology.hl7.org/CodeSystem/data-absent-reason', code: 'not-performed' }],
};

/** The vitals recorded in a visit's standard exam. */
type Vitals = Visit['record']['exam']['vitals'];
type VitalVisit = ObservedVisit & { readonly record: { readonly exam: { readonly vitals: Vitals } } };

/**
 * The visit's vitals as vital-sign Observations (category `vital-signs`, LOINC codes, UCUM units):
 * blood pressure as one panel with systolic and diastolic components (a side not taken as
 * `dataAbsentReason`), heart rate, respiratory rate, body temperature, weight, height, and the body
 * mass index worked out from the weight and height when both were taken (derived from them).
 */
export function vitalSignObservations(visit: VitalVisit): Observation[] {
  const v = visit.record.exam.vitals;
  const base = { ...visitObservationBase(visit), category: [vitalSignsCategory] };
  const observation = (sign: VitalSign, rest: Partial<Observation>): Observation => ({
    resourceType: 'Observation',
    id: derivedId(visit.id, 'vital-sign', sign),
    ...base,
    code: loincConcept(sign),
    ...rest,
  });
  const quantity = (sign: VitalSign, value: number | undefined, q: (n: number) => Quantity) =>
    value === undefined ? [] : [observation(sign, { valueQuantity: q(value) })];
  const mmHg = (n: number) => ucum(n, 'mm[Hg]', 'mmHg');
  const pressure = (sign: 'systolic' | 'diastolic', value: number | undefined): ObservationComponent => ({
    code: loincConcept(sign),
    ...(value === undefined ? { dataAbsentReason: dataAbsent } : { valueQuantity: mmHg(value) }),
  });
  const out: Observation[] = [];
  if (v.systolic !== undefined || v.diastolic !== undefined)
    out.push(
      observation('bloodPressure', {
        component: [pressure('systolic', v.systolic), pressure('diastolic', v.diastolic)],
      }),
    );
  out.push(
    ...quantity('heartRate', v.pulse, (n) => ucum(n, '/min', 'beats/minute')),
    ...quantity('respiratoryRate', v.respiration, (n) => ucum(n, '/min', 'breaths/minute')),
    ...quantity('bodyTemperature', v.temperatureC, (n) => ucum(n, 'Cel', 'C')),
    ...quantity('bodyWeight', v.weightKg, (n) => ucum(n, 'kg')),
    ...quantity('bodyHeight', v.heightCm, (n) => ucum(n, 'cm')),
  );
  if (v.weightKg !== undefined && v.heightCm !== undefined) {
    const metres = v.heightCm / 100;
    const bmi = Math.round((v.weightKg / (metres * metres)) * 10) / 10;
    out.push(
      observation('bmi', {
        valueQuantity: ucum(bmi, 'kg/m2'),
        derivedFrom: (['bodyWeight', 'bodyHeight'] as const).map((s) =>
          refTo('Observation', derivedId(visit.id, 'vital-sign', s)),
        ),
      }),
    );
  }
  return out;
}
