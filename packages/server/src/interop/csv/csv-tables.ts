import type { CsvTable } from '@sotchart/contract';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/database';
import { exportRepository } from '../../db/repositories/export.repository';
import type { CsvValue } from './csv-line';

/** One page of a table: its rows as CSV values, the last id (for the next page) and the patients in it. */
export interface CsvPage {
  readonly rows: readonly (readonly CsvValue[])[];
  readonly lastId: string | null;
  readonly patientIds: readonly string[];
}

export interface CsvTableSpec {
  readonly header: readonly string[];
  page(
    db: Kysely<Database>,
    clinicId: string,
    patientId: string | null,
    afterId: string | null,
    limit: number,
  ): Promise<CsvPage>;
}

/** The columns of each CSV table and how a page of it is read. */
export const csvTableSpecs: Record<CsvTable, CsvTableSpec> = {
  patients: {
    header: [
      'patient_id',
      'chart_number',
      'family_name',
      'given_name',
      'date_of_birth',
      'sex',
      'phone',
      'email',
      'address',
      'occupation',
      'archived',
      'created_at',
      'updated_at',
    ],
    async page(db, clinicId, patientId, afterId, limit) {
      const rows = await exportRepository.patientRowsPage(db, clinicId, patientId, afterId, limit);
      return {
        rows: rows.map((r) => [
          r.id,
          r.chartNumber,
          r.familyName,
          r.givenName,
          r.dateOfBirth,
          r.sex,
          r.phone,
          r.email,
          r.address,
          r.occupation,
          r.archived,
          r.createdAt,
          r.updatedAt,
        ]),
        lastId: rows[rows.length - 1]?.id ?? null,
        patientIds: rows.map((r) => r.id),
      };
    },
  },
  visits: {
    header: [
      'visit_id',
      'patient_id',
      'chart_number',
      'episode_id',
      'practitioner_id',
      'visit_at',
      'type',
      'status',
      'chief_complaint',
      'pain',
      'category',
      'side',
      'level',
      'referral_urgency',
      'positive_findings_pre',
      'positive_findings_cleared',
      'treated_category',
      'treated_reason',
      'diagnoses',
      'procedures',
      'modifiers',
      'pack_ref',
      'engine_version',
      'signed_at',
      'signed_by',
    ],
    async page(db, clinicId, patientId, afterId, limit) {
      const rows = await exportRepository.visitRowsPage(db, clinicId, patientId, afterId, limit);
      return {
        // The stored engine result, read as stored: the headline counts come from its summary.
        rows: rows.map((r) => [
          r.id,
          r.patientId,
          r.chartNumber,
          r.episodeId,
          r.practitionerId,
          r.visitAt,
          r.type,
          r.status,
          r.chiefComplaint,
          r.pain,
          r.category,
          r.analysis.side,
          r.analysis.level,
          r.analysis.referral?.urgency ?? '',
          r.verification?.positivePre ?? '',
          r.verification?.positiveCleared ?? '',
          r.treatedCategory?.category,
          r.treatedCategory?.reason,
          r.coding.diagnoses.join(';'),
          r.coding.lines.map((l) => l.code).join(';'),
          // One entry per line, in line order, so each line's modifiers stay with its code.
          r.coding.lines.map((l) => l.modifiers.join(' ')).join(';'),
          r.packRef,
          r.engineVersion,
          r.signedAt,
          r.signedBy,
        ]),
        lastId: rows[rows.length - 1]?.id ?? null,
        patientIds: [...new Set(rows.map((r) => r.patientId))],
      };
    },
  },
  findings: {
    header: [
      'finding_id',
      'visit_id',
      'patient_id',
      'visit_at',
      'position',
      'phase',
      'indicator',
      'side',
      'fossa',
      'line',
      'area',
      'level',
      'direction',
      'structure',
      'positive',
      'grade',
      'degrees',
      'mm',
      'symptom_reproduced',
      'carried_forward',
      'note',
    ],
    async page(db, clinicId, patientId, afterId, limit) {
      const rows = await exportRepository.findingRowsPage(db, clinicId, patientId, afterId, limit);
      return {
        rows: rows.map(({ finding: f, ...r }) => [
          r.id,
          r.visitId,
          r.patientId,
          r.visitAt,
          r.position,
          f.phase,
          f.indicator,
          f.side,
          f.site?.fossa,
          f.site?.line,
          f.site?.area,
          f.site?.level,
          f.site?.direction,
          f.site?.structure,
          f.positive,
          f.grade,
          f.degrees,
          f.mm,
          f.symptomReproduced,
          f.carriedForward,
          f.note,
        ]),
        lastId: rows[rows.length - 1]?.id ?? null,
        patientIds: [...new Set(rows.map((r) => r.patientId))],
      };
    },
  },
};
