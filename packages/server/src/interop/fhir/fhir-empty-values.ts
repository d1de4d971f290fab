/**
 * The paths of every empty array, empty object and empty or blank string in a value: FHIR allows
 * none of them (an element is present with content or absent; R4 JSON, "empty values"), and the JSON
 * schema and `ele-1` do not catch them all (`coding: []` has no node for FHIRPath to test). For tests.
 */
export function emptyValuePaths(value: unknown, path = ''): string[] {
  if (Array.isArray(value))
    return value.length === 0 ? [path] : value.flatMap((v, i) => emptyValuePaths(v, `${path}[${i}]`));
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value);
    return entries.length === 0 ? [path] : entries.flatMap(([k, v]) => emptyValuePaths(v, `${path}.${k}`));
  }
  return typeof value === 'string' && value.trim() === '' ? [path] : [];
}
