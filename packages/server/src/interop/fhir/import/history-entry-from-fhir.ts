import { maxIdentifierLength } from '../patient-from-fhir';
import { firstCoding, isObject, objects, text, type Json } from './fhir-json';
import { withoutReferences } from './without-references';

/** The resource types imported as patient history, and the element naming the patient in each. */
export const historyTypes = {
  Condition: 'subject',
  AllergyIntolerance: 'patient',
  MedicationStatement: 'subject',
  MedicationRequest: 'subject',
  Observation: 'subject',
  Procedure: 'subject',
  Encounter: 'subject',
} as const;
export type HistoryType = keyof typeof historyTypes;

export const isHistoryType = (type: string): type is HistoryType => Object.hasOwn(historyTypes, type);

/** One history resource as SOT Chart stores it (docs/interop.md, "Imported history"). */
export interface IncomingHistoryEntry {
  readonly resourceType: HistoryType;
  readonly sourceSystem: string;
  readonly sourceId: string;
  readonly codeSystem: string | null;
  readonly code: string | null;
  readonly display: string | null;
  readonly status: string | null;
  readonly startDate: string | null;
  readonly endDate: string | null;
  readonly value: string | null;
  /** The resource without its id, its patient and its references into the source. */
  readonly resource: Json;
}

export type HistoryMapping =
  | { readonly ok: true; readonly entry: IncomingHistoryEntry; readonly patientReference: string | null }
  | {
      readonly ok: false;
      readonly outcome: 'refused' | 'skipped';
      /** One whole sentence, a message of the `fhirImport` catalogue (keyed by its English template). */
      readonly reason: string;
      readonly path: string;
    };

/** LOINC codes of the vital signs (FHIR R4 vital-signs profile) and of pain severity. */
const vitalOrPainCodes = new Set([
  '85353-1',
  '9279-1',
  '8867-4',
  '2708-6',
  '59408-5',
  '8310-5',
  '8302-2',
  '9843-4',
  '29463-7',
  '39156-5',
  '85354-9',
  '8480-6',
  '8462-4',
  '72514-3',
  '38208-5',
]);

function isVitalOrPain(resource: Json): boolean {
  const vitalCategory = objects(resource.category).some((c) =>
    objects(c.coding).some((coding) => coding.code === 'vital-signs'),
  );
  const codes = isObject(resource.code) ? objects(resource.code.coding) : [];
  return vitalCategory || codes.some((c) => typeof c.code === 'string' && vitalOrPainCodes.has(c.code));
}

const period = (v: unknown) => (isObject(v) ? { start: text(v.start), end: text(v.end) } : {});

/** The concept naming the entry, its status and its dates, per resource type. */
function facts(type: HistoryType, r: Json) {
  switch (type) {
    case 'Condition':
      return {
        concept: r.code,
        status: firstCoding(r.clinicalStatus).code,
        start: text(r.onsetDateTime) ?? period(r.onsetPeriod).start ?? text(r.recordedDate),
        end: text(r.abatementDateTime) ?? period(r.onsetPeriod).end,
      };
    case 'AllergyIntolerance':
      return {
        concept: r.code,
        status: firstCoding(r.clinicalStatus).code,
        start: text(r.onsetDateTime) ?? text(r.recordedDate),
        end: undefined,
      };
    case 'MedicationStatement':
    case 'MedicationRequest':
      return {
        concept: r.medicationCodeableConcept ?? {
          text: isObject(r.medicationReference) ? r.medicationReference.display : undefined,
        },
        status: text(r.status),
        start:
          text(r.effectiveDateTime) ??
          period(r.effectivePeriod).start ??
          text(r.authoredOn) ??
          text(r.dateAsserted),
        end: period(r.effectivePeriod).end,
      };
    case 'Observation':
      return {
        concept: r.code,
        status: text(r.status),
        start: text(r.effectiveDateTime) ?? period(r.effectivePeriod).start ?? text(r.issued),
        end: period(r.effectivePeriod).end,
      };
    case 'Procedure':
      return {
        concept: r.code,
        status: text(r.status),
        start: text(r.performedDateTime) ?? period(r.performedPeriod).start,
        end: period(r.performedPeriod).end,
      };
    case 'Encounter':
      return {
        concept: objects(r.type)[0] ?? { coding: isObject(r.class) ? [r.class] : [] },
        status: text(r.status),
        start: period(r.period).start,
        end: period(r.period).end,
      };
    default: {
      const never: never = type;
      return never;
    }
  }
}

