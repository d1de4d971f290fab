import { createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

/**
 * Writes a request body to a file of its own and runs `use` on it, then removes it: a body read from
 * disk more than once (an import reads its input in passes) is bounded by the disk, not by memory.
 */
export async function withSpooledBody<T>(body: Readable, use: (file: string) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(join(tmpdir(), 'sotchart-body-'));
  try {
    const file = join(dir, 'body');
    await pipeline(body, createWriteStream(file));
    return await use(file);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
