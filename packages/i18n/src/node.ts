import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Namespace } from './namespaces';
import type { MessageCatalog, StatusCatalog } from './review-status';

/** The folder of the catalogues: `<language>/<namespace>.json` and `.status.json`. */
export const catalogDir = fileURLToPath(new URL('../catalogs/', import.meta.url));

function readJson<T>(file: string): T | undefined {
  const path = `${catalogDir}${file}`;
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as T) : undefined;
}

/** A namespace's messages in one language; empty when the catalogue does not exist. */
export function readCatalog(language: string, namespace: Namespace): MessageCatalog {
  return readJson<MessageCatalog>(`${language}/${namespace}.json`) ?? {};
}

/** A translated namespace's review status by key; empty for English or a missing file. */
export function readStatus(language: string, namespace: Namespace): StatusCatalog {
  return readJson<StatusCatalog>(`${language}/${namespace}.status.json`) ?? {};
}
