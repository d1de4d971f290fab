import type { ImportedRecord } from '@sotchart/contract';
import type { RequestContext } from '../auth/request-context';
import { notFound } from '../errors';
import { isNationalIdentifier, maskedValue } from '../interop/fhir/import/national-identifier';
import { importedRecordOf } from '../interop/fhir/imported-record-of';
import { auditOf, type ServiceDeps } from './service-deps';

export const importedRecordService = {
  /**
   * What a FHIR import kept about a patient, for the patient page: the coded history, every
   * identifier (a national one with its last 4 characters only) and the facts the form does not edit.
   */
  async get(deps: ServiceDeps, ctx: RequestContext, patientId: string): Promise<ImportedRecord> {
    const record = await importedRecordOf(deps.db, ctx.clinicId, patientId);
    if (record === undefined) throw notFound();
    await deps.audit.record(auditOf(ctx, 'read', 'patient_history', [patientId], patientId));
    const { facts } = record;
    return {
      patientId,
      birthDatePrecision: facts.birthDatePrecision,
      givenNames: facts.givenNames === null ? null : [...facts.givenNames],
      deceased: facts.deceased,
      deceasedAt: facts.deceasedAt,
      identifiers: record.identifiers.map((i) => {
        const national = isNationalIdentifier(i.system, i.type);
        return { system: i.system, type: i.type, national, value: national ? maskedValue(i.value) : i.value };
      }),
      history: record.history.map(({ patientId: _p, resource: _r, ...entry }) => entry),
    };
  },
};
