import type { Resource } from '@medplum/fhirtypes';
import { AppError, type ErrorDetail } from '../errors';

/** The resource types the API reads and searches. */
export const searchableTypes = [
  'Patient',
  'Encounter',
  'Observation',
  'Condition',
  'Procedure',
  'QuestionnaireResponse',
  'Appointment',
  'Schedule',
  'Slot',
] as const;
export type SearchableType = (typeof searchableTypes)[number];

export const isSearchableType = (type: string): type is SearchableType =>
  (searchableTypes as readonly string[]).includes(type);

/** The types that are a practitioner's, not a patient's: they take no `patient` parameter. */
export const scheduleTypes: readonly SearchableType[] = ['Schedule', 'Slot'];

type Matcher = (resource: Resource) => boolean;
type Field = Record<string, unknown>;

const asArray = (value: unknown): unknown[] =>
  Array.isArray(value) ? value : value === undefined ? [] : [value];
const text = (value: unknown): string => (typeof value === 'string' ? value : '');

/** A token (`system|code`, `|code`, `code`, `system|`) against a list of {system, value|code}. */
function tokenMatches(wanted: string, items: readonly Field[], valueKey: 'value' | 'code'): boolean {
  const bar = wanted.indexOf('|');
  const system = bar < 0 ? undefined : wanted.slice(0, bar);
  const value = bar < 0 ? wanted : wanted.slice(bar + 1);
  return items.some(
    (item) =>
      (system === undefined || text(item.system) === system) &&
      (value === '' || text(item[valueKey]) === value),
  );
}

const datePattern =
  /^(eq|ne|ge|le|gt|lt)?(\d{4}(-\d{2}(-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?)?)?)?)$/;

/**
 * A date search (`ge2026-01-01`, `2026-03`): the resource's date, cut to the precision of the value
 * asked for, compared as text, which orders ISO-8601 dates of the same form.
 */
function dateMatcher(value: string, dateOf: (r: Resource) => string | undefined): Matcher | undefined {
  const match = datePattern.exec(value);
  if (match === null) return undefined;
  const prefix = match[1] ?? 'eq';
  const wanted = match[2] ?? '';
  return (resource) => {
    const found = dateOf(resource)?.slice(0, wanted.length);
    if (found === undefined || found === '') return false;
    switch (prefix) {
      case 'eq':
        return found === wanted;
      case 'ne':
        return found !== wanted;
      case 'ge':
        return found >= wanted;
      case 'le':
        return found <= wanted;
      case 'gt':
        return found > wanted;
      default:
        return found < wanted;
    }
  };
}

const fieldOf = (r: Resource, key: string): unknown => (r as unknown as Field)[key];

/** The date of an Observation: when it was made (effective), else when it was issued. */
const observationDate = (r: Resource): string | undefined => {
  const period = fieldOf(r, 'effectivePeriod') as Field | undefined;
  return (
    text(fieldOf(r, 'effectiveDateTime')) || text(period?.start) || text(fieldOf(r, 'issued')) || undefined
  );
};

/** Every part of a HumanName as lower-case text, for a `name` search (starts-with, any part). */
const nameParts = (r: Resource): string[] =>
  asArray(fieldOf(r, 'name')).flatMap((n) => {
    const name = n as Field;
    return [text(name.text), text(name.family), ...asArray(name.given).map(text)]
      .filter((s) => s !== '')
      .flatMap((s) => [s, ...s.split(/\s+/)])
      .map((s) => s.toLowerCase());
  });

type ParamParser = (value: string) => Matcher | undefined;

/** A reference search (`Type/id` or an id) against the references `refs` of a resource. */
function referenceMatcher(type: string, refs: (r: Resource) => unknown[]): ParamParser {
  return (value) => {
    const wanted = `${type}/${value.replace(new RegExp(`^${type}/`), '')}`;
    return (r) => refs(r).some((ref) => text((ref as Field | undefined)?.reference) === wanted);
  };
}

