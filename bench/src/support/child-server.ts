import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** A server process started by a harness: its URL, its memory, and ways to end it. */
export interface ChildServer {
  readonly url: string;
  readonly child: ChildProcess;
  /** Everything it printed so far (stdout and stderr). */
  output(): string;
  /** Resident set size now, in MiB (Linux /proc). */
  rssMiB(): number;
  /** The largest resident set size so far, in MiB (VmHWM). */
  peakRssMiB(): number;
  /** SIGTERM (graceful) or SIGKILL, then waits for the exit. */
  stop(signal?: NodeJS.Signals): Promise<void>;
}

const serverBin = fileURLToPath(new URL('../../../packages/server/bin/sotchart.js', import.meta.url));

function statusField(pid: number | undefined, field: string): number {
  if (pid === undefined) return 0;
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status);
    return match?.[1] === undefined ? 0 : Number(match[1]) / 1024;
  } catch {
    return 0;
  }
}

/**
 * Spawns a node process (tsx loaded) and resolves once it prints `running at <url>`. `script` is a
 * file path; the default is the real `sotchart serve`. PORT is 0 (a free port) unless `env` says.
 */
export async function startChildServer(
  env: Record<string, string>,
  script: { file: string; args?: readonly string[]; nodeArgs?: readonly string[] } = {
    file: serverBin,
    args: ['serve'],
  },
): Promise<ChildServer> {
  const node = [...(script.nodeArgs ?? []), '--import', 'tsx', script.file, ...(script.args ?? [])];
  const child = spawn(process.execPath, node, {
    env: {
      ...process.env,
      PORT: '0',
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      SOTCHART_DEMO: '0',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.stdout?.on('data', (chunk: Buffer) => (out += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (out += chunk.toString()));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start in 90 s:\n${out}`)), 90_000);
    const onData = (): void => {
      const match = /running at (http:\/\/\S+)/.exec(out);
      if (match?.[1] !== undefined) {
        clearTimeout(timer);
        child.stdout?.off('data', onData);
        resolve(match[1].replace(/\/$/, ''));
      }
    };
    child.stdout?.on('data', onData);
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`server exited (${code ?? signal}) before starting:\n${out}`));
    });
  });
  return {
    url,
    child,
    output: () => out,
    rssMiB: () => statusField(child.pid, 'VmRSS'),
    peakRssMiB: () => statusField(child.pid, 'VmHWM'),
    stop: async (signal = 'SIGTERM') => {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      await exited;
    },
  };
}

/** Samples a process's RSS every `intervalMs` until stopped; returns the largest value seen, in MiB. */
export function sampleRss(server: ChildServer, intervalMs = 200): { stop(): number } {
  let peak = server.rssMiB();
  const timer = setInterval(() => {
    peak = Math.max(peak, server.rssMiB());
  }, intervalMs);
  return {
    stop: () => {
      clearInterval(timer);
      return Math.max(peak, server.rssMiB());
    },
  };
}
