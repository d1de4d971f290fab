import { pseudoLanguage, type MessageValues, type Namespace, type TFunction } from '@sotchart/i18n';
import { compileCatalog } from '@sotchart/i18n/compiled-message';
import { MessageStore } from '@sotchart/i18n/message-store';
import type { ClinicMessage } from '@sotchart/contract';
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
  if (lng === pseudoLanguage) return translator(lng, namespace);
  const own = await clinicMessageRepository.list(db, clinicId, {
    language: lng,
    namespace,
    approvedOnly: true,
  });
  return withClinicWording(lng, namespace, own);
}

/**
 * The messages of one namespace with the clinic's approved wording laid over them, from wording
 * already read (of any namespaces: those of others are ignored).
 */
export function withClinicWording<N extends Namespace>(
  language: string,
  namespace: N,
  own: readonly ClinicMessage[],
): TFunction<N> {
  const lng = serverLanguage(language);
  const base = translator(lng, namespace);
  const mine = own.filter((m) => m.namespace === namespace);
  if (lng === pseudoLanguage || mine.length === 0) return base;
  const store = new MessageStore();
  store.add(lng, namespace, compileCatalog(Object.fromEntries(mine.map((m) => [m.key, m.text]))));
  const withOwn = (key: string, values?: MessageValues): string =>
    values?.ns === undefined && store.exists(lng, namespace, key)
      ? store.format(lng, [namespace], key, values)
      : (base as (k: string, v?: MessageValues) => string)(key, values);
  return withOwn as TFunction<N>;
}
