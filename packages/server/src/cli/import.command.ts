import { access } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { AppError } from '../errors';
import type { FhirInputFormat } from '../interop/fhir/import/fhir-input-kind';
import { fhirImportService } from '../services/fhir-import.service';
import { asClinic } from './as-clinic';
import { UsageError } from './command-errors';

export const importUsage =
  'fhir FILE [--dry-run] [--clinic ID]  (FILE: a FHIR JSON Bundle or resource, or .ndjson)';

interface ImportOptions {
  readonly file: string;
  readonly dryRun: boolean;
  readonly clinic: string | undefined;
}

function parse(args: readonly string[]): ImportOptions {
  const { values, positionals } = parseArgs({
    args: [...args],
    allowPositionals: true,
    options: { clinic: { type: 'string' }, 'dry-run': { type: 'boolean' } },
  });
  const [kind, file, ...extra] = positionals;
  if (kind !== 'fhir' || file === undefined || extra.length > 0)
    throw new UsageError(`Usage: sotchart import ${importUsage}`);
  return { file, dryRun: values['dry-run'] === true, clinic: values.clinic };
}

/** NDJSON by its file name (as Bulk Data files are named), else a JSON document. */
const formatOf = (file: string): FhirInputFormat => (/\.(ndjson|jsonl)$/i.test(file) ? 'ndjson' : 'json');

/**
 * `sotchart import fhir FILE`: the API's import, read straight from the file, for the only (or given)
 * clinic. Prints the result (one line per entry) as JSON on stdout and the counts on stderr; the CLI
 * acts for the clinic with no user, audited with the request id `cli:import`.
 */
export async function importCommand(args: readonly string[]): Promise<number> {
  let options: ImportOptions;
  try {
    options = parse(args);
    await access(options.file);
  } catch (error) {
    console.error(error instanceof UsageError ? error.message : `Cannot read ${String(args[1] ?? '')}.`);
    return 2;
  }
  try {
    return await asClinic(
      'import',
      options.clinic,
      { none: 'There is no clinic yet; create one with sotchart setup.', demo: 'only-by-id' },
      async ({ deps, actor }) => {
        const result = await fhirImportService.importFile(deps, actor, options.file, formatOf(options.file), {
          dryRun: options.dryRun,
        });
        console.log(JSON.stringify(result, null, 2));
        const { created, updated, skipped, refused } = result.counts;
        const verb = options.dryRun ? 'Would import' : 'Imported';
        console.error(
          `${verb}: ${created} created, ${updated} updated, ${skipped} skipped, ${refused} refused.`,
        );
        return 0;
      },
    );
  } catch (error) {
    if (error instanceof UsageError) {
      console.error(error.message);
      return 2;
    }
    if (error instanceof AppError && error.code === 'VALIDATION_FAILED') {
      for (const d of error.details ?? []) console.error(`${d.path}: ${d.message}`);
      return 2;
    }
    throw error;
  }
}
