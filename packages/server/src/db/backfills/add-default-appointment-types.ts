import { defaultAppointmentTypes } from '../../services/schedule/default-appointment-types';
import { scheduleSettingsRepository } from '../repositories/schedule-settings.repository';
import type { Backfill } from './backfill';

/**
 * Gives every clinic made before the appointment book (issue 22) the default appointment types a
 * new clinic gets. A clinic that has any type already is left alone, so running again adds nothing.
 * Settings, not patient data: nothing is audited.
 */
export const addDefaultAppointmentTypes: Backfill = {
  name: '0005-add-default-appointment-types',
  async run({ db, newId }) {
    const clinics = await db.selectFrom('clinic').select('id').execute();
    const changed: string[] = [];
    for (const clinic of clinics)
      await db.transaction().execute(async (trx) => {
        if ((await scheduleSettingsRepository.listTypes(trx, clinic.id)).length > 0) return;
        for (const type of defaultAppointmentTypes)
          await scheduleSettingsRepository.insertType(trx, clinic.id, { ...type, id: newId(), version: 1 });
        changed.push(clinic.id);
      });
    return { counts: { clinics: changed.length }, changed };
  },
};