function quantityText(q: unknown): string | undefined {
  if (!isObject(q) || typeof q.value !== 'number') return undefined;
  const unit = text(q.unit) ?? text(q.code);
  return unit === undefined ? String(q.value) : `${q.value} ${unit}`;
}

/** An Observation's value as text: a quantity, a concept, a string, or its components (blood pressure). */
function valueText(r: Json): string | null {
  const own =
    quantityText(r.valueQuantity) ?? firstCoding(r.valueCodeableConcept).display ?? text(r.valueString);
  if (own !== undefined) return own;
  const parts = objects(r.component)
    .map((c) => {
      const value = quantityText(c.valueQuantity) ?? firstCoding(c.valueCodeableConcept).display;
      const name = firstCoding(c.code).display ?? firstCoding(c.code).code;
      return value === undefined ? undefined : `${name ?? ''} ${value}`.trim();
    })
    .filter((p): p is string => p !== undefined);
  return parts.length === 0 ? null : parts.join(', ');
}

function patientReferenceOf(type: HistoryType, r: Json): string | null {
  const ref = r[historyTypes[type]];
  return isObject(ref) ? (text(ref.reference) ?? null) : null;
}

/**
 * Maps one history resource (`fallbackId`: the entry's fullUrl, for a resource without an id) to a
 * coded entry, or says why it is not imported: a type SOT Chart does not keep, an Observation that is
 * not a vital sign or pain, or nothing naming what it is.
 */
export function historyEntryFromFhir(resource: Json, fallbackId: string | null): HistoryMapping {
  const type = typeof resource.resourceType === 'string' ? resource.resourceType : '';
  if (!isHistoryType(type))
    return {
      ok: false,
      outcome: 'skipped',
      reason:
        type === ''
          ? 'The resource has no type.'
          : `The ${type} is not imported: SOT Chart does not keep this type of resource.`,
      path: 'resource.resourceType',
    };
  if (type === 'Observation' && !isVitalOrPain(resource))
    return {
      ok: false,
      outcome: 'skipped',
      reason: 'The Observation is not imported: only vital-sign and pain Observations are imported.',
      path: 'resource.code',
    };
  const sourceId = text(resource.id) ?? fallbackId;
  if (sourceId === null)
    return {
      ok: false,
      outcome: 'refused',
      reason: `The ${type} has no id or fullUrl, so a later import could not recognise it.`,
      path: 'resource.id',
    };
  const meta = isObject(resource.meta) ? resource.meta : {};
  const sourceSystem = text(meta.source) ?? '';
  if (sourceId.length > maxIdentifierLength || sourceSystem.length > maxIdentifierLength)
    return {
      ok: false,
      outcome: 'refused',
      reason: `The ${type} has an id or meta.source longer than ${maxIdentifierLength} characters.`,
      path: 'resource.id',
    };
  const f = facts(type, resource);
  const coding = firstCoding(f.concept);
  if (coding.code === undefined && coding.display === undefined)
    return {
      ok: false,
      outcome: 'refused',
      reason: `The ${type} has no code or text naming it.`,
      path: 'resource.code',
    };
  const { id: _id, [historyTypes[type]]: _patient, ...rest } = resource;
  return {
    ok: true,
    patientReference: patientReferenceOf(type, resource),
    entry: {
      resourceType: type,
      sourceSystem,
      sourceId,
      codeSystem: coding.system ?? null,
      code: coding.code ?? null,
      display: coding.display ?? null,
      status: f.status ?? null,
      startDate: f.start ?? null,
      endDate: f.end ?? null,
      value: type === 'Observation' ? valueText(resource) : null,
      resource: (withoutReferences(rest) as Json | undefined) ?? { resourceType: type },
    },
  };
}
