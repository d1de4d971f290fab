import type { CrashReport } from '../crash-safety';
import type { ConcurrencyReport } from '../draft-concurrency';
import type { ExportReport } from '../export-bench';
import type { MalformedReport } from '../malformed-input';
import type { NavigationReport } from '../navigation-bench';
import type { ScaleReport } from '../scale-bench';
import type { ScaleOutReport } from '../scale-out';
import type { ThroughputReport } from '../throughput-bench';
import type { SavedProfiles } from './request-cost';
import { loadResult, type SavedResult } from './results';

/** The saved figures of the last full run of each harness; a harness never run is absent. */
export interface SavedRuns {
  readonly throughput: SavedResult<ThroughputReport[]> | undefined;
  readonly scale: SavedResult<ScaleReport[]> | undefined;
  readonly exported: SavedResult<ExportReport[]> | undefined;
  readonly navigation: SavedResult<NavigationReport> | undefined;
  /** Only the engine ratio is read; the engine section itself is written by hand. */
  readonly engine: SavedResult<{ readonly ratio: number }> | undefined;
  readonly crash: SavedResult<CrashReport[]> | undefined;
  readonly malformed: SavedResult<MalformedReport[]> | undefined;
  readonly concurrency: SavedResult<ConcurrencyReport[]> | undefined;
  readonly scaleOut: SavedResult<ScaleOutReport> | undefined;
  readonly profiles: SavedProfiles;
}

export function loadSavedRuns(): SavedRuns {
  return {
    throughput: loadResult('throughput'),
    scale: loadResult('scale'),
    exported: loadResult('export'),
    navigation: loadResult('navigation'),
    engine: loadResult('engine'),
    crash: loadResult('crash-safety'),
    malformed: loadResult('malformed-input'),
    concurrency: loadResult('concurrency'),
    scaleOut: loadResult('scale-out'),
    profiles: {
      before: {
        sqlite: loadResult('profile-before-sqlite'),
        postgres: loadResult('profile-before-postgres'),
      },
      after: { sqlite: loadResult('profile-after-sqlite'), postgres: loadResult('profile-after-postgres') },
    },
  };
}

/** The runs the summary's machine line covers (the engine's is not among them), in harness order. */
export function machineRuns(runs: SavedRuns): SavedResult<unknown>[] {
  const { throughput, scale, exported, navigation, crash, malformed, concurrency, scaleOut } = runs;
  const all: (SavedResult<unknown> | undefined)[] = [
    throughput,
    scale,
    exported,
    navigation,
    crash,
    malformed,
    concurrency,
    scaleOut,
  ];
  return all.filter((r) => r !== undefined);
}

/** Every concurrency run: the single-server ones, then the scale-out's across two servers. */
export function concurrencyReports(runs: SavedRuns): ConcurrencyReport[] {
  return [
    ...(runs.concurrency?.data ?? []),
    ...(runs.scaleOut === undefined ? [] : [runs.scaleOut.data.concurrency]),
  ];
}
