// The patient search's own queries, without HTTP, session or audit row: each way of typing of the
// data set's sample searches, at 1 000 and 100 000 patients, on SQLite and PostgreSQL. Supports the
// scale benchmark's end-to-end figure, whose fixed costs hide how the query itself grows.
//   node --import tsx bench/src/search-query-bench.ts [sqlite|postgres]
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openPostgres, openSqliteFile, type DialectName } from '@sotchart/server/db/connect';
import { patientRepository } from '@sotchart/server/db/repositories/patient.repository';
import { ensureDataset, type Dataset } from './dataset/dataset';

/** How a sample search was typed (see Dataset.sampleSearches). */
function kindOf(q: string): string {
  if (/^\d+$/.test(q)) return 'chart number digits';
  if (q.includes(',')) return 'as the list shows it';
  return /^[A-Z]/.test(q) ? 'one typo' : 'name prefix';
}

/** Median milliseconds of each kind over `rounds` rounds of every sample, after one warm-up round. */
async function timeKinds(dataset: Dataset, rounds: number): Promise<Map<string, number>> {
  const handle =
    dataset.databaseUrl === null
      ? openSqliteFile(join(dataset.dataDir, 'sotchart.db'))
      : await openPostgres(dataset.databaseUrl, 1);
  const times = new Map<string, number[]>();
  try {
    for (let round = 0; round <= rounds; round += 1) {
      for (const q of dataset.sampleSearches) {
        const search = { q, sort: 'name' as const, limit: 25, includeArchived: false };
        const started = performance.now();
        const page = await patientRepository.search(handle.db, dataset.clinicId, search, null);
        // As the service does: a search that finds no one as typed is read again allowing one typo.
        if (page.items.length === 0)
          await patientRepository.searchWithOneTypo(handle.db, dataset.clinicId, search, null);
        if (round > 0) times.set(kindOf(q), [...(times.get(kindOf(q)) ?? []), performance.now() - started]);
      }
    }
  } finally {
    await handle.close();
  }
  return new Map(
    [...times].map(([kind, ms]) => [kind, ms.sort((a, b) => a - b)[Math.floor(ms.length / 2)] ?? 0]),
  );
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const only = process.argv.slice(2).filter((a): a is DialectName => a === 'sqlite' || a === 'postgres');
  for (const dialect of only.length === 0 ? (['sqlite', 'postgres'] as const) : only) {
    const small = await timeKinds(await ensureDataset(dialect, 1000), 4);
    const large = await timeKinds(await ensureDataset(dialect, 100_000), 4);
    for (const [kind, ms] of small) {
      console.log(`${dialect} ${kind}: p50 ${ms.toFixed(2)} ms → ${(large.get(kind) ?? 0).toFixed(2)} ms`);
    }
  }
}
