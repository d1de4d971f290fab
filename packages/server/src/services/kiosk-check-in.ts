import {
  timeOfDay,
  wallTimeInZone,
  type Appointment,
  type ConsentText,
  type ConsentType,
  type CreatedKioskLink,
  type KioskCheckIn,
  type KioskKind,
  type KioskReceipt,
} from '@sotchart/contract';
import type { Kysely } from 'kysely';
import type { RequestContext } from '../auth/request-context';
import type { Database } from '../db/database';
import { appointmentRepository, takesSlot } from '../db/repositories/appointment.repository';
import { kioskLinkRepository, type StoredKioskLink } from '../db/repositories/kiosk-link.repository';
import { scheduleSettingsRepository } from '../db/repositories/schedule-settings.repository';
import { AppError, notFound, validationFailed } from '../errors';
import { clinicTimeZone } from './clinic.service';
import {
  formsLeft,
  issuedLink,
  kioskAudit,
  linkExpired,
  newKioskToken,
  hashOf,
  type KioskCaller,
} from './kiosk-links';
import { loadPatient } from './patient.service';
import { appointmentEntries } from './schedule/appointment-entries';
import { auditOf, type ServiceDeps } from './service-deps';

/** How long a check-in link works: the hand-over happens at the desk, minutes before the appointment. */
export const checkInLinkMinutes = 30;

/** Statuses an appointment cannot be checked in from: nobody is coming. */
const notComing: readonly Appointment['status'][] = ['cancelled', 'no_show'];

/**
 * The check-in link's appointment while the patient may still check in to it; a cancelled or
 * no-show appointment (or one gone) ends the link, so the tablet says so instead of marking arrival.
 */
async function comingAppointment(db: Kysely<Database>, link: StoredKioskLink): Promise<Appointment> {
  const appointment =
    link.appointmentId === null
      ? undefined
      : await appointmentRepository.findById(db, link.clinicId, link.appointmentId);
  if (appointment === undefined || notComing.includes(appointment.status)) throw linkExpired();
  return appointment;
}

/**
 * Makes the one-time check-in link staff hand the tablet over with, bound to one appointment: it
 * holds what the day list shows due for that appointment — the due questionnaires, then the
 * consents missing — and works for `checkInLinkMinutes`.
 */
export async function createCheckInLink(
  deps: ServiceDeps,
  ctx: RequestContext,
  appointmentId: string,
  baseUrl: string,
): Promise<CreatedKioskLink> {
  const token = newKioskToken();
  const now = deps.clock();
  const link = await deps.db.transaction().execute(async (trx) => {
    const appointment = await appointmentRepository.findById(trx, ctx.clinicId, appointmentId);
    if (appointment === undefined) throw notFound();
    if (notComing.includes(appointment.status))
      throw validationFailed([{ path: 'status', message: `is ${appointment.status}: book it again first` }]);
    await loadPatient(trx, ctx, appointment.patientId);
    const timeZone = await clinicTimeZone(trx, ctx.clinicId);
    const [entry] = await appointmentEntries(trx, ctx.clinicId, timeZone, [appointment]);
    const link: StoredKioskLink = {
      id: deps.newId(),
      clinicId: ctx.clinicId,
      patientId: appointment.patientId,
      kind: 'check_in',
      instrumentIds: entry?.due.questionnaires ?? [],
      answered: 0,
      consentType: null,
      appointmentId,
      consentTypes: entry?.due.consentsMissing ?? [],
      consentsSigned: 0,
      checkedInAt: null,
      createdBy: ctx.userId,
      createdAt: now.toISOString(),
      expiresAt: new Date(now.getTime() + checkInLinkMinutes * 60_000).toISOString(),
      usedAt: null,
    };
    await kioskLinkRepository.insert(trx, link, hashOf(token));
    await deps.audit.within(trx, auditOf(ctx, 'create', 'kiosk_link', [link.id], link.patientId));
    return link;
  });
  return issuedLink(link, token, baseUrl, now);
}

