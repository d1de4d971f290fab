import { createHash } from 'node:crypto';
import type { Reference, ResourceType } from '@medplum/fhirtypes';

/**
 * A stable id for a resource SOT Chart does not store as a row of its own (an Observation per finding,
 * a Condition per diagnosis): a name-based UUID (RFC 9562 version 8, SHA-256) of the source row's id and
 * the parts that tell the derived resources apart, so exporting the same record twice gives the same ids.
 */
export function derivedId(sourceId: string, ...parts: readonly (string | number)[]): string {
  const hex = createHash('sha256')
    .update([sourceId, ...parts.map(String)].join('\u001f'))
    .digest('hex');
  const variant = ((Number.parseInt(hex[16] ?? '0', 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** The fullUrl of a resource in an exported Bundle; references point at it. */
export function fullUrlOf(id: string): string {
  return `urn:uuid:${id}`;
}

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * The fullUrl of a Bundle entry: `urn:uuid:` and the resource's id when that id is a UUID (every
 * record and derived id is), else a name-based UUID of its type and id (the SOT CodeSystem's id is
 * `sot`), so every fullUrl is a real `urn:uuid:` URI.
 */
export function entryFullUrl(resource: { resourceType: string; id?: string }): string {
  const id = resource.id ?? '';
  return fullUrlOf(uuid.test(id) ? id : derivedId(resource.resourceType, id));
}

/**
 * A reference to a resource of the same Bundle. Typed `Reference<never>` so it fits every reference
 * field whatever resource types the field allows; `type` says which one it is.
 */
export function refTo(type: ResourceType, id: string, display?: string): Reference<never> {
  return { reference: fullUrlOf(id), type, ...(display === undefined ? {} : { display }) };
}
