import type { VisitDraft } from './visit-draft';

/** A draft kept on this device until the server has it: the edits, and the version they were made on. */
export interface StoredDraft {
  readonly visitId: string;
  readonly draft: VisitDraft;
  /** The server version the edits were made on; a newer one on the server means a conflict. */
  readonly version: number;
  /** The server's draft at that version, to merge against if someone else saved meanwhile. */
  readonly base: VisitDraft;
  readonly savedAt: string;
}

const dbName = 'sotchart-charting';
const storeName = 'drafts';
let opening: Promise<IDBDatabase> | null = null;

function promised<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB request failed'));
  });
}

function database(): Promise<IDBDatabase> {
  if (opening !== null) return opening;
  const request = indexedDB.open(dbName, 1);
  request.onupgradeneeded = () => {
    if (!request.result.objectStoreNames.contains(storeName))
      request.result.createObjectStore(storeName, { keyPath: 'visitId' });
  };
  opening = promised(request);
  opening.catch(() => {
    opening = null;
  });
  return opening;
}

async function withStore<T>(
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

/** The unsent draft of a visit kept on this device, if any. */
export async function readStoredDraft(visitId: string): Promise<StoredDraft | undefined> {
  const found = await withStore(
    'readonly',
    (store) => store.get(visitId) as IDBRequest<StoredDraft | undefined>,
  );
  return found;
}

/** Keeps a draft on this device; it survives reloads and a closed tab until the server has it. */
export async function storeDraft(entry: StoredDraft): Promise<void> {
  await withStore('readwrite', (store) => store.put(entry));
}

/** Forgets a visit's local draft once the server holds it. */
export async function forgetStoredDraft(visitId: string): Promise<void> {
  await withStore('readwrite', (store) => store.delete(visitId));
}
