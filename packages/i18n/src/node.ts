import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Namespace } from './namespaces';
import type { MessageCatalog, StatusCatalog } from './review-status';

/** The folder of the catalogues: `<language>/<namespace>.json` and `.status.json`. */
export const catalogDir = fileURLToPath(new URL('../catalogs/', import.meta.url));

// The files ship with the build and never change while a process runs: each is read once.
const read = new Map<string, unknown>();

function readJson<T>(file: string): T | undefined {
  if (!read.has(file)) {
    const path = `${catalogDir}${file}`;
    read.set(file, existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : undefined);
  }
  return read.get(file) as T | undefined;
}

/** A namespace's messages in one language; empty when the catalogue does not exist. */
export function readCatalog(language: string, namespace: Namespace): MessageCatalog {
  return readJson<MessageCatalog>(`${language}/${namespace}.json`) ?? {};
}

/** A translated namespace's review status by key; empty for English or a missing file. */
export function readStatus(language: string, namespace: Namespace): StatusCatalog {
  return readJson<StatusCatalog>(`${language}/${namespace}.status.json`) ?? {};
}
