import type { CompiledCatalog, StatusCatalog } from '@sotchart/i18n';

// The build serves every catalogue as /locales/<language>/<file> (i18n-catalogs.ts), compiled.
async function fetchJson<T>(path: string): Promise<T | undefined> {
  const response = await fetch(path, { credentials: 'same-origin' });
  if (response.status === 404) return undefined;
  if (!response.ok) throw new Error(`${path} answered ${response.status}`);
  return (await response.json()) as T;
}

/** A namespace's bundled messages in one language, compiled; empty when there is no such catalogue. */
export async function loadMessages(language: string, namespace: string): Promise<CompiledCatalog> {
  return (await fetchJson<CompiledCatalog>(`/locales/${language}/${namespace}.json`)) ?? {};
}

/** A translated namespace's bundled review status by key; empty for English. */
export async function loadStatus(language: string, namespace: string): Promise<StatusCatalog> {
  return (await fetchJson<StatusCatalog>(`/locales/${language}/${namespace}.status.json`)) ?? {};
}
