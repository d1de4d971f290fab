import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import type { Readable, Writable } from 'node:stream';
import { parseArgs } from 'node:util';
import { csvTables, type CsvTable, type ResearchDateMode } from '@sotchart/contract';
import { uuidv7 } from 'uuidv7';
import { AuditCommitter } from '../audit/audit-committer';
import { loadConfig } from '../config';
import { openDatabase, type DatabaseHandle } from '../db/connect';
import { migrateToLatest } from '../db/migrations';
import { AppError } from '../errors';
import { exportService, type ExportActor } from '../services/export.service';
import { researchExportService } from '../services/research-export.service';
import type { ServiceDeps } from '../services/service-deps';

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

class UsageProblem extends Error {}

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
    throw new UsageProblem(`Usage: sotchart export ${exportUsage}`);
  const table = values.table ?? 'patients';
  if (!(csvTables as readonly string[]).includes(table))
    throw new UsageProblem(`--table must be one of ${csvTables.join(', ')}, not "${table}".`);
  if (values.table !== undefined && kind !== 'csv')
    throw new UsageProblem('--table goes with "export csv" only.');
  const dates = values.dates ?? 'safe-harbor';
  if (dates !== 'safe-harbor' && dates !== 'shifted')
    throw new UsageProblem(`--dates must be safe-harbor or shifted, not "${dates}".`);
  if (values.dates !== undefined && kind !== 'research')
    throw new UsageProblem('--dates goes with "export research" only.');
  return {
    kind: kind as Kind,
    clinic: values.clinic,
    patient: values.patient,
    out: values.out,
    table: table as CsvTable,
    dates,
  };
}

/** The clinic named by --clinic, else the only clinic, else the only non-demo clinic. */
async function clinicOf(handle: DatabaseHandle, given: string | undefined): Promise<string> {
  const clinics = await handle.db
    .selectFrom('clinic')
    .select(['id', 'name', 'is_demo'])
    .$if(given !== undefined, (q) => q.where('id', '=', given as string))
    .orderBy('created_at')
    .execute();
  if (given !== undefined) {
    if (clinics[0] === undefined) throw new UsageProblem(`No clinic has the id ${given}.`);
    return clinics[0].id;
  }
  if (clinics.length === 1 && clinics[0] !== undefined) return clinics[0].id;
  const real = clinics.filter((c) => c.is_demo === 0);
  if (real.length === 1 && real[0] !== undefined) return real[0].id;
  if (clinics.length === 0) throw new UsageProblem('There is no clinic yet; nothing to export.');
  const list = clinics.map((c) => `  ${c.id}  ${c.name}`).join('\n');
  throw new UsageProblem(`Several clinics exist; choose one with --clinic ID:\n${list}`);
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
    const clinicId = await clinicOf(handle, options.clinic);
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
    if (error instanceof UsageProblem) {
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
