import type { Resource } from '@medplum/fhirtypes';
import { fullUrlOf } from '../interop/fhir/fhir-id';

/**
 * The export's resources refer to each other by `urn:uuid:` fullUrls, which only mean something inside
 * one Bundle. Over REST a reference is `Type/id`: this rewrites every `reference` naming a resource of
 * `resources` or of `others`; a reference to anything else is left as it is.
 */
export function restReferences<T extends Resource>(
  resources: readonly T[],
  others: readonly Resource[],
): T[] {
  const byUrl = new Map<string, string>();
  for (const r of [...resources, ...others])
    if (r.id !== undefined) byUrl.set(fullUrlOf(r.id), `${r.resourceType}/${r.id}`);
  const walk = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(walk);
    if (typeof value !== 'object' || value === null) return value;
    const out: Record<string, unknown> = {};
    for (const [key, inner] of Object.entries(value))
      out[key] = key === 'reference' && typeof inner === 'string' ? (byUrl.get(inner) ?? inner) : walk(inner);
    return out;
  };
  return resources.map((r) => walk(r) as T);
}
