import { closeSync, fstatSync, fsyncSync, openSync, readSync, writeSync } from 'node:fs';

/**
 * One checkpoint of one audit chain, a JSON line of the anchor file: the chain had `rows` rows and its
 * newest row's hash was `hash` at time `at`. Recorded outside the database, it lets `audit verify`
 * detect a chain that was cut back or rewritten together with its head.
 */
export interface Checkpoint {
  readonly chain: string;
  readonly rows: number;
  readonly hash: string;
  readonly at: string;
}

function parseCheckpoint(line: string): Checkpoint | null {
  try {
    const value = JSON.parse(line) as Partial<Checkpoint>;
    const { chain, rows, hash, at } = value;
    if (
      typeof chain === 'string' &&
      typeof rows === 'number' &&
      Number.isInteger(rows) &&
      rows >= 0 &&
      typeof hash === 'string' &&
      /^[0-9a-f]{64}$/.test(hash) &&
      typeof at === 'string'
    ) {
      return { chain, rows, hash, at };
    }
  } catch {
    // an unreadable line is counted below
  }
  return null;
}

const chunkSize = 1 << 20;

/**
 * The append-only anchor file (AUDIT_ANCHOR_FILE): one JSON line per checkpoint, never rewritten. This
 * object keeps the latest checkpoint of each chain and how far it has read, so a server that anchors
 * every few minutes reads only what was appended since (by itself or another server process).
 */
export class AnchorFile {
  private offset = 0;
  private readonly latestByChain = new Map<string, Checkpoint>();
  private lineCount = 0;
  private readonly unreadable: number[] = [];

  constructor(readonly path: string) {}

  /** The latest checkpoint of each chain read so far. */
  get latest(): ReadonlyMap<string, Checkpoint> {
    return this.latestByChain;
  }

  /** Line numbers that are not a checkpoint (a torn last line after a crash, or an edit). */
  get unreadableLines(): readonly number[] {
    return this.unreadable;
  }

  get lines(): number {
    return this.lineCount;
  }

  /**
   * Reads what was appended since the last call. Throws ENOENT when the file does not exist, and when
   * the file is shorter than what was already read: an append-only file never shrinks.
   */
  refresh(): void {
    const fd = openSync(this.path, 'r');
    try {
      const size = fstatSync(fd).size;
      if (size < this.offset) {
        throw new Error(
          `The anchor file ${this.path} shrank from ${this.offset} to ${size} bytes: it was truncated or replaced.`,
        );
      }
      let pending = Buffer.alloc(0);
      let position = this.offset;
      const chunk = Buffer.alloc(chunkSize);
      while (position < size) {
        const read = readSync(fd, chunk, 0, Math.min(chunkSize, size - position), position);
        if (read === 0) break;
        position += read;
        pending = Buffer.concat([pending, chunk.subarray(0, read)]);
        let newline = pending.indexOf(10);
        while (newline !== -1) {
          this.take(pending.subarray(0, newline).toString('utf8'));
          this.offset += newline + 1;
          pending = pending.subarray(newline + 1);
          newline = pending.indexOf(10);
        }
      }
      // A last line without its newline is still being written, or was torn by a crash: not read yet.
    } finally {
      closeSync(fd);
    }
  }

  /**
   * Appends checkpoints as JSON lines in one write to a file opened for appending, then fsyncs it, so a
   * checkpoint that was reported written survives a crash. Creates the file when it does not exist.
   */
  append(checkpoints: readonly Checkpoint[]): void {
    if (checkpoints.length === 0) return;
    const text = checkpoints
      .map((c) => JSON.stringify({ chain: c.chain, rows: c.rows, hash: c.hash, at: c.at }))
      .join('\n');
    const fd = openSync(this.path, 'a', 0o640);
    try {
      writeSync(fd, `${this.endsMidLine() ? '\n' : ''}${text}\n`);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  }

  /** True when the file's last line has no newline (torn by a crash): the next line must not join it. */
  private endsMidLine(): boolean {
    const fd = openSync(this.path, 'r');
    try {
      const size = fstatSync(fd).size;
      if (size === 0) return false;
      const last = Buffer.alloc(1);
      readSync(fd, last, 0, 1, size - 1);
      return last[0] !== 10;
    } finally {
      closeSync(fd);
    }
  }

  private take(line: string): void {
    this.lineCount += 1;
    if (line.trim() === '') return;
    const checkpoint = parseCheckpoint(line);
    if (checkpoint === null) this.unreadable.push(this.lineCount);
    else this.latestByChain.set(checkpoint.chain, checkpoint);
  }
}
