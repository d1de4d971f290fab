import type { Page } from 'playwright-core';

/** What a page's origin keeps in the browser, read from inside the page. */
export interface DeviceStorage {
  /** Every IndexedDB database with each of its stores' records, as JSON text. */
  readonly indexedDb: Readonly<Record<string, Readonly<Record<string, string>>>>;
  /** Every Cache Storage cache with the paths of the requests it holds. */
  readonly caches: Readonly<Record<string, readonly string[]>>;
  readonly localStorage: string;
  readonly sessionStorage: string;
}

// Plain script text: the test runner's transform names functions with a helper the page lacks, so
// the code run in the page is not a compiled function.
const readStorage = `(async () => {
  const done = (request) => new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  const indexedDb = {};
  for (const { name } of await indexedDB.databases()) {
    if (name === undefined) continue;
    const db = await done(indexedDB.open(name));
    const stores = {};
    for (const store of Array.from(db.objectStoreNames))
      stores[store] = JSON.stringify(await done(db.transaction(store, 'readonly').objectStore(store).getAll()));
    db.close();
    indexedDb[name] = stores;
  }
  const cached = {};
  for (const name of await caches.keys())
    cached[name] = (await (await caches.open(name)).keys()).map((r) => new URL(r.url).pathname);
  return {
    indexedDb,
    caches: cached,
    localStorage: JSON.stringify({ ...localStorage }),
    sessionStorage: JSON.stringify({ ...sessionStorage }),
  };
})()`;

/** Reads everything the page's origin keeps: IndexedDB, Cache Storage, localStorage and sessionStorage. */
export function deviceStorage(page: Page): Promise<DeviceStorage> {
  return page.evaluate(readStorage) as Promise<DeviceStorage>;
}
