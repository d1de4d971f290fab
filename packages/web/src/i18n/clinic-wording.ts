import { z } from 'zod';
import { request } from '../api/http-client';

/** The clinic's own wording in one language: text by key, by namespace. */
export type ClinicWording = Readonly<Record<string, Readonly<Record<string, string>>>>;

const WordingSchema = z.object({
  messages: z.array(z.object({ namespace: z.string(), key: z.string(), text: z.string() })),
});

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

/** The signed-in clinic's approved wording in a language, fetched once; none before sign-in. */
export function clinicWording(language: string): Promise<ClinicWording> {
  if (!signedIn) return Promise.resolve({});
  let wording = byLanguage.get(language);
  if (wording === undefined) {
    wording = request('GET', '/api/clinic/wording', { query: { language, approved: true } }, WordingSchema)
      .then(({ messages }) => {
        const result: Record<string, Record<string, string>> = {};
        for (const m of messages) (result[m.namespace] ??= {})[m.key] = m.text;
        return result;
      })
      // Without the clinic's wording the bundled catalogue still serves.
      .catch(() => ({}));
    byLanguage.set(language, wording);
  }
  return wording;
}
