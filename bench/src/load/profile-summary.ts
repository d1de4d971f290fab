import { readFileSync } from 'node:fs';

/** One function's share of a CPU profile's samples taken while the process was busy. */
export interface ProfileLine {
  /** Function name and where it is defined (package-relative, never a machine path). */
  readonly fn: string;
  /** Self time as a percentage of the busy samples (idle excluded). */
  readonly selfPercent: number;
}

export interface ProfileSummary {
  /** Percentage of all samples the process was idle (waiting for I/O). */
  readonly idlePercent: number;
  readonly top: readonly ProfileLine[];
}

interface CpuProfileNode {
  readonly id: number;
  readonly callFrame: { functionName: string; url: string; lineNumber: number };
  readonly hitCount?: number;
}

interface CpuProfile {
  readonly nodes: readonly CpuProfileNode[];
  readonly samples: readonly number[];
  readonly timeDeltas: readonly number[];
}

/** `…/node_modules/pino/lib/proto.js` → `pino/lib/proto.js`; `…/packages/server/src/x.ts` → `server/src/x.ts`. */
function where(url: string): string {
  if (url === '') return '';
  const modules = url.lastIndexOf('node_modules/');
  if (modules >= 0) return url.slice(modules + 'node_modules/'.length);
  const packages = url.lastIndexOf('/packages/');
  if (packages >= 0) return url.slice(packages + '/packages/'.length);
  const bench = url.lastIndexOf('/bench/');
  if (bench >= 0) return url.slice(bench + 1);
  return url.startsWith('node:') ? url : (url.split('/').pop() ?? url);
}

/** The functions with the most self time in a `.cpuprofile` (as written by `node --cpu-prof`). */
export function summarizeProfile(file: string, count = 15): ProfileSummary {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const selfUs = new Map<string, number>();
  let idle = 0;
  let total = 0;
  profile.samples.forEach((id, i) => {
    const node = byId.get(id);
    const us = profile.timeDeltas[i] ?? 0;
    if (node === undefined) return;
    total += us;
    const { functionName, url, lineNumber } = node.callFrame;
    if (functionName === '(idle)') {
      idle += us;
      return;
    }
    const place = where(url);
    const key =
      place === ''
        ? functionName || '(anonymous)'
        : `${functionName || '(anonymous)'} ${place}:${lineNumber + 1}`;
    selfUs.set(key, (selfUs.get(key) ?? 0) + us);
  });
  const busy = total - idle;
  const top = [...selfUs]
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([fn, us]) => ({ fn, selfPercent: Math.round((1000 * us) / busy) / 10 }));
  return { idlePercent: Math.round((1000 * idle) / total) / 10, top };
}
