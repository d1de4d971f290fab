import { recordLockWait } from './lock-wait';

/** Who holds the lock, for releasing it when a holder's thread ends without doing so. */
export type WriteLockHolder = 'server' | 'worker';

const holderCode: Record<WriteLockHolder, number> = { server: 1, worker: 2 };

/** `Atomics.waitAsync` (Node 16 and later; its type is in TypeScript's ES2024 library, not targeted here). */
type WaitAsync = (
  array: Int32Array,
  index: number,
  value: number,
) => { async: false; value: 'not-equal' | 'timed-out' } | { async: true; value: Promise<'ok' | 'timed-out'> };
const waitAsync = (Atomics as unknown as { waitAsync: WaitAsync }).waitAsync;

/** Slots of the shared array. */
const nextTicket = 0;
const nowServing = 1;
const holderSlot = 2;
/** Per holder, whether it waits for a turn (1) and the ticket it waits with. */
const waitingFlag = (code: number): number => 1 + 2 * code;
const waitingTicket = (code: number): number => 2 + 2 * code;
/** A ticket whose holder ended while it waited (1 and the ticket): its turn is skipped. */
const abandonedFlag = 7;
const abandonedTicket = 8;
const slotCount = 9;

/**
 * SQLite's write lock, taken in turn by the threads that write one database file: the server's event
 * loop and the audit worker. SQLite's own busy handler, when a writer finds the lock taken, sleeps the
 * calling thread (1, 2, 5, 10 … ms at a time), which on the server's thread stops every request and on
 * the worker's makes a read's answer wait far longer than the other transaction lasted. This lock is a
 * ticket lock over shared memory: each transaction takes a ticket before `begin immediate` and waits,
 * without blocking its thread (`Atomics.waitAsync`), until its number is served, so the two threads
 * take turns in order and SQLite never sees them collide. Other processes (the CLI) still meet SQLite's
 * busy timeout.
 */
export class WriteLock {
  private readonly slots: Int32Array;

  constructor(
    readonly buffer: SharedArrayBuffer = new SharedArrayBuffer(slotCount * Int32Array.BYTES_PER_ELEMENT),
    private readonly holder: WriteLockHolder = 'server',
  ) {
    this.slots = new Int32Array(buffer);
  }

  /** Resolves once this thread holds the lock; the time waited is recorded (`lock-wait.ts`). */
  async acquire(): Promise<void> {
    const started = performance.now();
    const code = holderCode[this.holder];
    const ticket = Atomics.add(this.slots, nextTicket, 1);
    Atomics.store(this.slots, waitingTicket(code), ticket);
    Atomics.store(this.slots, waitingFlag(code), 1);
    for (;;) {
      const serving = Atomics.load(this.slots, nowServing);
      if (serving === ticket) break;
      const waited = waitAsync(this.slots, nowServing, serving);
      if (waited.async) await waited.value;
    }
    Atomics.store(this.slots, holderSlot, code);
    Atomics.store(this.slots, waitingFlag(code), 0);
    recordLockWait(performance.now() - started);
  }

  release(): void {
    Atomics.store(this.slots, holderSlot, 0);
    this.serveNext();
  }

  /**
   * Frees what `holder` had of the lock when its thread ended without doing so: the lock if it held it,
   * its turn if it was waiting for one (skipped when it comes).
   */
  releaseIfHeldBy(holder: WriteLockHolder): void {
    const code = holderCode[holder];
    if (Atomics.load(this.slots, holderSlot) === code) {
      this.release();
      return;
    }
    if (Atomics.load(this.slots, waitingFlag(code)) !== 1) return;
    Atomics.store(this.slots, waitingFlag(code), 0);
    const ticket = Atomics.load(this.slots, waitingTicket(code));
    if (Atomics.load(this.slots, nowServing) === ticket) {
      this.serveNext();
      return;
    }
    Atomics.store(this.slots, abandonedTicket, ticket);
    Atomics.store(this.slots, abandonedFlag, 1);
  }

  /** Serves the next ticket, past one whose holder has gone, and wakes the waiters. */
  private serveNext(): void {
    const serving = (Atomics.add(this.slots, nowServing, 1) + 1) | 0;
    const skip =
      Atomics.load(this.slots, abandonedFlag) === 1 && Atomics.load(this.slots, abandonedTicket) === serving;
    if (skip) {
      Atomics.store(this.slots, abandonedFlag, 0);
      Atomics.add(this.slots, nowServing, 1);
    }
    Atomics.notify(this.slots, nowServing);
  }
}
