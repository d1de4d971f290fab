import type { Episode, PageSizeName, Visit } from '@sotchart/contract';
import type { Language } from '@sotchart/i18n';
import type { ClinicDetails, PractitionerCredentials } from '../page-frame';

/** A questionnaire scored on the day of the visit, as the note lists it. */
export interface NoteOutcome {
  readonly name: string;
  readonly value: number | null;
  readonly unit: 'points' | 'percent';
  readonly band: string | null;
  readonly change: string | null;
}

/** A practitioner as a signed document names them, with how to reach them. */
export interface PractitionerSnapshot extends PractitionerCredentials {
  readonly userId: string;
  readonly email: string;
}

/** The clinic as a document prints it, with the time zone its dates are printed in. */
export interface ClinicSnapshot extends ClinicDetails {
  readonly timeZone: string;
}

/** When and how a signed document was frozen. */
export interface FreezeStamp {
  readonly frozenAt: string;
  /** Frozen by the upgrade backfill for a visit signed before notes were stored, from the data then. */
  readonly atUpgrade: boolean;
}

/**
 * Everything the visit note prints, gathered from the database in one place
 * (`services/gather-visit-note.ts`) and rendered from this alone. A signed note stores this snapshot
 * as JSON beside its PDF, for search and exports: the patient's demographics, the clinic, the signer's
 * name as signed and credentials, the episode with its diagnoses, the visit with its confirmed codes
 * and the engine's result, and the questionnaires scored that day.
 */
export interface VisitNoteSnapshot {
  /** The snapshot's shape; a new shape gets a new number, old rows keep theirs. */
  readonly format: 1;
  readonly pageSize: PageSizeName;
  /**
   * The note's language: for a signed visit the one fixed at signing (`visit.noteLanguage`), else the
   * clinic's. Absent in snapshots stored before notes had a language: those are English.
   */
  readonly language?: Language;
  readonly clinic: ClinicSnapshot;
  readonly patient: {
    readonly id: string;
    /** The full name in the note's language order (family name first in Japanese). */
    readonly name: string;
    readonly chartNumber: string;
    readonly dateOfBirth: string;
    readonly sex: string;
  };
  /** The visit with its findings, record (confirmed codes, referral) and stored engine result. */
  readonly visit: Visit;
  readonly episode: Episode | null;
  /** The practitioner who signed the visit (for a draft, who charts it). */
  readonly practitioner: PractitionerSnapshot | null;
  readonly outcomes: readonly NoteOutcome[];
  /**
   * The addenda that existed when the note was frozen: none for a note frozen at signing. Each
   * addendum is its own signed PDF; the note only lists those already there at an upgrade.
   */
  readonly addenda: readonly {
    readonly seq: number;
    readonly authorName: string;
    readonly signedAt: string;
  }[];
  /**
   * Names of the indicators and screen items it mentions, by id: the visit's protocol pack's wording
   * in the note's language (the `protocolContent` catalogue where it has the item).
   */
  readonly names: Readonly<Record<string, string>>;
  /** `null` for a draft rendered live. */
  readonly freeze: FreezeStamp | null;
}

/** The indicator's name as the snapshot recorded it, or a readable form of its id. */
export const nameIn = (s: Pick<VisitNoteSnapshot, 'names'>, id: string): string =>
  s.names[id] ?? id.replaceAll('_', ' ');
