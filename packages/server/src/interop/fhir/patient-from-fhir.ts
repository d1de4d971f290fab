import { CreatePatientSchema, type CreatePatient, type DatePrecision } from '@sotchart/contract';
import type { z } from 'zod';
import { systems } from './fhir-systems';
import { isObject, objects, text, type Json } from './import/fhir-json';
import { isNationalIdentifier } from './import/national-identifier';
import { partialDate } from './import/partial-date';

/** An identifier of an incoming Patient: `system` is '' when the resource gives none. */
export interface IncomingIdentifier {
  readonly system: string;
  readonly value: string;
  /** The v2-0203 code of its type, else the type's text; null when untyped. */
  readonly type: string | null;
  readonly national: boolean;
}

/** What SOT Chart keeps of a Patient beyond the demographics the form edits. */
export interface IncomingPatientFacts {
  readonly sourceSystem: string;
  readonly sourceId: string | null;
  readonly birthDatePrecision: DatePrecision;
  /** Several given names, as the source lists them (null for one). */
  readonly givenNames: readonly string[] | null;
  readonly deceased: boolean;
  readonly deceasedAt: string | null;
  readonly archived: boolean;
}

export type PatientMapping =
  | {
      readonly ok: true;
      /** The demographics; `chartNumber` is the source's own when it fits, else null (the clinic numbers it). */
      readonly patient: Omit<CreatePatient, 'chartNumber'> & { readonly chartNumber: string | null };
      readonly identifiers: readonly IncomingIdentifier[];
      readonly facts: IncomingPatientFacts;
    }
  /** `reason`: one whole sentence, a message of the `fhirImport` catalogue (keyed by its English template). */
  | { readonly ok: false; readonly reason: string; readonly path: string };

/** Longest identifier system or value kept (they are keys of a unique index). */
export const maxIdentifierLength = 500;

const DemographicsSchema = CreatePatientSchema.omit({ chartNumber: true });
const ChartNumberSchema = CreatePatientSchema.shape.chartNumber;

function pickName(resource: Json): Json | undefined {
  const names = objects(resource.name);
  return names.find((n) => n.use === 'official') ?? names.find((n) => n.use === 'usual') ?? names[0];
}

function addressText(a: Json | undefined): string | null {
  if (a === undefined) return null;
  const given = text(a.text);
  if (given !== undefined) return given;
  const lines = Array.isArray(a.line) ? a.line.map(text).filter((l): l is string => l !== undefined) : [];
  const cityLine = [text(a.city), text(a.state), text(a.postalCode)].filter((p) => p !== undefined).join(' ');
  const parts = [...lines, cityLine, text(a.country)].filter((p): p is string => p !== undefined && p !== '');
  return parts.length === 0 ? null : parts.join(', ');
}

function identifierType(identifier: Json): string | null {
  const type = isObject(identifier.type) ? identifier.type : undefined;
  const codings = objects(type?.coding);
  const coding = codings.find((c) => c.system === systems.v2IdentifierType) ?? codings[0];
  return text(coding?.code) ?? text(type?.text) ?? null;
}

/** Every identifier once: a source may list the same one twice (HL7's own f201 example does). */
function identifiersOf(resource: Json): IncomingIdentifier[] {
  const seen = new Set<string>();
  const out: IncomingIdentifier[] = [];
  for (const i of objects(resource.identifier)) {
    const value = text(i.value);
    if (value === undefined) continue;
    const system = text(i.system) ?? '';
    const key = JSON.stringify([system, value]);
    if (seen.has(key)) continue;
    seen.add(key);
    const type = identifierType(i);
    out.push({ system, value, type, national: isNationalIdentifier(system, type) });
  }
  return out;
}

/**
 * The source's chart number, when it has one that fits: SOT Chart's own chart-number identifier, else
 * a medical-record (MR) identifier that passes the chart-number rules. A national identifier never is.
 */
function chartNumberOf(identifiers: readonly IncomingIdentifier[]): string | null {
  const candidates = [
    ...identifiers.filter((i) => i.system === systems.chartNumber),
    ...identifiers.filter((i) => i.type === 'MR'),
  ].filter((i) => !i.national);
  return candidates.find((i) => ChartNumberSchema.safeParse(i.value).success)?.value ?? null;
}

