/** Narrowing helpers for FHIR JSON read from outside: nothing in it is trusted to have its declared shape. */
export type Json = Record<string, unknown>;

export const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The objects of a list (anything else in it, or a non-list, gives nothing). */
export const objects = (v: unknown): Json[] => (Array.isArray(v) ? v.filter(isObject) : []);

/** A non-blank string, trimmed. */
export const text = (v: unknown): string | undefined =>
  typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined;

/** The first coding of a CodeableConcept, and its text. */
export function firstCoding(concept: unknown): { system?: string; code?: string; display?: string } {
  if (!isObject(concept)) return {};
  const coding = objects(concept.coding)[0];
  const display = text(coding?.display) ?? text(concept.text);
  return {
    ...(text(coding?.system) === undefined ? {} : { system: text(coding?.system) }),
    ...(text(coding?.code) === undefined ? {} : { code: text(coding?.code) }),
    ...(display === undefined ? {} : { display }),
  };
}

/**
 * Whether a value nests deeper than `limit` objects and lists, found without recursion (a hostile
 * input may nest deeper than the call stack allows, and mapping it recursively would overflow).
 */
export function nestsDeeperThan(value: unknown, limit: number): boolean {
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length > 0) {
    const [item, depth] = stack.pop()!;
    if (typeof item !== 'object' || item === null) continue;
    if (depth >= limit) return true;
    for (const child of Object.values(item)) stack.push([child, depth + 1]);
  }
  return false;
}
