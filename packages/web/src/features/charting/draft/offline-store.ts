import { ConfirmedCodingSchema, emptyConfirmedCoding } from '@sotchart/contract';
import { withStore } from './device-database';
import type { VisitDraft } from './visit-draft';

/** A draft kept on this device until the server has it: the edits, and the version they were made on. */
export interface StoredDraft {
  readonly visitId: string;
  readonly draft: VisitDraft;
  /** The server version the edits were made on; a newer one on the server means a conflict. */
  readonly version: number;
  /** The server's draft at that version, to merge against if someone else saved meanwhile. */
  readonly base: VisitDraft;
  readonly savedAt: string;
}

/**
 * A kept draft with its coding in today's shape: a draft kept before claim lines carries `procedures`
 * and one list of `modifiers`, which the contract's schema turns into lines. A coding that does not
 * parse at all reads as nothing confirmed rather than breaking the screen.
 */
function withCurrentCoding(draft: VisitDraft): VisitDraft {
  const coding = ConfirmedCodingSchema.safeParse(draft.record.coding);
  return {
    ...draft,
    record: { ...draft.record, coding: coding.success ? coding.data : emptyConfirmedCoding() },
  };
}

/** The unsent draft of a visit kept on this device, if any. */
export async function readStoredDraft(visitId: string): Promise<StoredDraft | undefined> {
  const found = await withStore(
    'drafts',
    'readonly',
    (store) => store.get(visitId) as IDBRequest<StoredDraft | undefined>,
  );
  return found === undefined
    ? undefined
    : { ...found, draft: withCurrentCoding(found.draft), base: withCurrentCoding(found.base) };
}

/** Keeps a draft on this device; it survives reloads and a closed tab until the server has it. */
export async function storeDraft(entry: StoredDraft): Promise<void> {
  await withStore('drafts', 'readwrite', (store) => store.put(entry));
}

/** Forgets a visit's local draft once the server holds it. */
export async function forgetStoredDraft(visitId: string): Promise<void> {
  await withStore('drafts', 'readwrite', (store) => store.delete(visitId));
}
