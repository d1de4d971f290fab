import type { SessionView } from '@sotchart/contract';
import type { QueryClient, QueryKey } from '@tanstack/react-query';
import { queryKeys } from '../../api/query-keys';
import { wipeDeviceData } from '../charting/draft/device-database';
import { claimDevice, keepEntry, localDay, readWorkingSet } from './working-set-store';

/** The answers under a patient's key that charting a visit offline needs. */
const patientParts = new Set(['visits', 'episodes', 'timeline']);

/**
 * True for the queries of the day's working set: the session, the clinic's protocol pack, and the
 * patients and visits opened. Nothing else (lists, searches, audit, admin) is ever kept on the device.
 */
export function isWorkingSetQuery(key: QueryKey): boolean {
  const [head, id, part, ...rest] = key;
  if (rest.length > 0) return false;
  if (head === 'session' || head === 'protocol') return key.length === 1;
  if (head === 'visit') return typeof id === 'string' && part === undefined;
  if (head === 'patient')
    return (
      typeof id === 'string' && (part === undefined || (typeof part === 'string' && patientParts.has(part)))
    );
  return false;
}

/** The session as kept: without its CSRF token, which is fetched afresh once the server answers. */
function keptSession(session: SessionView): SessionView {
  return { ...session, csrfToken: '' };
}

// The session kept on the device today, read at start-up: used only when the server cannot be reached.
let keptSessionOnDevice: SessionView | undefined;

/** Today's kept session, for when the server cannot be reached (its CSRF token is empty). */
export function sessionKeptOnDevice(): SessionView | undefined {
  return keptSessionOnDevice;
}

// Writes run one after another, so a wipe at sign-out is never overtaken by a write queued before it.
let writes: Promise<void> = Promise.resolve();
function queue(write: () => Promise<void>): Promise<void> {
  writes = writes.then(write).catch(() => undefined);
  return writes;
}

/**
 * Keeps every successful answer of a working-set query in IndexedDB for the signed-in user, from now
 * until sign-out. A session of another user first wipes the device. Returns the unsubscribe.
 */
export function keepWorkingSet(queryClient: QueryClient): () => void {
  return queryClient.getQueryCache().subscribe((event) => {
    if (event.type !== 'updated' || event.action.type !== 'success') return;
    const { queryKey, state } = event.query;
    if (!isWorkingSetQuery(queryKey)) return;
    const session = queryClient.getQueryData<SessionView | null>(queryKeys.session);
    if (session === undefined || session === null) return;
    const userId = session.user.id;
    const isSession = queryKey[0] === 'session';
    const data = isSession ? keptSession(session) : state.data;
    void queue(async () => {
      // Another user's answers restored from the device must not stay in memory either.
      if (isSession && (await claimDevice(userId))) {
        keptSessionOnDevice = undefined;
        queryClient.removeQueries({ predicate: (q) => q.queryKey[0] !== 'session' });
      }
      const key = JSON.stringify(queryKey);
      await keepEntry({ key, queryKey, userId, day: localDay(), data, updatedAt: state.dataUpdatedAt });
    });
  });
}

/** Wipes the working set and every kept draft: at sign-out. */
export function forgetWorkingSet(): Promise<void> {
  keptSessionOnDevice = undefined;
  return queue(wipeDeviceData);
}

/**
 * Puts today's working set back into the query cache before the app renders, so a reload or a cold
 * start without a network opens the screens opened earlier today. The session itself is put back only
 * when the device is offline; online, the server says who is signed in (an expired session must show
 * sign-in, not the kept screens), and the kept one serves only if the server cannot be reached.
 */
export async function restoreWorkingSet(queryClient: QueryClient): Promise<void> {
  const entries = await readWorkingSet().catch(() => []);
  const session = entries.find((e) => e.queryKey[0] === 'session');
  if (session === undefined) return;
  keptSessionOnDevice = session.data as SessionView;
  for (const entry of entries) {
    if (entry.userId !== session.userId || !isWorkingSetQuery(entry.queryKey)) continue;
    if (entry === session && navigator.onLine) continue;
    queryClient.setQueryData(entry.queryKey, entry.data, { updatedAt: entry.updatedAt });
  }
  await queryClient.invalidateQueries({ queryKey: queryKeys.session, refetchType: 'none' });
}
