import { isObject } from './fhir-json';

/**
 * A copy of a resource's JSON without its `reference`s, and without the objects and lists that held
 * nothing else. An imported resource points at resources of its source (an Encounter, a Practitioner)
 * that SOT Chart does not keep, so its export would point nowhere; a reference's `display` stays.
 */
export function withoutReferences(value: unknown): unknown {
  if (Array.isArray(value)) {
    const items = value.map(withoutReferences).filter((v) => v !== undefined);
    return items.length === 0 ? undefined : items;
  }
  if (!isObject(value)) return value;
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) {
    if (key === 'reference' && typeof v === 'string') continue;
    const kept = withoutReferences(v);
    if (kept !== undefined) out[key] = kept;
  }
  return Object.keys(out).length === 0 ? undefined : out;
}
