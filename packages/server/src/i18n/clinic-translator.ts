import { pseudoLanguage, type Namespace } from '@sotchart/i18n';
import type { TFunction } from 'i18next';
import { IntlMessageFormat } from 'intl-messageformat';
import type { Kysely } from 'kysely';
import type { Database } from '../db/database';
import { clinicMessageRepository } from '../db/repositories/clinic-message.repository';
import { serverLanguage, translator } from './translator';

/**
 * The messages of one namespace in one language as the clinic's documents use them: the clinic's own
 * approved wording where it has one, the bundled catalogue elsewhere.
 *
 * @example
 * const t = await clinicTranslator(db, clinicId, 'ja', 'reports');
 * t('visitNote.title');
 */
export async function clinicTranslator<N extends Namespace>(
  db: Kysely<Database>,
  clinicId: string,
  language: string,
  namespace: N,
): Promise<TFunction<N>> {
  const lng = serverLanguage(language);
  const base = translator(lng, namespace);
  if (lng === pseudoLanguage) return base;
  const own = await clinicMessageRepository.list(db, clinicId, {
    language: lng,
    namespace,
    approvedOnly: true,
  });
  if (own.length === 0) return base;
  const formats = new Map(own.map((m) => [m.key, new IntlMessageFormat(m.text, lng)]));
  const withOwn = (key: string, values?: Record<string, unknown>): string => {
    const format = formats.get(key);
    return format === undefined
      ? (base as unknown as (k: string, v?: unknown) => string)(key, values)
      : String(format.format(values as never));
  };
  // The same call shape as i18next's t for the keys and values documents pass.
  return withOwn as unknown as TFunction<N>;
}
