import { createReadStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import Assembler from 'stream-json/assembler.js';
import parser from 'stream-json/parser.js';
import { isObject, text } from './fhir-json';

/** One entry of the input: its place, its fullUrl (Bundles only) and its resource, or why it has none. */
export interface FhirInputEntry {
  readonly index: number;
  readonly fullUrl: string | null;
  readonly resource: unknown;
  /** Set when the entry could not be read (an NDJSON line that is not JSON). */
  readonly unreadable?: true;
}

/** The top of a JSON document, read without holding the entries. */
export interface FhirJsonShape {
  readonly resourceType: string | null;
  readonly bundleType: string | null;
  readonly entryIsList: boolean;
}

type Token = parser.Token;

/** The document's tokens, values packed (whole strings and numbers, as the Assembler wants them). */
function tokensOf(file: string): AsyncIterable<Token> {
  return createReadStream(file).pipe(parser.asStream({ streamValues: false }));
}

/**
 * Walks a JSON document once, never holding more than one entry: yields each element of the top-level
 * `entry` list (assembled only when `assemble` is set, so a pass that only checks the document stays
 * cheap) and returns the top-level `resourceType` and `type`, wherever in the document they are.
 */
async function* jsonEntryElements(file: string, assemble: boolean): AsyncGenerator<unknown, FhirJsonShape> {
  let depth = 0;
  let topKey: string | null = null;
  let inEntries = false;
  let entryIsList = false;
  let resourceType: string | null = null;
  let bundleType: string | null = null;
  let assembler: Assembler | null = null;
  let skipDepth = 0;
  for await (const token of tokensOf(file)) {
    if (assembler !== null) {
      assembler.consume(token);
      if (!assembler.done) continue;
      const element = assembler.current;
      assembler = null;
      yield element;
      continue;
    }
    const opens = token.name === 'startObject' || token.name === 'startArray';
    const closes = token.name === 'endObject' || token.name === 'endArray';
    if (skipDepth > 0) {
      skipDepth += opens ? 1 : closes ? -1 : 0;
      if (skipDepth === 0) yield undefined;
      continue;
    }
    if (inEntries && depth === 2) {
      if (token.name === 'endArray') {
        inEntries = false;
        depth = 1;
      } else if (opens && assemble) {
        assembler = new Assembler();
        assembler.consume(token);
      } else if (opens) skipDepth = 1;
      else yield token.name === 'stringValue' || token.name === 'numberValue' ? token.value : null;
      continue;
    }
    if (opens) {
      depth += 1;
      if (depth === 2 && topKey === 'entry' && token.name === 'startArray') {
        inEntries = true;
        entryIsList = true;
      }
    } else if (closes) depth -= 1;
    else if (token.name === 'keyValue' && depth === 1) topKey = String(token.value);
    else if (token.name === 'stringValue' && depth === 1 && topKey === 'resourceType')
      resourceType = String(token.value);
    else if (token.name === 'stringValue' && depth === 1 && topKey === 'type')
      bundleType = String(token.value);
  }
  return { resourceType, bundleType, entryIsList };
}

/** The shape of a JSON document and its number of entries; throws if it is not JSON. */
export async function scanJson(file: string): Promise<FhirJsonShape & { entries: number }> {
  let entries = 0;
  const elements = jsonEntryElements(file, false);
  for (let next = await elements.next(); ; next = await elements.next()) {
    if (next.done === true) return { ...next.value, entries };
    entries += 1;
  }
}

/** How the input holds its resources: NDJSON lines, a Bundle's entries, or one resource. */
export type FhirInputKind = 'ndjson' | 'bundle' | 'resource';

/** Each entry of the input, in order, one at a time (a single resource is entry 0). */
export async function* inputEntries(file: string, kind: FhirInputKind): AsyncGenerator<FhirInputEntry> {
  if (kind === 'ndjson') {
    let index = 0;
    const lines = createInterface({ input: createReadStream(file), crlfDelay: Infinity });
    for await (const line of lines) {
      if (line.trim() === '') continue;
      try {
        yield { index, fullUrl: null, resource: JSON.parse(line) as unknown };
      } catch {
        yield { index, fullUrl: null, resource: null, unreadable: true };
      }
      index += 1;
    }
    return;
  }
  if (kind === 'resource') {
    yield { index: 0, fullUrl: null, resource: JSON.parse(await readFile(file, 'utf8')) as unknown };
    return;
  }
  let index = 0;
  const elements = jsonEntryElements(file, true);
  for (let next = await elements.next(); next.done !== true; next = await elements.next()) {
    const element = next.value;
    yield {
      index,
      fullUrl: isObject(element) ? (text(element.fullUrl) ?? null) : null,
      resource: isObject(element) ? (element.resource ?? null) : null,
    };
    index += 1;
  }
}
