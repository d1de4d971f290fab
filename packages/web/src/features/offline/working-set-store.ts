import { wipeDeviceData, withStore } from '../charting/draft/device-database';

/** One screen's data kept on this device for the day: a TanStack Query key and its last answer. */
export interface WorkingSetEntry {
  /** The query key as JSON: the store's key. */
  readonly key: string;
  readonly queryKey: readonly unknown[];
  /** Whose data it is: a device keeps one user's working set at a time. */
  readonly userId: string;
  /** The device's local day it was kept on (YYYY-MM-DD); entries of another day are dropped. */
  readonly day: string;
  readonly data: unknown;
  readonly updatedAt: number;
}

/** The device's local calendar day, as the working set is dated. */
export function localDay(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

async function allEntries(): Promise<WorkingSetEntry[]> {
  return withStore('working-set', 'readonly', (store) => store.getAll() as IDBRequest<WorkingSetEntry[]>);
}

/**
 * Today's working set of the user it belongs to; entries of an earlier day are deleted on the way, so
 * yesterday's patients do not stay on the device.
 */
export async function readWorkingSet(today: string = localDay()): Promise<WorkingSetEntry[]> {
  const entries = await allEntries();
  const old = entries.filter((e) => e.day !== today);
  if (old.length > 0)
    await withStore('working-set', 'readwrite', (store) => {
      // One transaction for all; it completes only when every delete has.
      const deletes = old.map((e) => store.delete(e.key));
      return deletes[deletes.length - 1] as IDBRequest<undefined>;
    });
  return entries.filter((e) => e.day === today);
}

/**
 * Makes this device `userId`'s: when any kept data is another user's, every store (drafts included)
 * is wiped first, so a shared tablet never shows one user another's patients. True when it wiped.
 */
export async function claimDevice(userId: string): Promise<boolean> {
  const entries = await allEntries();
  if (!entries.some((e) => e.userId !== userId)) return false;
  await wipeDeviceData();
  return true;
}

/** Keeps one query's answer for the day. */
export async function keepEntry(entry: WorkingSetEntry): Promise<void> {
  await withStore('working-set', 'readwrite', (store) => store.put(entry));
}
