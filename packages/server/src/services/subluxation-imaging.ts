import { xrayInWindow, type SubluxationImaging } from '@sotchart/engine';
import type { Kysely } from 'kysely';
import type { Database } from '../db/database';
import { patientRecordRepository } from '../db/repositories/patient-record.repository';

// Plain films, CT and MRI can show a subluxation; ultrasound and "other" studies are not read for it.
const showsSpine = new Set(['xray', 'ct', 'mri']);

/**
 * The patient's imaging on file that shows a subluxation, as the coding checks read it (the X-ray
 * route of the PART rule, Medicare Benefit Policy Manual ch. 15 §240.1.2).
 */
export async function subluxationImaging(
  db: Kysely<Database>,
  clinicId: string,
  patientId: string,
): Promise<SubluxationImaging[]> {
  const studies = await patientRecordRepository.listImaging(db, clinicId, patientId);
  return studies
    .filter((s) => s.showsSubluxation && showsSpine.has(s.type))
    .map((s) => ({ date: s.date, showsSubluxation: true, regions: s.subluxationRegions }));
}

/**
 * CMS-1500 box 19: the date of the latest study that documents the subluxation for this course of
 * treatment (taken up to 12 months before or 3 months after its start), or null when none does.
 */
export function documentingImagingDate(
  imaging: readonly SubluxationImaging[],
  courseStart: string | null,
): string | null {
  if (courseStart === null) return null;
  const dates = imaging.filter((x) => xrayInWindow(x.date, courseStart)).map((x) => x.date);
  return dates.sort().at(-1) ?? null;
}
