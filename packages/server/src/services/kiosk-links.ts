import type { CreatedKioskLink, KioskLink } from '@sotchart/contract';
import { createHash, randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import QRCode from 'qrcode';
import type { Database } from '../db/database';
import { kioskLinkRepository, type StoredKioskLink } from '../db/repositories/kiosk-link.repository';
import { AppError } from '../errors';

// What every kind of kiosk link shares: its one-time token, its status, its address with QR code, and
// the audit events of a caller who has no session.

/** Who is at the kiosk: no user, only the request (for the audit log). */
export interface KioskCaller {
  readonly requestId: string;
  readonly ip: string;
}

export const linkExpired = (): AppError => new AppError('LINK_EXPIRED');
export const hashOf = (token: string): string => createHash('sha256').update(token).digest('hex');

/** A new link's secret: 32 random bytes, base64url (43 characters). */
export const newKioskToken = (): string => randomBytes(32).toString('base64url');

function statusOf(link: StoredKioskLink, now: Date): KioskLink['status'] {
  if (link.usedAt !== null) return 'used';
  return now.toISOString() >= link.expiresAt ? 'expired' : 'open';
}

export function publicLink(link: StoredKioskLink, now: Date): KioskLink {
  const { clinicId: _c, createdBy: _b, ...rest } = link;
  return { ...rest, status: statusOf(link, now) };
}

/**
 * A new link as staff get it: its address, which starts with `baseUrl` and carries the token after
 * '#' (browsers never send the fragment, so it stays out of server logs), and its QR code.
 */
export async function issuedLink(
  link: StoredKioskLink,
  token: string,
  baseUrl: string,
  now: Date,
): Promise<CreatedKioskLink> {
  const url = `${baseUrl}/kiosk#${token}`;
  const qrSvg = await QRCode.toString(url, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
  return { ...publicLink(link, now), url, qrSvg };
}

/** The kiosk's audit event: the link's clinic and patient, no actor. */
export function kioskAudit(
  caller: KioskCaller,
  link: StoredKioskLink,
  action: 'read' | 'create' | 'update',
  entityType: string,
  ids: readonly string[],
) {
  return {
    clinicId: link.clinicId,
    actorId: null,
    action,
    entityType,
    entityIds: ids,
    patientId: link.patientId,
    requestId: caller.requestId,
    ip: caller.ip,
  };
}

/** The link a token opens while it is unused and unexpired; any other token is LINK_EXPIRED. */
export async function openLink(db: Kysely<Database>, token: string, now: Date): Promise<StoredKioskLink> {
  const link = await kioskLinkRepository.findByTokenHash(db, hashOf(token));
  if (link === undefined || statusOf(link, now) !== 'open') throw linkExpired();
  return link;
}

/** How many forms are left on a link after its questionnaires and consents sent so far. */
export const formsLeft = (link: StoredKioskLink): number =>
  link.instrumentIds.length - link.answered + link.consentTypes.length - link.consentsSigned;
