import type { Kysely } from 'kysely';
import type { Database } from '../db/database';
import { visitRepository, type VisitRow } from '../db/repositories/visit.repository';
import { dateInZone } from './clinic-date';

/** A period of clinic dates, both ends included; a missing end is open. */
export interface DatePeriod {
  readonly from?: string | undefined;
  readonly to?: string | undefined;
}

/** The patient's signed visits whose clinic date falls in `period`, oldest first: what a bill covers. */
export async function signedVisitsInPeriod(
  db: Kysely<Database>,
  clinicId: string,
  patientId: string,
  timeZone: string,
  period: DatePeriod,
): Promise<VisitRow[]> {
  return (await visitRepository.listByPatient(db, clinicId, patientId))
    .filter((v) => v.status === 'signed')
    .filter((v) => {
      const day = dateInZone(v.visitAt, timeZone);
      return (
        (period.from === undefined || day >= period.from) && (period.to === undefined || day <= period.to)
      );
    })
    .reverse();
}

/** How a bill names its period: "2026-02-01 to 2026-02-28", an open end named for what it reaches. */
export const periodLabel = (period: DatePeriod): string =>
  `${period.from ?? 'first visit'} to ${period.to ?? 'last visit'}`;

/** A file-name stem of a period: "2026-02-01-2026-02-28". */
export const periodStem = (period: DatePeriod): string => `${period.from ?? 'start'}-${period.to ?? 'end'}`;