/** The search parameters of each type besides `patient` (FHIR R4 names and meaning). */
const parameters: Record<SearchableType, Record<string, ParamParser>> = {
  Patient: {
    _id: (v) => (r) => r.id === v,
    identifier: (v) => (r) => tokenMatches(v, asArray(fieldOf(r, 'identifier')) as Field[], 'value'),
    name: (v) => {
      const wanted = v.toLowerCase();
      return (r) => nameParts(r).some((part) => part.startsWith(wanted));
    },
    birthdate: (v) => dateMatcher(v, (r) => text(fieldOf(r, 'birthDate')) || undefined),
  },
  Encounter: { _id: (v) => (r) => r.id === v },
  Observation: {
    _id: (v) => (r) => r.id === v,
    code: (v) => (r) =>
      tokenMatches(v, asArray((fieldOf(r, 'code') as Field | undefined)?.coding) as Field[], 'code'),
    date: (v) => dateMatcher(v, observationDate),
  },
  Condition: { _id: (v) => (r) => r.id === v },
  Procedure: { _id: (v) => (r) => r.id === v },
  QuestionnaireResponse: { _id: (v) => (r) => r.id === v },
  Appointment: {
    _id: (v) => (r) => r.id === v,
    date: (v) => dateMatcher(v, (r) => text(fieldOf(r, 'start')) || undefined),
    status: (v) => (r) => fieldOf(r, 'status') === v,
    practitioner: referenceMatcher('Practitioner', (r) =>
      asArray(fieldOf(r, 'participant')).map((p) => (p as Field).actor),
    ),
  },
  Schedule: {
    _id: (v) => (r) => r.id === v,
    actor: referenceMatcher('Practitioner', (r) => asArray(fieldOf(r, 'actor'))),
  },
  Slot: {
    _id: (v) => (r) => r.id === v,
    schedule: referenceMatcher('Schedule', (r) => [fieldOf(r, 'schedule')]),
    start: (v) => dateMatcher(v, (r) => text(fieldOf(r, 'start')) || undefined),
    status: (v) => (r) => fieldOf(r, 'status') === v,
  },
};

/** A parsed search: the patient it is limited to, the tests every match passes, and the page. */
export interface FhirSearch {
  readonly patientId: string | undefined;
  readonly matchers: readonly Matcher[];
  readonly count: number;
  readonly offset: number;
}

export const defaultCount = 50;
export const maxCount = 1000;

function whole(value: string, min: number, max: number): number | undefined {
  if (!/^\d{1,7}$/.test(value)) return undefined;
  const n = Number(value);
  return n >= min && n <= max ? n : undefined;
}

/**
 * Parses a search's query: every parameter of the type (repeated = and, comma-separated = or),
 * `patient` (`Patient/id` or an id) on every type but Patient, `_count` and `_offset`. Anything else,
 * a modifier or a malformed value is a 400 naming `query.<parameter>`: a search the server cannot
 * honour must not answer as if it had.
 */
export function parseSearch(type: SearchableType, query: Readonly<Record<string, unknown>>): FhirSearch {
  const details: ErrorDetail[] = [];
  const matchers: Matcher[] = [];
  let patientId: string | undefined;
  let count = defaultCount;
  let offset = 0;
  for (const [name, raw] of Object.entries(query)) {
    const values = asArray(raw).map(text);
    const path = `query.${name}`;
    const last = values.at(-1) ?? '';
    if (name === '_count' || name === '_offset') {
      const n = name === '_count' ? whole(last, 1, maxCount) : whole(last, 0, 9_999_999);
      if (n === undefined)
        details.push({
          path,
          message: `must be a whole number${name === '_count' ? ` from 1 to ${maxCount}` : ''}`,
        });
      else if (name === '_count') count = n;
      else offset = n;
      continue;
    }
    if (name === 'patient' && type !== 'Patient' && !scheduleTypes.includes(type)) {
      const ids = new Set(values.map((v) => v.replace(/^Patient\//, '')));
      if (ids.size !== 1 || values.some((v) => v.includes(',')))
        details.push({ path, message: 'must name one patient' });
      else patientId = [...ids][0];
      continue;
    }
    const parser = parameters[type][name];
    if (parser === undefined) {
      details.push({ path, message: `is not a search parameter of ${type} this server supports` });
      continue;
    }
    for (const value of values) {
      const ors = value.split(',').map((v) => parser(v));
      if (value === '' || ors.some((m) => m === undefined)) {
        details.push({ path, message: 'has a value this parameter cannot take' });
        continue;
      }
      const tests = ors as Matcher[];
      matchers.push((r) => tests.some((m) => m(r)));
    }
  }
  if (details.length > 0) throw new AppError('VALIDATION_FAILED', { details });
  return { patientId, matchers, count, offset };
}
