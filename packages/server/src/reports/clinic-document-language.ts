import type { Language } from '@sotchart/i18n';
import type { TFunction } from '@sotchart/i18n';
import type { Kysely } from 'kysely';
import type { Database } from '../db/database';
import { clinicMessageRepository } from '../db/repositories/clinic-message.repository';
import { withClinicWording } from '../i18n/clinic-translator';
import { documentLanguage, type DocumentLanguage, type DocumentNamespace } from './document-language';

/**
 * A document language with the clinic's own approved wording where it has one (the bundled
 * catalogues elsewhere): a message the clinic approved counts as reviewed, so a document whose draft
 * messages the clinic has all approved carries no "translation not yet reviewed" line.
 *
 * @example
 * const dl = await clinicDocumentLanguage(db, clinicId, 'ja', ['handout', 'reports']);
 */
export async function clinicDocumentLanguage(
  db: Kysely<Database>,
  clinicId: string,
  language: Language,
  namespaces: readonly DocumentNamespace[],
): Promise<DocumentLanguage> {
  // One read of the clinic's approved wording in the language, for every namespace a document uses.
  const own = await clinicMessageRepository.list(db, clinicId, { language, approvedOnly: true });
  const loaded: { readonly [N in DocumentNamespace]: TFunction<N> } = {
    reports: withClinicWording(language, 'reports', own),
    handout: withClinicWording(language, 'handout', own),
    protocolContent: withClinicWording(language, 'protocolContent', own),
    narrative: withClinicWording(language, 'narrative', own),
  };
  return documentLanguage(
    language,
    namespaces,
    (_, namespace) => loaded[namespace] as never,
    new Set(own.map((m) => `${m.namespace}:${m.key}`)),
  );
}
