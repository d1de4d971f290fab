import type { KioskLink } from '@sotchart/contract';
import type { Kysely, Selectable } from 'kysely';
import type { Database, KioskLinkTable } from '../database';
import { fromJson, toJson } from '../json';

type Row = Selectable<KioskLinkTable>;

/** A kiosk link as stored, with the clinic it belongs to (the kiosk has no session to say so). */
export interface StoredKioskLink extends Omit<KioskLink, 'status'> {
  readonly clinicId: string;
  readonly createdBy: string;
}

/** The link's instruments: the list since migration 0047, the one `instrument_id` before it. */
function instrumentsOf(r: Row): KioskLink['instrumentIds'] {
  if (r.instrument_ids !== null) return fromJson<KioskLink['instrumentIds']>(r.instrument_ids);
  return r.instrument_id === null ? [] : [r.instrument_id as KioskLink['instrumentIds'][number]];
}

function toLink(r: Row): StoredKioskLink {
  return {
    id: r.id,
    clinicId: r.clinic_id,
    patientId: r.patient_id,
    kind: r.kind as KioskLink['kind'],
    instrumentIds: instrumentsOf(r),
    answered: r.answered,
    consentType: r.consent_type as KioskLink['consentType'],
    appointmentId: r.appointment_id,
    consentTypes: r.consent_types === null ? [] : fromJson<KioskLink['consentTypes']>(r.consent_types),
    consentsSigned: r.consents_signed,
    checkedInAt: r.checked_in_at,
    createdBy: r.created_by,
    createdAt: r.created_at,
    expiresAt: r.expires_at,
    usedAt: r.used_at,
  };
}

export const kioskLinkRepository = {
  async insert(db: Kysely<Database>, link: StoredKioskLink, tokenHash: string): Promise<void> {
    await db
      .insertInto('kiosk_link')
      .values({
        id: link.id,
        clinic_id: link.clinicId,
        patient_id: link.patientId,
        token_hash: tokenHash,
        kind: link.kind,
        instrument_id: link.instrumentIds[0] ?? null,
        instrument_ids: link.instrumentIds.length === 0 ? null : toJson(link.instrumentIds),
        answered: 0,
        consent_type: link.consentType,
        appointment_id: link.appointmentId,
        consent_types: link.consentTypes.length === 0 ? null : toJson(link.consentTypes),
        consents_signed: 0,
        checked_in_at: null,
        created_by: link.createdBy,
        created_at: link.createdAt,
        expires_at: link.expiresAt,
        used_at: null,
      })
      .execute();
  },

  /** The link a token opens, whatever the clinic: the token is the only credential the kiosk has. */
  async findByTokenHash(db: Kysely<Database>, tokenHash: string): Promise<StoredKioskLink | undefined> {
    const row = await db
      .selectFrom('kiosk_link')
      .selectAll()
      .where('token_hash', '=', tokenHash)
      .executeTakeFirst();
    return row === undefined ? undefined : toLink(row);
  },

  /** A patient's links, newest first. */
  async listByPatient(db: Kysely<Database>, clinicId: string, patientId: string): Promise<StoredKioskLink[]> {
    const rows = await db
      .selectFrom('kiosk_link')
      .selectAll()
      .where('clinic_id', '=', clinicId)
      .where('patient_id', '=', patientId)
      .orderBy('created_at', 'desc')
      .orderBy('id', 'desc')
      .execute();
    return rows.map(toLink);
  },

  /** Uses the link up, only if it is still unused and unexpired at `at`; false otherwise. */
  async markUsed(db: Kysely<Database>, id: string, at: string): Promise<boolean> {
    const result = await db
      .updateTable('kiosk_link')
      .set({ used_at: at })
      .where('id', '=', id)
      .where('used_at', 'is', null)
      .where('expires_at', '>', at)
      .executeTakeFirst();
    return result.numUpdatedRows === 1n;
  },

  /**
   * Records a check-in's "I'm here", only if it was not recorded yet and the link is still unused and
   * unexpired at `at`; `usedAt` uses the link up when nothing else is due. False otherwise.
   */
  async markCheckedIn(db: Kysely<Database>, id: string, at: string, usedAt: string | null): Promise<boolean> {
    const result = await db
      .updateTable('kiosk_link')
      .set({ checked_in_at: at, used_at: usedAt })
      .where('id', '=', id)
      .where('checked_in_at', 'is', null)
      .where('used_at', 'is', null)
      .where('expires_at', '>', at)
      .executeTakeFirst();
    return result.numUpdatedRows === 1n;
  },

  /**
   * Counts one more consent signed on a check-in link, only if `signed` of them were signed before and
   * the link is still unused and unexpired at `at`; `usedAt` uses it up with the last one. False otherwise.
   */
  async markConsentSigned(
    db: Kysely<Database>,
    id: string,
    signed: number,
    at: string,
    usedAt: string | null,
  ): Promise<boolean> {
    const result = await db
      .updateTable('kiosk_link')
      .set({ consents_signed: signed + 1, used_at: usedAt })
      .where('id', '=', id)
      .where('consents_signed', '=', signed)
      .where('used_at', 'is', null)
      .where('expires_at', '>', at)
      .executeTakeFirst();
    return result.numUpdatedRows === 1n;
  },

  /**
   * Counts one more questionnaire sent on the link, only if `answered` of them were sent before and
   * the link is still unused and unexpired at `at`; `usedAt` uses it up with the last one. False otherwise.
   */
  async markAnswered(
    db: Kysely<Database>,
    id: string,
    answered: number,
    at: string,
    usedAt: string | null,
  ): Promise<boolean> {
    const result = await db
      .updateTable('kiosk_link')
      .set({ answered: answered + 1, used_at: usedAt })
      .where('id', '=', id)
      .where('answered', '=', answered)
      .where('used_at', 'is', null)
      .where('expires_at', '>', at)
      .executeTakeFirst();
    return result.numUpdatedRows === 1n;
  },
};
