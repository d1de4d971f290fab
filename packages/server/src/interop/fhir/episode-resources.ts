import type {
  CarePlan,
  CarePlanActivity,
  Condition,
  EpisodeOfCare,
  Goal,
  Resource,
} from '@medplum/fhirtypes';
import type { Clinic, Episode } from '@sotchart/contract';
import { regions } from '@sotchart/engine';
import { derivedId, refTo } from './fhir-id';
import { icd10, sotConcept, ucum } from './fhir-coding';
import { extensions, systems } from './fhir-systems';

/** A region given as free text on a diagnosis, as an SOT region code when it names one. */
export function regionConcept(region: string) {
  const key = region
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
  return (regions as readonly string[]).includes(key)
    ? sotConcept(`region-${key}`, region)
    : { text: region };
}

export function conditionStatus(active: boolean) {
  return {
    clinicalStatus: {
      coding: [{ system: systems.conditionClinical, code: active ? 'active' : 'resolved' }],
    },
    verificationStatus: { coding: [{ system: systems.conditionVerification, code: 'confirmed' }] },
    category: [
      {
        coding: [
          { system: systems.conditionCategory, code: 'encounter-diagnosis', display: 'Encounter Diagnosis' },
        ],
      },
    ],
  };
}

const episodeDiagnosisId = (episode: Episode, rank: number, code: string) =>
  derivedId(episode.id, 'diagnosis', rank, code);

/** Condition per episode diagnosis (ICD-10-CM), EpisodeOfCare, CarePlan with its Goals. */
export function episodeResources(episode: Episode, clinic: Clinic): Resource[] {
  const patient = refTo('Patient', episode.patientId);
  const active = episode.endDate === null;
  const period = { start: episode.startDate, ...(active ? {} : { end: episode.endDate ?? undefined }) };
  const diagnoses = [...episode.diagnoses].sort((a, b) => a.rank - b.rank);
  const conditions = diagnoses.map((d): Condition => ({
    resourceType: 'Condition',
    id: episodeDiagnosisId(episode, d.rank, d.code),
    ...conditionStatus(active),
    code: icd10(d.code),
    ...(d.region.trim() === '' ? {} : { bodySite: [regionConcept(d.region)] }),
    subject: patient,
    ...(d.onsetDate === null ? {} : { onsetDateTime: d.onsetDate }),
    recordedDate: episode.createdAt,
  }));
  const conditionRefs = conditions.map((c) => refTo('Condition', c.id ?? ''));
  const care: EpisodeOfCare = {
    resourceType: 'EpisodeOfCare',
    id: episode.id,
    ...(episode.abnDate === null
      ? {}
      : { extension: [{ url: extensions.abnDate, valueDate: episode.abnDate }] }),
    status: active ? 'active' : 'finished',
    type: [sotConcept(`care-${episode.phase}`), sotConcept(`onset-${episode.onset}`)],
    ...(diagnoses.length === 0
      ? {}
      : {
          diagnosis: diagnoses.map((d, i) => ({ condition: conditionRefs[i] ?? {}, rank: d.rank })),
        }),
    patient,
    managingOrganization: refTo('Organization', clinic.id),
    period,
  };
  const goals = episode.plan.goals.map((g, i): Goal => ({
    resourceType: 'Goal',
    id: derivedId(episode.id, 'goal', i),
    lifecycleStatus: g.achieved ? 'completed' : active ? 'active' : 'cancelled',
    achievementStatus: {
      coding: [
        {
          system: 'http://terminology.hl7.org/CodeSystem/goal-achievement',
          code: g.achieved ? 'achieved' : 'in-progress',
        },
      ],
    },
    description: { text: g.description },
    subject: patient,
    // gol-1: a target with a detail names its measure; the goal's own words say what is measured.
    target: [{ measure: { text: g.description }, detailString: g.target, dueDate: g.targetDate }],
    ...(conditionRefs.length === 0 ? {} : { addresses: conditionRefs }),
  }));
  return [...conditions, care, carePlanOf(episode, conditionRefs, goals), ...goals];
}

function carePlanOf(episode: Episode, addresses: ReturnType<typeof refTo>[], goals: Goal[]): CarePlan {
  const active = episode.endDate === null;
  const { visitsPerWeek, durationWeeks, reExamDate } = episode.plan;
  const activity: CarePlanActivity[] = [];
  if (visitsPerWeek !== null || durationWeeks !== null) {
    // Timing.frequency is a whole number: 0.5 visits a week is one visit every 2 weeks.
    const repeat =
      visitsPerWeek === null || visitsPerWeek <= 0
        ? {}
        : Number.isInteger(visitsPerWeek)
          ? { frequency: visitsPerWeek, period: 1, periodUnit: 'wk' as const }
          : { frequency: 1, period: Math.round((1 / visitsPerWeek) * 100) / 100, periodUnit: 'wk' as const };
    activity.push({
      detail: {
        code: sotConcept('care-visit'),
        status: active ? 'in-progress' : 'completed',
        scheduledTiming: {
          repeat: {
            ...repeat,
            ...(durationWeeks === null ? {} : { boundsDuration: ucum(durationWeeks, 'wk', 'weeks') }),
          },
        },
      },
    });
  }
  if (reExamDate !== null)
    activity.push({
      detail: {
        code: sotConcept('re-exam'),
        status: active ? 'scheduled' : 'completed',
        scheduledPeriod: { start: reExamDate },
      },
    });
  return {
    resourceType: 'CarePlan',
    id: derivedId(episode.id, 'care-plan'),
    status: active ? 'active' : 'completed',
    intent: 'plan',
    title: 'SOT treatment plan',
    description: episode.complaint,
    subject: refTo('Patient', episode.patientId),
    period: { start: episode.startDate, ...(episode.endDate === null ? {} : { end: episode.endDate }) },
    created: episode.createdAt,
    supportingInfo: [refTo('EpisodeOfCare', episode.id)],
    ...(addresses.length === 0 ? {} : { addresses }),
    ...(goals.length === 0 ? {} : { goal: goals.map((g) => refTo('Goal', g.id ?? '')) }),
    ...(activity.length === 0 ? {} : { activity }),
  };
}
