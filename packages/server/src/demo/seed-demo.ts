import {
  codingFromSuggestion,
  emptyConfirmedCoding,
  type UpdateVisit,
  type Visit,
  type VisitRecord,
} from '@sotchart/contract';
import type { RequestContext } from '../auth/request-context';
import { clinicRepository } from '../db/repositories/clinic.repository';
import { episodeService } from '../services/episode.service';
import { patientService } from '../services/patient.service';
import type { ServiceDeps } from '../services/service-deps';
import { visitService } from '../services/visit.service';
import { categoryFindings, screenFindings, type DemoCategory } from './demo-findings';
import { demoPatients, demoVisitAt, type DemoPatient } from './demo-patients';
import { seedDemoQuestionnaires } from './demo-questionnaires';
import { demoTreatment } from './demo-treatment';

/** The services' dependencies with the clock stopped `minutes` after the visit time, as if charted then. */
const atVisit = (deps: ServiceDeps, visitAt: string, minutes: number): ServiceDeps => {
  const at = new Date(Date.parse(visitAt) + minutes * 60_000);
  return { ...deps, clock: () => at };
};

/**
 * The codes a demo practitioner confirms: the visit's own stored suggestion as it stands, with the
 * episode's neuromusculoskeletal diagnosis (the one that is no M99.0x) after the subluxation codes.
 */
function confirmedCoding(visit: Visit, secondary: readonly string[]): VisitRecord['coding'] {
  return visit.engine.coding === null
    ? emptyConfirmedCoding()
    : codingFromSuggestion(visit.engine.coding, secondary);
}

function visitRecord(category: DemoCategory, visit: Visit, pain: number, side: 'L' | 'R'): VisitRecord {
  const plan = visit.engine.plan;
  const blocks = (plan?.blocks ?? [])
    .filter((b): b is typeof b & { side: 'L' | 'R' } => b.side !== null)
    .map((b) => ({ side: b.side, landmark: b.landmark, minutes: 4 }));
  return {
    subjective: `Pain ${pain}/10. ${pain <= 3 ? 'Feeling much better since last visit.' : 'Still troublesome at work and at night.'}`,
    exam: {
      vitals: { systolic: 124, diastolic: 78, pulse: 70 },
      rangeOfMotion: [],
      orthopaedicTests: [],
      neurologicalTests: [],
      reflexes: [],
    },
    ...demoTreatment(category, blocks, side),
    assessment: `Category ${category} pattern; indicators responding to care.`,
    plan: 'Continue weekly SOT care; re-check indicators next visit.',
    homeCare:
      category === 'III'
        ? 'Walk 20 minutes daily; avoid prolonged sitting; ice 15 minutes after activity.'
        : 'Gentle pelvic tilts twice daily; keep active.',
    soap: { subjective: '', objective: '', assessment: '', plan: '' },
    coding: emptyConfirmedCoding(),
    referral: null,
  };
}

/** The referral a demo practitioner records under a red flag, at the urgency the engine gave. */
function referralRecord(visit: Visit): VisitRecord {
  const urgency = visit.engine.analysis.referral?.urgency ?? 'prompt';
  return {
    ...visit.record,
    plan: 'Referred as recorded; SOT care to resume only after medical clearance.',
    referral: {
      to:
        urgency === 'emergency'
          ? 'Emergency department, City General Hospital'
          : 'Dr. A. Moreau, general practitioner',
      method: urgency === 'emergency' ? 'emergency_services' : 'phone',
      at: visit.visitAt,
      urgency,
    },
  };
}

/** Where a demo patient's course stands: how often each category's findings have been charted. */
export type DemoStages = Record<DemoCategory, number>;

/**
 * Charts visit `n` of a demo patient's episode as the practitioner would at the table, each save
 * minutes after the visit time: the findings (the screen, then the category's indicators), the
 * treatment record, then the codes confirmed from the stored suggestion. Returns the visit, unsigned.
 */
