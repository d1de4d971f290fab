import type { UpdateVisit, Visit, VisitRecord } from '@sotchart/contract';
import type { RequestContext } from '../auth/request-context';
import { clinicRepository } from '../db/repositories/clinic.repository';
import { episodeService } from '../services/episode.service';
import { patientService } from '../services/patient.service';
import type { ServiceDeps } from '../services/service-deps';
import { visitService } from '../services/visit.service';
import { categoryFindings, screenFindings, type DemoCategory } from './demo-findings';
import { demoPatients, demoVisitAt, type DemoPatient } from './demo-patients';
import { seedDemoQuestionnaires } from './demo-questionnaires';

/** Adjusted segments and their PART letters by category: what a typical SOT visit records. */
const adjusted: Record<
  DemoCategory,
  {
    segment: 'C1' | 'C2' | 'T4' | 'L5' | 'IL' | 'SA';
    technique: string;
    letters: ('P' | 'A' | 'R' | 'T')[];
  }[]
> = {
  I: [
    { segment: 'C1', technique: 'SOT occipital fibre adjustment', letters: ['P', 'A', 'R'] },
    { segment: 'IL', technique: 'SOT Category I blocking', letters: ['A', 'T'] },
  ],
  II: [
    { segment: 'SA', technique: 'Category II sacroiliac blocking', letters: ['P', 'A'] },
    { segment: 'IL', technique: 'SOT Category II blocking', letters: ['A', 'R'] },
    { segment: 'T4', technique: 'Activator / Impulse', letters: ['R', 'T'] },
  ],
  III: [
    { segment: 'L5', technique: 'Category III blocking with disc support', letters: ['P', 'R', 'T'] },
    { segment: 'IL', technique: 'SOT Category III blocking', letters: ['P', 'A'] },
  ],
};

function visitRecord(category: DemoCategory, visit: Visit, pain: number): VisitRecord {
  const plan = visit.engine.plan;
  const blocks = (plan?.blocks ?? [])
    .filter((b): b is typeof b & { side: 'L' | 'R' } => b.side !== null)
    .map((b) => ({ side: b.side, landmark: b.landmark, minutes: 4 }));
  const segments = adjusted[category];
  return {
    subjective: `Pain ${pain}/10. ${pain <= 3 ? 'Feeling much better since last visit.' : 'Still troublesome at work and at night.'}`,
    exam: {
      vitals: { systolic: 124, diastolic: 78, pulse: 70 },
      rangeOfMotion: [],
      orthopaedicTests: [],
      neurologicalTests: [],
      reflexes: [],
    },
    treatment: {
      blocks,
      adjustments: segments.map(({ segment, technique }) => ({ segment, technique })),
      cmrt: category === 'II' ? [{ level: 'T5' }] : [],
      cranial: category === 'I' ? [{ structure: 'temporal', breathPhase: 'inspiration' }] : [],
      extremity: [],
      muscleTests: [],
      sittingDisc: [],
      instrument: category === 'II' ? [{ device: 'Impulse', force: 2, thrust: 'single', segment: 'T4' }] : [],
    },
    part: segments.map(({ segment, letters }) => ({ segment, letters })),
    assessment: `Category ${category} pattern; indicators responding to care.`,
    plan: 'Continue weekly SOT care; re-check indicators next visit.',
    homeCare:
      category === 'III'
        ? 'Walk 20 minutes daily; avoid prolonged sitting; ice 15 minutes after activity.'
        : 'Gentle pelvic tilts twice daily; keep active.',
    soap: { subjective: '', objective: '', assessment: '', plan: '' },
    coding: { diagnoses: [], procedures: [], modifiers: [] },
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

async function seedPatient(
  deps: ServiceDeps,
  ctx: RequestContext,
  demo: DemoPatient,
  index: number,
): Promise<number> {
  const patient = await patientService.create(deps, ctx, demo.patient, demo.medical);
  const episode = await episodeService.create(deps, ctx, patient.id, demo.episode);
  const stageOf: Record<DemoCategory, number> = { I: 0, II: 0, III: 0 };
  let visits = 0;
  for (const [n, category] of demo.course.entries()) {
    const referred = n === 0 && demo.redFlag !== null;
    const visit = await visitService.create(deps, ctx, patient.id, {
      episodeId: episode.id,
      visitAt: demoVisitAt(demo.episode.startDate, n, index),
      type: n === 0 ? 'new_patient' : n === 3 ? 're_exam' : 'follow_up',
      chiefComplaint: demo.episode.complaint,
    });
    const pain = Math.max(1, 7 - n - (index % 2));
    const positives = [referred ? demo.redFlag : null, demo.contraindication].filter(
      (f): f is string => f !== null,
    );
    const findings = [
      ...screenFindings(positives),
      ...(referred ? [] : categoryFindings(category, demo.side, stageOf[category]++)),
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
    const saved = await visitService.update(deps, ctx, visit.id, patch);
    const recorded = await visitService.update(deps, ctx, visit.id, {
      version: saved.version,
      record: referred ? referralRecord(saved) : visitRecord(category, saved, pain),
    });
    visits += 1;
    const isNewest = n === demo.course.length - 1;
    // The newest visit of every fifth patient stays a draft, as it would at the end of a clinic day.
    if (isNewest && index % 5 === 4) continue;
    await visitService.sign(deps, ctx, visit.id, recorded.version);
    if (referred) break;
  }
  await seedDemoQuestionnaires(deps, ctx, patient.id, demo, index);
  return visits;
}

/** Creates the demo clinic's patients, episodes and visits through the same services the API uses. */
export async function seedDemoRecords(
  deps: ServiceDeps,
  ctx: RequestContext,
): Promise<{ patients: number; visits: number }> {
  const clinic = await clinicRepository.findById(deps.db, ctx.clinicId);
  if (clinic === undefined) throw new Error('the demo clinic must exist before its records are seeded');
  let visits = 0;
  const patients = demoPatients();
  for (const [index, demo] of patients.entries()) visits += await seedPatient(deps, ctx, demo, index);
  return { patients: patients.length, visits };
}
