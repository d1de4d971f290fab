import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import type { Readable, Writable } from 'node:stream';
import { parseArgs } from 'node:util';
import {
  csvTables,
  type CsvTable,
  type FhirBundleType,
  type ResearchDateMode,
  type ResearchFreeText,
} from '@sotchart/contract';
import { AppError } from '../errors';
import { exportService } from '../services/export.service';
import { researchExportService } from '../services/research-export.service';
import { asClinic } from './as-clinic';
import { UsageError } from './command-errors';

export const exportUsage =
  'fhir|csv|research [--clinic ID] [--patient ID] [--out FILE] [--transaction] [--table patients|visits|findings] [--dates safe-harbor|shifted] [--free-text none|scrubbed]';

const kinds = ['fhir', 'csv', 'research'] as const;
type Kind = (typeof kinds)[number];

interface ExportOptions {
  kind: Kind;
  clinic: string | undefined;
  patient: string | undefined;
  out: string | undefined;
  table: CsvTable;
  dates: ResearchDateMode;
  bundleType: FhirBundleType;
  freeText: ResearchFreeText;
}

function parse(args: readonly string[]): ExportOptions {
  const { values, positionals, tokens } = parseArgs({
    args: [...args],
    allowPositionals: true,
    tokens: true,
    options: {
      clinic: { type: 'string' },
      patient: { type: 'string' },
      out: { type: 'string' },
      table: { type: 'string' },
      dates: { type: 'string' },
      transaction: { type: 'boolean' },
      'free-text': { type: 'string' },
    },
  });
  const [kind, ...extra] = positionals;
  if (kind === undefined || !(kinds as readonly string[]).includes(kind) || extra.length > 0)
    throw new UsageError(`Usage: sotchart export ${exportUsage}`);
  const table = values.table ?? 'patients';
  if (!(csvTables as readonly string[]).includes(table))
    throw new UsageError(`--table must be one of ${csvTables.join(', ')}, not "${table}".`);
  if (values.table !== undefined && kind !== 'csv')
    throw new UsageError('--table goes with "export csv" only.');
  const dates = values.dates ?? 'safe-harbor';
  if (dates !== 'safe-harbor' && dates !== 'shifted')
    throw new UsageError(`--dates must be safe-harbor or shifted, not "${dates}".`);
  if (values.dates !== undefined && kind !== 'research')
    throw new UsageError('--dates goes with "export research" only.');
  // Read from the tokens: the property name `transaction` is kept for database transactions (lint).
  const asTransaction = tokens.some((t) => t.kind === 'option' && t.name === 'transaction');
  if (asTransaction && kind !== 'fhir') throw new UsageError('--transaction goes with "export fhir" only.');
  const freeText = values['free-text'] ?? 'none';
  if (freeText !== 'none' && freeText !== 'scrubbed')
    throw new UsageError(`--free-text must be none or scrubbed, not "${freeText}".`);
  if (values['free-text'] !== undefined && kind !== 'research')
    throw new UsageError('--free-text goes with "export research" only.');
  return {
    kind: kind as Kind,
    clinic: values.clinic,
    patient: values.patient,
    out: values.out,
    table: table as CsvTable,
    dates,
    bundleType: asTransaction ? 'transaction' : 'collection',
    freeText,
  };
}

async function writeAll(source: Readable | string, out: Writable): Promise<void> {
  const chunks: AsyncIterable<unknown> | string[] = typeof source === 'string' ? [source] : source;
  for await (const chunk of chunks) if (!out.write(chunk as string)) await once(out, 'drain');
}

/**
 * `sotchart export fhir|csv|research`: the same exports as the API, for every patient of the only (or
 * given) clinic or for one patient, to stdout or a file. The CLI acts for the clinic with no user; each
 * export is audited as such. The research export is the owner's, as on the API.
 */
export async function exportCommand(args: readonly string[]): Promise<number> {
  let options: ExportOptions;
  try {
    options = parse(args);
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    return 2;
  }
  try {
    return await asClinic(
      'export',
      options.clinic,
      { none: 'There is no clinic yet; nothing to export.', demo: 'may-be-chosen' },
      async ({ deps, actor }) => {
        const scope = options.patient === undefined ? {} : { patientId: options.patient };
        const source =
          options.kind === 'fhir'
            ? await exportService.fhirBundle(deps, actor, scope, options.bundleType)
            : options.kind === 'csv'
              ? await exportService.csv(deps, actor, options.table, scope)
              : `${JSON.stringify(await researchExportService.export(deps, actor, { ...scope, dates: options.dates, freeText: options.freeText }), null, 2)}\n`;
        if (options.out === undefined) await writeAll(source, process.stdout);
        else {
          const file = createWriteStream(options.out);
          await writeAll(source, file);
          file.end();
          await once(file, 'finish');
          console.error(`Wrote ${options.out}.`);
        }
        return 0;
      },
    );
  } catch (error) {
    if (error instanceof UsageError) {
      console.error(error.message);
      return 2;
    }
    if (error instanceof AppError && error.code === 'NOT_FOUND') {
      console.error(`No patient ${options.patient ?? ''} in this clinic.`);
      return 2;
    }
    throw error;
  }
}
