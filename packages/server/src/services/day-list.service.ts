import type { DayList, DayListQuery } from '@sotchart/contract';
import type { RequestContext } from '../auth/request-context';
import { appointmentRepository } from '../db/repositories/appointment.repository';
import { dateInZone } from './clinic-date';
import { clinicTimeZone } from './clinic.service';
import { appointmentEntries } from './schedule/appointment-entries';
import { dayRange } from './schedule/day-range';
import { auditOf, type ServiceDeps } from './service-deps';

export const dayListService = {
  /** One clinic day (today where the clinic is, unless another date is asked for), in start order. */
  async get(deps: ServiceDeps, ctx: RequestContext, query: DayListQuery): Promise<DayList> {
    const timeZone = await clinicTimeZone(deps.db, ctx.clinicId);
    const date = query.date ?? dateInZone(deps.clock(), timeZone);
    const appointments = await appointmentRepository.listRange(deps.db, ctx.clinicId, {
      ...dayRange(date, date, timeZone),
      practitionerId: query.practitionerId,
    });
    const entries = await appointmentEntries(deps.db, ctx.clinicId, timeZone, appointments);
    await deps.audit.record(
      auditOf(
        ctx,
        'read',
        'appointment',
        appointments.map((a) => a.id),
        null,
      ),
    );
    return { date, timeZone, entries };
  },
};
