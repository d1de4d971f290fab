import type { FhirImportEntryResult, FhirImportOutcome, FhirImportResult } from '@sotchart/contract';
import { unstorableTextDetails } from '../http/unstorable-text';
import { inputEntries, type FhirInputEntry } from '../interop/fhir/import/fhir-input-entries';
import { checkInput, type FhirInputFormat } from '../interop/fhir/import/fhir-input-kind';
import { isObject, nestsDeeperThan, type Json } from '../interop/fhir/import/fhir-json';
import { FhirImportRun, notImported, type ImportActor } from './fhir-import-run';
import { importHistoryEntry } from './import-history-entry';
import { importPatientEntry } from './import-patient-entry';
import type { ServiceDeps } from './service-deps';

/** Counts of a result, every outcome present. */
function countsOf(entries: readonly FhirImportEntryResult[]): Record<FhirImportOutcome, number> {
  const counts = { created: 0, updated: 0, skipped: 0, refused: 0 };
  for (const e of entries) counts[e.outcome] += 1;
  return counts;
}

/** Far deeper than any FHIR resource nests (a Questionnaire's items included). */
const maxNesting = 100;

/**
 * The entry's resource, or the result refusing it: a line that is not JSON, an entry without a
 * resource or type, or text the database cannot store (checked here because an imported resource
 * never passes through a route's body schema).
 */
export function resourceOf(
  input: FhirInputEntry,
): { resource: Json & { resourceType: string } } | { refused: FhirImportEntryResult } {
  const { index, resource } = input;
  if (input.unreadable === true)
    return { refused: notImported(index, null, 'refused', 'The line is not JSON.', 'line') };
  if (!isObject(resource))
    return { refused: notImported(index, null, 'refused', 'The entry has no resource.', 'resource') };
  const type = resource.resourceType;
  if (typeof type !== 'string')
    return {
      refused: notImported(index, null, 'refused', 'The resource has no type.', 'resource.resourceType'),
    };
  if (nestsDeeperThan(resource, maxNesting))
    return {
      refused: notImported(
        index,
        type,
        'refused',
        `The ${type} nests deeper than ${maxNesting} levels.`,
        'resource',
      ),
    };
  const bad = unstorableTextDetails(resource, 'body')[0];
  if (bad !== undefined)
    return {
      refused: notImported(
        index,
        type,
        'refused',
        // The detail says which of the two the database refuses (contract `unstorableTextReason`).
        bad.message.includes('U+0000')
          ? `The ${type} has text that cannot be stored: it contains the character U+0000.`
          : `The ${type} has text that cannot be stored: it is not valid Unicode (it has an unpaired surrogate).`,
        `resource.${bad.path}`,
      ),
    };
  return { resource: { ...resource, resourceType: type } };
}

export const fhirImportService = {
  /**
   * Imports a FHIR R4 Bundle (collection, transaction, batch, searchset), one resource, or NDJSON,
   * read from `file` (the request body spooled to disk, so its size is bounded by the disk). The whole
   * input is read first: a body that is not JSON or not one of those is a 400 and nothing is written.
   * Then every Patient, then every history entry, each in its own transaction with its own result, so
   * a bad entry never takes another down; patients come first so history can name a later entry.
   * A dry run answers the same results and writes nothing.
   */
  async importFile(
    deps: ServiceDeps,
    actor: ImportActor,
    file: string,
    format: FhirInputFormat,
    options: { readonly dryRun: boolean },
  ): Promise<FhirImportResult> {
    const { kind } = await checkInput(file, format);
    const run = new FhirImportRun(deps, actor, options.dryRun);
    const results: FhirImportEntryResult[] = [];
    for await (const input of inputEntries(file, kind)) {
      const read = resourceOf(input);
      if ('refused' in read) results.push(read.refused);
      else if (read.resource.resourceType === 'Patient')
        results.push(await importPatientEntry(run, input, read.resource));
    }
    for await (const input of inputEntries(file, kind)) {
      const read = resourceOf(input);
      if ('resource' in read && read.resource.resourceType !== 'Patient')
        results.push(await importHistoryEntry(run, input, read.resource));
    }
    results.sort((a, b) => a.entry - b.entry);
    return { dryRun: options.dryRun, counts: countsOf(results), entries: results };
  },
};
