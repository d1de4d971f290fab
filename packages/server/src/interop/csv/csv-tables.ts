import type { CsvTable, VisitRecord } from '@sotchart/contract';
import type { Analysis, FindingSite } from '@sotchart/engine';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/database';
import { exportRepository } from '../../db/repositories/export.repository';
import { fromJson } from '../../db/json';
import type { VisitSummary } from '../../db/visit-summary';
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

const flag = (v: number | null): boolean | null => (v === null ? null : v === 1);

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
          r.chart_number,
          r.family_name,
          r.given_name,
          r.date_of_birth,
          r.sex,
          r.phone,
          r.email,
          r.address,
          r.occupation,
          r.archived === 1,
          r.created_at,
          r.updated_at,
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
        rows: rows.map((r) => {
          // The stored engine result, read as stored: the headline counts come from its summary.
          const analysis = fromJson<Analysis>(r.analysis);
          const verification = fromJson<Partial<VisitSummary>>(r.summary).verification;
          const coding = fromJson<Partial<VisitRecord>>(r.record).coding;
          return [
            r.id,
            r.patient_id,
            r.chart_number,
            r.episode_id,
            r.practitioner_id,
            r.visit_at,
            r.type,
            r.status,
            r.chief_complaint,
            r.pain,
            r.category,
            analysis.side,
            analysis.level,
            analysis.referral?.urgency ?? '',
            verification?.positivePre ?? '',
            verification?.positiveCleared ?? '',
            r.treated_category,
            r.treated_reason,
            coding?.diagnoses.join(';') ?? '',
            coding?.procedures.join(';') ?? '',
            coding?.modifiers.join(';') ?? '',
            r.pack_ref,
            r.engine_version,
            r.signed_at,
            r.signed_by,
          ];
        }),
        lastId: rows[rows.length - 1]?.id ?? null,
        patientIds: [...new Set(rows.map((r) => r.patient_id))],
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
        rows: rows.map((r) => {
          const site: FindingSite = r.site === null ? {} : fromJson<FindingSite>(r.site);
          return [
            r.id,
            r.visit_id,
            r.patient_id,
            r.visit_at,
            r.position,
            r.phase,
            r.indicator,
            r.side,
            site.fossa,
            site.line,
            site.area,
            site.level,
            site.direction,
            site.structure,
            flag(r.positive),
            r.grade,
            r.degrees,
            r.mm,
            flag(r.symptom_reproduced),
            r.carried_forward === 1 ? true : null,
            r.note,
          ];
        }),
        lastId: rows[rows.length - 1]?.id ?? null,
        patientIds: [...new Set(rows.map((r) => r.patient_id))],
      };
    },
  },
};