/**
 * What the tablet shows of a check-in link's appointment: its time on the clinic's clock, nothing else,
 * and the consents still to sign, worded by `consentText` (in the patient's language).
 */
export async function checkInView(
  db: Kysely<Database>,
  link: StoredKioskLink,
  consentText: (type: ConsentType) => ConsentText,
): Promise<KioskCheckIn> {
  const appointment = await comingAppointment(db, link);
  const timeZone = await clinicTimeZone(db, link.clinicId);
  return {
    startAt: appointment.startAt,
    time: timeOfDay(wallTimeInZone(appointment.startAt, timeZone).minutes),
    checkedIn: link.checkedInAt !== null,
    consents: link.consentTypes.slice(link.consentsSigned).map((type) => consentText(type)),
    consentsSigned: link.consentsSigned,
  };
}

/**
 * The form a link takes next: its own kind, or for a check-in, "I'm here" first, then each
 * questionnaire, then each consent — in that order, so a tablet out of step cannot skip one.
 */
export function nextKind(link: StoredKioskLink): KioskKind {
  if (link.kind !== 'check_in') return link.kind;
  if (link.checkedInAt === null) return 'check_in';
  return link.answered < link.instrumentIds.length ? 'questionnaire' : 'consent';
}

/** The consent a signature is for: the link's one, or a check-in's next; naming another is refused. */
export function consentToSign(link: StoredKioskLink, requested: ConsentType | undefined): ConsentType {
  const next = link.kind === 'check_in' ? link.consentTypes[link.consentsSigned] : link.consentType;
  if (next === undefined || next === null) throw linkExpired();
  if (requested !== undefined && requested !== next)
    throw validationFailed([{ path: 'consentType', message: `must be ${next}: the link's next consent` }]);
  return next;
}

/** Marks a booked appointment arrived for the kiosk, as the staff member who handed the tablet over. */
async function markArrived(
  trx: Kysely<Database>,
  link: StoredKioskLink,
  appointment: Appointment,
  at: string,
): Promise<void> {
  const type = await scheduleSettingsRepository.findType(trx, link.clinicId, appointment.typeId);
  const next: Appointment = {
    ...appointment,
    status: 'arrived',
    arrivedAt: appointment.arrivedAt ?? at,
    updatedAt: at,
    version: appointment.version + 1,
  };
  const holdsSlot = takesSlot(next.status, type?.allowDoubleBooking ?? false);
  if (
    await appointmentRepository.update(
      trx,
      link.clinicId,
      next,
      holdsSlot,
      appointment.version,
      link.createdBy,
    )
  )
    return;
  // PostgreSQL: the desk changed it between our read and this write. Marked arrived (or moved on)
  // there is what the patient asked for; anything else is a real conflict.
  const current = await appointmentRepository.findById(trx, link.clinicId, appointment.id);
  if (current?.status === 'booked') throw new AppError('VERSION_CONFLICT', { current });
}

/**
 * The patient's "I'm here" on a check-in link, in one transaction with the link's step: the
 * appointment is marked arrived (unless the desk already moved it on), and the link is used up if
 * nothing else is due.
 */
export async function checkIn(
  trx: Kysely<Database>,
  deps: ServiceDeps,
  caller: KioskCaller,
  link: StoredKioskLink,
  at: string,
): Promise<KioskReceipt> {
  const appointment = await comingAppointment(trx, link);
  const remaining = formsLeft(link);
  if (!(await kioskLinkRepository.markCheckedIn(trx, link.id, at, remaining === 0 ? at : null)))
    throw linkExpired();
  if (appointment.status === 'booked') await markArrived(trx, link, appointment, at);
  await deps.audit.within(trx, kioskAudit(caller, link, 'update', 'appointment', [appointment.id]));
  return { kind: 'check_in', receivedAt: at, remaining };
}