export async function chartDemoVisit(
  deps: ServiceDeps,
  ctx: RequestContext,
  visit: Visit,
  demo: DemoPatient,
  at: {
    readonly n: number;
    readonly index: number;
    readonly category: DemoCategory;
    readonly stages: DemoStages;
  },
): Promise<Visit> {
  const { n, index, category } = at;
  const referred = n === 0 && demo.redFlag !== null;
  const secondary = demo.episode.diagnoses.filter((d) => !d.code.startsWith('M99.')).map((d) => d.code);
  const pain = Math.max(1, 7 - n - (index % 2));
  const positives = [referred ? demo.redFlag : null, demo.contraindication].filter(
    (f): f is string => f !== null,
  );
  const findings = [
    ...screenFindings(positives),
    ...(referred ? [] : categoryFindings(category, demo.side, at.stages[category]++)),
  ];
  const patch: UpdateVisit = {
    version: visit.version,
    pain,
    findings,
    ...(demo.contraindication === null
      ? {}
      : {
          overrides: [
            {
              contraindication: demo.contraindication,
              reason: 'Side-lying and supine blocking only; obstetric clearance on file.',
            },
          ],
        }),
  };
  const saved = await visitService.update(atVisit(deps, visit.visitAt, 5), ctx, visit.id, patch);
  const treated = await visitService.update(atVisit(deps, visit.visitAt, 15), ctx, visit.id, {
    version: saved.version,
    record: referred ? referralRecord(saved) : visitRecord(category, saved, pain, demo.side),
  });
  // Confirmed from the suggestion the treatment just stored, as the practitioner would on the screen.
  return visitService.update(atVisit(deps, visit.visitAt, 20), ctx, visit.id, {
    version: treated.version,
    record: { ...treated.record, coding: confirmedCoding(treated, secondary) },
  });
}

/** Signs a charted demo visit five minutes after its codes were confirmed. */
export const signDemoVisit = (deps: ServiceDeps, ctx: RequestContext, visit: Visit): Promise<Visit> =>
  visitService.sign(atVisit(deps, visit.visitAt, 25), ctx, visit.id, visit.version);

/** A seeded demo patient: what the appointment book needs to book and chart its next visits. */
export interface SeededDemoPatient {
  readonly demo: DemoPatient;
  readonly index: number;
  readonly patientId: string;
  readonly episodeId: string;
  /** Visits charted so far, and the findings' stages, to carry the course on. */
  readonly visits: number;
  readonly stages: DemoStages;
}

async function seedPatient(
  deps: ServiceDeps,
  ctx: RequestContext,
  demo: DemoPatient,
  index: number,
): Promise<SeededDemoPatient> {
  const patient = await patientService.create(deps, ctx, demo.patient, demo.medical);
  const episode = await episodeService.create(deps, ctx, patient.id, demo.episode);
  // Signed at intake: consent to care and the release to the insurer with assignment of benefits
  // (CMS-1500 boxes 12 and 13).
  for (const type of ['treatment', 'insurance_billing'] as const)
    await patientService.addConsent(deps, ctx, patient.id, {
      type,
      date: demo.episode.startDate,
      signedBy: `${demo.patient.givenName} ${demo.patient.familyName}`,
      note: '',
    });
  const stages: DemoStages = { I: 0, II: 0, III: 0 };
  let visits = 0;
  for (const [n, category] of demo.course.entries()) {
    const referred = n === 0 && demo.redFlag !== null;
    const visitAt = demoVisitAt(demo.episode.startDate, n, index);
    const visit = await visitService.create(atVisit(deps, visitAt, 0), ctx, patient.id, {
      episodeId: episode.id,
      visitAt,
      type: n === 0 ? 'new_patient' : n === 3 ? 're_exam' : 'follow_up',
      chiefComplaint: demo.episode.complaint,
    });
    const recorded = await chartDemoVisit(deps, ctx, visit, demo, { n, index, category, stages });
    visits += 1;
    const isNewest = n === demo.course.length - 1;
    // The newest visit of every fifth patient stays a draft, as it would at the end of a clinic day.
    if (isNewest && index % 5 === 4) continue;
    await signDemoVisit(deps, ctx, recorded);
    if (referred) break;
  }
  await seedDemoQuestionnaires(deps, ctx, patient.id, demo, index);
  return { demo, index, patientId: patient.id, episodeId: episode.id, visits, stages };
}

/** Creates the demo clinic's patients, episodes and visits through the same services the API uses. */
export async function seedDemoRecords(deps: ServiceDeps, ctx: RequestContext): Promise<SeededDemoPatient[]> {
  const clinic = await clinicRepository.findById(deps.db, ctx.clinicId);
  if (clinic === undefined) throw new Error('the demo clinic must exist before its records are seeded');
  const seeded: SeededDemoPatient[] = [];
  for (const [index, demo] of demoPatients().entries())
    seeded.push(await seedPatient(deps, ctx, demo, index));
  return seeded;
}
