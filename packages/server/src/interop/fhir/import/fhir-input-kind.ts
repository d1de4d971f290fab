import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { validationFailed } from '../../../errors';
import { scanJson, type FhirInputKind } from './fhir-input-entries';

/** The media types the import reads, and how. */
export const importMediaTypes = {
  'application/fhir+json': 'json',
  'application/json': 'json',
  'application/fhir+ndjson': 'ndjson',
  'application/x-ndjson': 'ndjson',
  'application/ndjson': 'ndjson',
} as const;
export type FhirInputFormat = (typeof importMediaTypes)[keyof typeof importMediaTypes];

/** The Bundle types whose entries are resources to keep (a `document` or `message` is read elsewhere). */
const bundleTypes = new Set(['collection', 'transaction', 'batch', 'searchset']);

/** A single resource is read whole; larger than this, it is not one resource a clinic imports. */
const maxSingleResourceBytes = 16 * 1024 * 1024;

/**
 * Whether the file is strict UTF-8, as every JSON body of the API is held to (json-body-parser.ts):
 * the parsers would quietly turn a stray byte into U+FFFD and store that.
 */
async function isUtf8(file: string): Promise<boolean> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  try {
    for await (const chunk of createReadStream(file)) decoder.decode(chunk as Buffer, { stream: true });
    decoder.decode();
    return true;
  } catch {
    return false;
  }
}

/**
 * Reads the whole input once before anything is written, so a body that is not UTF-8, not JSON, not
 * FHIR or a Bundle of another type is refused (400, naming the field) with nothing imported.
 */
export async function checkInput(
  file: string,
  format: FhirInputFormat,
): Promise<{ kind: FhirInputKind; entries: number }> {
  if (!(await isUtf8(file))) throw validationFailed([{ path: 'body', message: 'is not valid UTF-8' }]);
  if (format === 'ndjson') return { kind: 'ndjson', entries: 0 };
  let shape: Awaited<ReturnType<typeof scanJson>>;
  try {
    shape = await scanJson(file);
  } catch {
    throw validationFailed([{ path: 'body', message: 'is not JSON' }]);
  }
  if (shape.resourceType === null)
    throw validationFailed([
      { path: 'body.resourceType', message: 'is required: send a FHIR Bundle or resource' },
    ]);
  if (shape.resourceType !== 'Bundle') {
    if ((await stat(file)).size > maxSingleResourceBytes)
      throw validationFailed([
        { path: 'body', message: 'is too large for one resource: send a Bundle or NDJSON' },
      ]);
    return { kind: 'resource', entries: 1 };
  }
  if (shape.bundleType === null || !bundleTypes.has(shape.bundleType))
    throw validationFailed([
      { path: 'body.type', message: 'must be collection, transaction, batch or searchset' },
    ]);
  return { kind: 'bundle', entries: shape.entries };
}
