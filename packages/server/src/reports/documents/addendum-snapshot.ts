import type { PageSizeName } from '@sotchart/contract';
import type { Language } from '@sotchart/i18n';
import type { ClinicSnapshot, FreezeStamp, PractitionerSnapshot } from './visit-note-snapshot';

/**
 * Everything an addendum's signed PDF prints, stored as JSON beside it: the addendum's text, its
 * author's name as signed and credentials, when it was signed, and the note it amends with that
 * note's SHA-256, so the two documents are tied together without either changing the other.
 */
export interface AddendumSnapshot {
  readonly format: 1;
  readonly pageSize: PageSizeName;
  /** The language of the note it amends (fixed at signing); absent in older snapshots: English. */
  readonly language?: Language;
  readonly clinic: ClinicSnapshot;
  readonly patient: {
    readonly id: string;
    readonly name: string;
    readonly chartNumber: string;
    readonly dateOfBirth: string;
  };
  /** The signed visit the addendum amends. */
  readonly visit: {
    readonly id: string;
    readonly visitAt: string;
    readonly type: string;
    readonly signedAt: string;
    readonly signedBy: string | null;
  };
  /** The note amended: the SHA-256 of its stored PDF, and whether it was frozen at the upgrade. */
  readonly note: { readonly sha256: string; readonly frozenAtUpgrade: boolean };
  readonly addendum: {
    readonly id: string;
    readonly seq: number;
    readonly text: string;
    readonly signedAt: string;
  };
  readonly author: PractitionerSnapshot | null;
  readonly freeze: FreezeStamp;
}
