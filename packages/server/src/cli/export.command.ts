import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import type { Readable, Writable } from 'node:stream';
import { parseArgs } from 'node:util';
import { csvTables, type CsvTable, type ResearchDateMode } from '@sotchart/contract';
import { uuidv7 } from 'uuidv7';
import { AuditCommitter } from '../audit/audit-committer';
import { loadConfig } from '../config';
import { openDatabase } from '../db/connect';
import { migrateToLatest } from '../db/migrations';
import { AppError } from '../errors';
import { exportService, type ExportActor } from '../services/export.service';
import { researchExportService } from '../services/research-export.service';
import type { ServiceDeps } from '../services/service-deps';
import { clinicOption } from './clinic-option';
import { UsageError } from './command-errors';

export const exportUsage =
  'fhir|csv|research [--clinic ID] [--patient ID] [--out FILE] [--table patients|visits|findings] [--dates safe-harbor|shifted]';

const kinds = ['fhir', 'csv', 'research'] as const;
type Kind = (typeof kinds)[number];

interface ExportOptions {
  kind: Kind;
  clinic: string | undefined;
  patient: string | undefined;
  out: string | undefined;
  table: CsvTable;
  dates: ResearchDateMode;
}

function parse(args: readonly string[]): ExportOptions {
  const { values, positionals } = parseArgs({
    args: [...args],
    allowPositionals: true,
    options: {
      clinic: { type: 'string' },
      patient: { type: 'string' },
      out: { type: 'string' },
      table: { type: 'string' },
      dates: { type: 'string' },
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
  return {
    kind: kind as Kind,
    clinic: values.clinic,
    patient: values.patient,
    out: values.out,
    table: table as CsvTable,
    dates,
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
  const handle = await openDatabase(loadConfig());
  const clock = () => new Date();
  const audit = new AuditCommitter({ db: handle.db, dialect: handle.dialect, clock });
  try {
    await migrateToLatest(handle.db);
    const clinicId = (
      await clinicOption(handle, options.clinic, {
        none: 'There is no clinic yet; nothing to export.',
        demo: 'may-be-chosen',
      })
    ).id;
    const deps: ServiceDeps = { db: handle.db, audit, clock, newId: uuidv7 };
    const actor: ExportActor = {
      clinicId,
      userId: null,
      role: 'owner',
      requestId: 'cli:export',
      ip: 'local',
    };
    const scope = options.patient === undefined ? {} : { patientId: options.patient };
    const source =
      options.kind === 'fhir'
        ? await exportService.fhirBundle(deps, actor, scope)
        : options.kind === 'csv'
          ? await exportService.csv(deps, actor, options.table, scope)
          : `${JSON.stringify(await researchExportService.export(deps, actor, { ...scope, dates: options.dates }), null, 2)}\n`;
    if (options.out === undefined) await writeAll(source, process.stdout);
    else {
      const file = createWriteStream(options.out);
      await writeAll(source, file);
      file.end();
      await once(file, 'finish');
      console.error(`Wrote ${options.out}.`);
    }
    return 0;
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
  } finally {
    await audit.close();
    await handle.close();
  }
}
