import { siteSideKey, type Finding } from '@sotchart/engine';
import type { Kysely, Selectable } from 'kysely';
import type { Database, FindingTable } from '../database';
import { fromJson, toJson } from '../json';

type Row = Selectable<FindingTable>;

/** A boolean as its column stores it: 1, 0, or null when absent. */
const storedBoolean = (v: boolean | undefined): number | null => (v === undefined ? null : v ? 1 : 0);

/** The columns a finding is read from: every stored one but its ids and position. */
export type FindingColumns = Pick<
  Row,
  | 'indicator'
  | 'phase'
  | 'side'
  | 'site'
  | 'positive'
  | 'grade'
  | 'degrees'
  | 'mm'
  | 'symptom_reproduced'
  | 'carried_forward'
  | 'note'
>;

export function toFinding(r: FindingColumns): Finding {
  const f: Record<string, unknown> = { indicator: r.indicator, phase: r.phase };
  if (r.side !== null) f.side = r.side;
  if (r.site !== null) f.site = fromJson(r.site);
  if (r.positive !== null) f.positive = r.positive === 1;
  if (r.grade !== null) f.grade = r.grade;
  if (r.degrees !== null) f.degrees = r.degrees;
  if (r.mm !== null) f.mm = r.mm;
  if (r.symptom_reproduced !== null) f.symptomReproduced = r.symptom_reproduced === 1;
  if (r.carried_forward === 1) f.carriedForward = true;
  if (r.note !== null) f.note = r.note;
  return f as unknown as Finding;
}

export const findingRepository = {
  async deleteForVisit(db: Kysely<Database>, clinicId: string, visitId: string): Promise<void> {
    await db
      .deleteFrom('finding')
      .where('clinic_id', '=', clinicId)
      .where('visit_id', '=', visitId)
      .execute();
  },

  async insertForVisit(
    db: Kysely<Database>,
    ids: { clinicId: string; visitId: string; patientId: string },
    findings: readonly Finding[],
    newId: () => string,
  ): Promise<void> {
    if (findings.length === 0) return;
    await db
      .insertInto('finding')
      .values(
        findings.map((f, position) => ({
          id: newId(),
          clinic_id: ids.clinicId,
          visit_id: ids.visitId,
          patient_id: ids.patientId,
          position,
          phase: f.phase,
          indicator: f.indicator,
          // The engine's site-and-side key, so the unique index enforces its rule: one finding per
          // site, and per side for per-side indicators such as occipital fibres and SLR (REFERENCE §2).
          site_key: siteSideKey(f),
          site: f.site === undefined ? null : toJson(f.site),
          side: f.side ?? null,
          positive: storedBoolean(f.positive),
          grade: f.grade ?? null,
          degrees: f.degrees ?? null,
          mm: f.mm ?? null,
          symptom_reproduced: storedBoolean(f.symptomReproduced),
          carried_forward: f.carriedForward === true ? 1 : null,
          note: f.note ?? null,
        })),
      )
      .execute();
  },

  /** Findings of several visits in one query, grouped by visit id in charted order. */
  async listForVisits(
    db: Kysely<Database>,
    clinicId: string,
    visitIds: readonly string[],
  ): Promise<Map<string, Finding[]>> {
    const byVisit = new Map<string, Finding[]>(visitIds.map((id) => [id, []]));
    if (visitIds.length === 0) return byVisit;
    const rows = await db
      .selectFrom('finding')
      .selectAll()
      .where('clinic_id', '=', clinicId)
      .where('visit_id', 'in', visitIds)
      .orderBy('visit_id')
      .orderBy('position')
      .execute();
    for (const row of rows) byVisit.get(row.visit_id)?.push(toFinding(row));
    return byVisit;
  },
};
