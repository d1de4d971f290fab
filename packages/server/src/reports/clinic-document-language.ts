import type { Language } from '@sotchart/i18n';
import type { TFunction } from 'i18next';
import type { Kysely } from 'kysely';
import type { Database } from '../db/database';
import { clinicMessageRepository } from '../db/repositories/clinic-message.repository';
import { clinicTranslator } from '../i18n/clinic-translator';
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
  const [reports, handout, protocolContent, narrative, own] = await Promise.all([
    clinicTranslator(db, clinicId, language, 'reports'),
    clinicTranslator(db, clinicId, language, 'handout'),
    clinicTranslator(db, clinicId, language, 'protocolContent'),
    clinicTranslator(db, clinicId, language, 'narrative'),
    clinicMessageRepository.list(db, clinicId, { language, approvedOnly: true }),
  ]);
  const loaded: { readonly [N in DocumentNamespace]: TFunction<N> } = {
    reports,
    handout,
    protocolContent,
    narrative,
  };
  return documentLanguage(
    language,
    namespaces,
    (_, namespace) => loaded[namespace] as never,
    new Set(own.map((m) => `${m.namespace}:${m.key}`)),
  );
}