function deceasedOf(resource: Json): { deceased: boolean; deceasedAt: string | null } {
  const at = text(resource.deceasedDateTime);
  if (at !== undefined) return { deceased: true, deceasedAt: at };
  return { deceased: resource.deceasedBoolean === true, deceasedAt: null };
}

const fhirPathOf: Record<string, string> = {
  givenName: 'resource.name',
  familyName: 'resource.name',
  dateOfBirth: 'resource.birthDate',
  sex: 'resource.gender',
  phone: 'resource.telecom',
  email: 'resource.telecom',
  address: 'resource.address',
};

/**
 * Why a demographic field the schema refused is not imported, naming the field (never the library's
 * wording, so the sentence is one of the `fhirImport` catalogue's): too long, else not valid.
 */
function invalidFieldReason(issue: z.core.$ZodIssue | undefined, field: string): string {
  if (issue?.code === 'too_big' && issue.origin === 'string')
    return `The Patient’s ${field} is longer than ${String(issue.maximum)} characters.`;
  return `The Patient’s ${field} is not valid.`;
}

/**
 * Maps one FHIR R4 Patient to a new SOT Chart patient: name (official, else usual, else the first;
 * every given name), birth date of any precision, gender in any case, first phone, email and address,
 * deceased, inactive (archived), and every identifier with its type. What SOT Chart cannot hold is
 * left out; what it must have (a family and a given name, a birth date) refuses the entry, naming the field.
 */
export function patientFromFhir(resource: Json): PatientMapping {
  const name = pickName(resource);
  const family = text(name?.family);
  const givenNames = Array.isArray(name?.given)
    ? name.given.map(text).filter((g): g is string => g !== undefined)
    : [];
  if (family === undefined)
    return { ok: false, reason: 'The Patient has no family name.', path: 'resource.name' };
  if (givenNames.length === 0)
    return { ok: false, reason: 'The Patient has no given name.', path: 'resource.name' };
  const birthDate = text(resource.birthDate);
  if (birthDate === undefined)
    return { ok: false, reason: 'The Patient has no birth date.', path: 'resource.birthDate' };
  const born = partialDate(birthDate);
  if (born === undefined)
    return {
      ok: false,
      reason: 'The Patient has a birth date that is not a date.',
      path: 'resource.birthDate',
    };
  const telecom = objects(resource.telecom);
  const gender = typeof resource.gender === 'string' ? resource.gender.toLowerCase() : 'unknown';
  const parsed = DemographicsSchema.safeParse({
    givenName: givenNames.join(' '),
    familyName: family,
    dateOfBirth: born.date,
    sex: ['female', 'male', 'other'].includes(gender) ? gender : 'unknown',
    phone: text(telecom.find((t) => t.system === 'phone')?.value) ?? null,
    email: text(telecom.find((t) => t.system === 'email')?.value) ?? null,
    address: addressText(objects(resource.address)[0]),
  });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = String(issue?.path[0] ?? '');
    return { ok: false, reason: invalidFieldReason(issue, field), path: fhirPathOf[field] ?? 'resource' };
  }
  const identifiers = identifiersOf(resource);
  // An index holds a key of a few kilobytes at most; no real identifier comes near this.
  if (identifiers.some((i) => i.system.length > maxIdentifierLength || i.value.length > maxIdentifierLength))
    return {
      ok: false,
      reason: `The Patient has an identifier longer than ${maxIdentifierLength} characters.`,
      path: 'resource.identifier',
    };
  const meta = isObject(resource.meta) ? resource.meta : {};
  return {
    ok: true,
    patient: { ...parsed.data, chartNumber: chartNumberOf(identifiers) },
    identifiers,
    facts: {
      sourceSystem: text(meta.source) ?? '',
      sourceId: text(resource.id) ?? null,
      birthDatePrecision: born.precision,
      givenNames: givenNames.length > 1 ? givenNames : null,
      ...deceasedOf(resource),
      archived: resource.active === false,
    },
  };
}
