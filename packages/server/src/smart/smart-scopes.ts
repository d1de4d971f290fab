/** What a FHIR request does with a resource type: read one by id, or search (a bulk export searches). */
export type FhirInteraction = 'read' | 'search';

/** One SMART system scope: a resource type (or `*`) and the interactions it allows. */
export interface SmartScope {
  readonly text: string;
  readonly resourceType: string;
  readonly read: boolean;
  readonly search: boolean;
}

const scopePattern = /^system\/(\*|[A-Z][A-Za-z]+)\.(read|rs|r|s)$/;

/**
 * Parses a SMART system read scope, v1 (`system/Patient.read`: read and search) or v2
 * (`system/Observation.rs`, `.r`, `.s`); anything else (writes, user or patient scopes) is undefined.
 * @example parseScope('system/*.rs') // { resourceType: '*', read: true, search: true, … }
 */
export function parseScope(text: string): SmartScope | undefined {
  const match = scopePattern.exec(text);
  if (match === null) return undefined;
  const [, resourceType = '', access = ''] = match;
  const v1 = access === 'read';
  return { text, resourceType, read: v1 || access.includes('r'), search: v1 || access.includes('s') };
}

/** True when `granted` covers everything `wanted` asks for. */
function covers(granted: SmartScope, wanted: SmartScope): boolean {
  const type = granted.resourceType === '*' || granted.resourceType === wanted.resourceType;
  return type && (granted.read || !wanted.read) && (granted.search || !wanted.search);
}

/**
 * The requested scopes a client may have: each must parse and be covered by one of the scopes the
 * owner allowed it. Those that are not are left out (RFC 6749 §3.3 lets a server grant less).
 */
export function grantScopes(requested: readonly string[], allowed: readonly string[]): string[] {
  const allowedScopes = allowed.flatMap((a) => parseScope(a) ?? []);
  return requested.filter((text) => {
    const wanted = parseScope(text);
    return wanted !== undefined && allowedScopes.some((a) => covers(a, wanted));
  });
}

/** True when the granted scopes allow `interaction` on `resourceType`. */
export function scopesAllow(
  granted: readonly string[],
  resourceType: string,
  interaction: FhirInteraction,
): boolean {
  return granted.some((text) => {
    const scope = parseScope(text);
    if (scope === undefined) return false;
    const type = scope.resourceType === '*' || scope.resourceType === resourceType;
    return type && (interaction === 'read' ? scope.read : scope.search);
  });
}
