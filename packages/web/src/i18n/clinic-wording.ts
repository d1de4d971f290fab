import { ClinicWordingSchema } from '@sotchart/contract';
import { isLanguage, type CompiledCatalog, type CompiledMessage } from '@sotchart/i18n';
import { request } from '../api/http-client';

/** The clinic's own wording in one language: compiled text by key, by namespace. */
export type ClinicWording = Readonly<Record<string, CompiledCatalog>>;

let signedIn = false;
const byLanguage = new Map<string, Promise<ClinicWording>>();

/**
 * Turns the clinic's wording on (after sign-in) or off (after sign-out); the caller reloads the
 * catalogues so the screens show the change.
 */
export function setClinicWording(on: boolean): void {
  signedIn = on;
  byLanguage.clear();
}

async function fetchWording(language: string): Promise<ClinicWording> {
  const { messages } = await request(
    'GET',
    '/api/clinic/wording',
    { query: { language, approved: true } },
    ClinicWordingSchema,
  );
  if (messages.length === 0) return {};
  // Only a clinic with its own wording loads the ICU parser, to compile it like the bundled messages.
  const { compileMessage } = await import('@sotchart/i18n/compiled-message');
  const result: Record<string, Record<string, CompiledMessage>> = {};
  for (const m of messages) (result[m.namespace] ??= {})[m.key] = compileMessage(m.text);
  return result;
}

/** The signed-in clinic's approved wording in a language, fetched once; none before sign-in. */
export function clinicWording(language: string): Promise<ClinicWording> {
  if (!signedIn || !isLanguage(language)) return Promise.resolve({});
  let wording = byLanguage.get(language);
  if (wording === undefined) {
    // Without the clinic's wording the bundled catalogue still serves.
    wording = fetchWording(language).catch(() => ({}));
    byLanguage.set(language, wording);
  }
  return wording;
}
