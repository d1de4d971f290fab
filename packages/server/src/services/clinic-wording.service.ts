import type {
  ClinicMessage,
  ClinicMessageRef,
  ClinicWording,
  ClinicWordingQuery,
  PutClinicMessage,
  WordingCatalogue,
  WordingCatalogueQuery,
} from '@sotchart/contract';
import { messageArguments, sourceLanguage } from '@sotchart/i18n';
import { readCatalog, readStatus } from '@sotchart/i18n/node';
import type { RequestContext } from '../auth/request-context';
import { clinicMessageRepository } from '../db/repositories/clinic-message.repository';
import { notFound, validationFailed } from '../errors';
import { loadClinic } from './clinic.service';
import { auditOf, type ServiceDeps } from './service-deps';

/** The English message a clinic's wording replaces; a key the catalogue lacks is refused. */
function sourceMessage(ref: ClinicMessageRef): string {
  const message = readCatalog(sourceLanguage, ref.namespace)[ref.key];
  if (message === undefined)
    throw validationFailed([{ path: 'key', message: `is not a message of ${ref.namespace}` }]);
  return message;
}

/** The clinic's text must be valid ICU MessageFormat with exactly the English message's placeholders. */
function checkText(text: string, english: string): void {
  let used: string[];
  try {
    used = messageArguments(text);
  } catch {
    throw validationFailed([{ path: 'text', message: 'is not a valid message (check its braces)' }]);
  }
  const expected = messageArguments(english);
  if (used.join() !== expected.join()) {
    const names = expected.map((a) => `{${a}}`).join(', ');
    throw validationFailed([
      {
        path: 'text',
        message:
          names === ''
            ? 'must use no placeholders, as the English'
            : `must use the same placeholders as the English: ${names}`,
      },
    ]);
  }
}

/**
 * A clinic's own wording of the app's messages: the owner words a message in any language and
 * approves it; approved wording replaces the bundled message in the app and the documents.
 */
export const clinicWordingService = {
  async list(deps: ServiceDeps, ctx: RequestContext, query: ClinicWordingQuery): Promise<ClinicWording> {
    const language = query.language ?? (await loadClinic(deps.db, ctx.clinicId)).language;
    const messages = await clinicMessageRepository.list(deps.db, ctx.clinicId, {
      language,
      namespace: query.namespace,
      approvedOnly: query.approved,
    });
    return { messages };
  },

  /** Every message of a catalogue in one language, bundled and the clinic's own, for the wording screen. */
  async catalogue(
    deps: ServiceDeps,
    ctx: RequestContext,
    query: WordingCatalogueQuery,
  ): Promise<WordingCatalogue> {
    const language = query.language ?? (await loadClinic(deps.db, ctx.clinicId)).language;
    const english = readCatalog(sourceLanguage, query.namespace);
    const bundled = readCatalog(language, query.namespace);
    const status = readStatus(language, query.namespace);
    const own = new Map(
      (
        await clinicMessageRepository.list(deps.db, ctx.clinicId, {
          language,
          namespace: query.namespace,
          approvedOnly: false,
        })
      ).map((m) => [m.key, m]),
    );
    return {
      entries: Object.entries(english).map(([key, source]) => ({
        key,
        english: source,
        bundled: bundled[key] ?? source,
        bundledStatus: language === sourceLanguage ? 'clinician-reviewed' : (status[key] ?? 'draft'),
        own: own.get(key) ?? null,
      })),
    };
  },

  async put(deps: ServiceDeps, ctx: RequestContext, input: PutClinicMessage): Promise<ClinicMessage> {
    checkText(input.text, sourceMessage(input));
    return deps.db.transaction().execute(async (trx) => {
      await clinicMessageRepository.put(trx, ctx.clinicId, input, {
        text: input.text,
        status: input.status,
        updatedBy: ctx.userId,
        updatedAt: deps.clock().toISOString(),
      });
      await deps.audit.within(trx, auditOf(ctx, 'update', 'clinic_message', [wordingId(input)], null));
      return (await clinicMessageRepository.find(trx, ctx.clinicId, input))!;
    });
  },

  /** Drops the clinic's wording: the bundled message applies again. */
  async remove(deps: ServiceDeps, ctx: RequestContext, ref: ClinicMessageRef): Promise<void> {
    await deps.db.transaction().execute(async (trx) => {
      if (!(await clinicMessageRepository.remove(trx, ctx.clinicId, ref))) throw notFound();
      await deps.audit.within(trx, auditOf(ctx, 'update', 'clinic_message', [wordingId(ref)], null));
    });
  },
};

/** The audit log's name for a message: "language/namespace:key". */
const wordingId = (ref: ClinicMessageRef): string => `${ref.language}/${ref.namespace}:${ref.key}`;
