import { CreatePatientSchema, type CreatePatient } from '@sotchart/contract';
import { systems } from './fhir-systems';

/** An identifier of an incoming Patient: `system` is '' when the resource gives none. */
export interface IncomingIdentifier {
  readonly system: string;
  readonly value: string;
}

export type PatientMapping =
  | {
      readonly ok: true;
      readonly patient: CreatePatient;
      readonly identifiers: readonly IncomingIdentifier[];
    }
  | { readonly ok: false; readonly reason: string; readonly path?: string };

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const list = (v: unknown): Json[] => (Array.isArray(v) ? v.filter(isObject) : []);
const text = (v: unknown): string | undefined =>
  typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined;

function pickName(resource: Json): Json | undefined {
  const names = list(resource.name);
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

const sexes = new Set(['female', 'male', 'other', 'unknown']);

/**
 * Maps one FHIR R4 Patient to a new SOT Chart patient. The chart number is the identifier of SOT
 * Chart's chart-number system, else the one typed MR, else the first; a Patient with no identifier is
 * refused (a second import could not be recognised). Name, birth date, sex, first phone, first email
 * and first address are taken; what SOT Chart cannot hold is left out.
 */
export function patientFromFhir(resource: unknown): PatientMapping {
  if (!isObject(resource)) return { ok: false, reason: 'is not a JSON object', path: 'resource' };
  if (resource.resourceType !== 'Patient')
    return {
      ok: false,
      reason: `is a ${typeof resource.resourceType === 'string' ? resource.resourceType : 'resource of no type'}; only Patient resources are imported`,
      path: 'resource.resourceType',
    };
  const identifiers = list(resource.identifier)
    .map((i) => ({ system: text(i.system) ?? '', value: text(i.value), i }))
    .filter((i): i is typeof i & { value: string } => i.value !== undefined);
  if (identifiers.length === 0)
    return {
      ok: false,
      reason: 'has no identifier, so a later import could not recognise it',
      path: 'resource.identifier',
    };
  const isMr = (i: Json) => list((i.type as Json | undefined)?.coding).some((c) => c.code === 'MR');
  const chart =
    identifiers.find((i) => i.system === systems.chartNumber) ??
    identifiers.find((i) => isMr(i.i)) ??
    identifiers[0];
  const name = pickName(resource);
  const family = text(name?.family);
  const given = Array.isArray(name?.given)
    ? name.given
        .map(text)
        .filter((g) => g !== undefined)
        .join(' ')
    : '';
  if (family === undefined) return { ok: false, reason: 'has no family name', path: 'resource.name' };
  if (given === '') return { ok: false, reason: 'has no given name', path: 'resource.name' };
  if (text(resource.birthDate) === undefined)
    return { ok: false, reason: 'has no birth date', path: 'resource.birthDate' };
  const telecom = list(resource.telecom);
  const candidate = {
    chartNumber: chart?.value,
    givenName: given,
    familyName: family,
    dateOfBirth: resource.birthDate,
    sex: typeof resource.gender === 'string' && sexes.has(resource.gender) ? resource.gender : 'unknown',
    phone: text(telecom.find((t) => t.system === 'phone')?.value) ?? null,
    email: text(telecom.find((t) => t.system === 'email')?.value) ?? null,
    address: addressText(list(resource.address)[0]),
  };
  const parsed = CreatePatientSchema.safeParse(candidate);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = String(issue?.path[0] ?? '');
    const fhirPath: Record<string, string> = {
      chartNumber: 'resource.identifier',
      givenName: 'resource.name',
      familyName: 'resource.name',
      dateOfBirth: 'resource.birthDate',
      phone: 'resource.telecom',
      email: 'resource.telecom',
      address: 'resource.address',
    };
    return {
      ok: false,
      reason: `${field} ${issue?.message ?? 'is not valid'}`,
      path: fhirPath[field] ?? 'resource',
    };
  }
  return {
    ok: true,
    patient: parsed.data,
    identifiers: identifiers.map(({ system, value }) => ({ system, value })),
  };
}

/** The resources of an import body: one Patient, or each entry of a Bundle (null where an entry has none). */
export function importEntries(body: unknown): { entries: unknown[] } | { error: string } {
  if (!isObject(body)) return { error: 'the body must be a FHIR Patient or Bundle' };
  if (body.resourceType === 'Patient') return { entries: [body] };
  if (body.resourceType !== 'Bundle') return { error: 'the body must be a FHIR Patient or Bundle' };
  if (body.entry !== undefined && !Array.isArray(body.entry)) return { error: 'Bundle.entry must be a list' };
  return {
    entries: ((body.entry as unknown[] | undefined) ?? []).map((e) =>
      isObject(e) ? (e.resource ?? null) : null,
    ),
  };
}
