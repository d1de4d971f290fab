import { randomInt, randomUUID } from 'node:crypto';
import type { ResearchExportQuery } from '@sotchart/contract';
import { patientRepository } from '../db/repositories/patient.repository';
import { forbidden, notFound } from '../errors';
import { loadExportSetting, patientRecords } from '../interop/patient-records';
import {
  ResearchExportBuilder,
  type ResearchExport,
  type ResearchRandom,
} from '../interop/research/research-export';
import { audited, type ExportActor } from './export.service';
import type { ServiceDeps } from './service-deps';

/** Random ids (v4: no time in them) and date offsets of ±1–365 days from the system's CSPRNG. */
export const cryptoRandom: ResearchRandom = {
  id: () => randomUUID(),
  shiftDays: () => (randomInt(2) === 0 ? -1 : 1) * randomInt(1, 366),
};

export const researchExportService = {
  /**
   * The de-identified research export of the clinic (or one patient): owners only, each patient's
   * inclusion audited. The route checks the role too; the check here keeps the CLI and any other
   * caller to the same rule.
   */
  async export(
    deps: ServiceDeps,
    actor: ExportActor,
    query: ResearchExportQuery,
    random: ResearchRandom = cryptoRandom,
  ): Promise<ResearchExport> {
    if (actor.role !== 'owner') throw forbidden();
    if (
      query.patientId !== undefined &&
      (await patientRepository.findById(deps.db, actor.clinicId, query.patientId)) === undefined
    )
      throw notFound();
    const setting = await loadExportSetting(deps.db, actor.clinicId);
    const builder = new ResearchExportBuilder(
      setting,
      { dates: query.dates, freeText: query.freeText, exportedAt: deps.clock().toISOString() },
      random,
    );
    const records = audited(
      deps,
      actor,
      'research_export',
      patientRecords(deps.db, actor.clinicId, query.patientId),
    );
    for await (const record of records) builder.add(record);
    return builder.result();
  },
};
