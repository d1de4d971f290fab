/**
 * The one IndexedDB database the app keeps on a device: `drafts` (unsent edits, one per visit) and
 * `working-set` (the signed-in user's patients and visits opened today, and whose device data it is).
 * Both belong to one user at a time and are wiped together (see {@link wipeDeviceData}).
 */
export const deviceDatabaseName = 'sotchart-charting';
export type DeviceStore = 'drafts' | 'working-set';

let opening: Promise<IDBDatabase> | null = null;

export function promised<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB request failed'));
  });
}

function database(): Promise<IDBDatabase> {
  if (opening !== null) return opening;
  // Version 2 adds the working set; drafts kept under version 1 stay where they are.
  const request = indexedDB.open(deviceDatabaseName, 2);
  request.onupgradeneeded = () => {
    const db = request.result;
    if (!db.objectStoreNames.contains('drafts')) db.createObjectStore('drafts', { keyPath: 'visitId' });
    if (!db.objectStoreNames.contains('working-set')) db.createObjectStore('working-set', { keyPath: 'key' });
  };
  opening = promised(request);
  opening.catch(() => {
    opening = null;
  });
  return opening;
}

/** Runs one request on `store` in its own transaction and resolves once the transaction is done. */
export async function withStore<T>(
  storeName: DeviceStore,
  mode: IDBTransactionMode,
  run: (store: IDBObjectStore) => IDBRequest<T>,
): Promise<T> {
  const db = await database();
  const tx = db.transaction(storeName, mode);
  const done = new Promise<void>((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error ?? new Error('IndexedDB transaction failed'));
    tx.onabort = () => reject(tx.error ?? new Error('IndexedDB transaction aborted'));
  });
  const result = await promised(run(tx.objectStore(storeName)));
  await done;
  return result;
}

/** Empties both stores: at sign-out, and before another user's data may be kept here. */
export async function wipeDeviceData(): Promise<void> {
  await withStore('drafts', 'readwrite', (store) => store.clear());
  await withStore('working-set', 'readwrite', (store) => store.clear());
}
