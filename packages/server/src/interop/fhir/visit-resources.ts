import type { Condition, Encounter, Observation, Procedure, Resource } from '@medplum/fhirtypes';
import type { Clinic, Visit } from '@sotchart/contract';
import { m99ByRegion, type Region } from '@sotchart/engine';
import { conditionStatus } from './episode-resources';
import { derivedId, refTo } from './fhir-id';
import { icd10, sideWord, sotConcept } from './fhir-coding';
import { extensions, systems } from './fhir-systems';
import { visitObservationBase } from './finding-observations';
import { isSotCode } from './sot-code-system';

const regionOfM99 = new Map<string, Region>(
  Object.entries(m99ByRegion).map(([region, { code }]) => [code, region as Region]),
);

const visitDiagnosisId = (visit: Visit, code: string) => derivedId(visit.id, 'diagnosis', code);

/**
 * The visit as an Encounter: ambulatory, typed, in its episode, with the confirmed diagnoses ranked,
 * and the appointment it was started from, if any.
 */
export function encounterOf(visit: Visit, clinic: Clinic, appointmentId?: string): Encounter {
  const diagnoses = visit.record.coding.diagnoses;
  return {
    resourceType: 'Encounter',
    id: visit.id,
    status: visit.status === 'signed' ? 'finished' : 'in-progress',
    class: { system: systems.v3ActCode, code: 'AMB', display: 'ambulatory' },
    type: [sotConcept(`visit-${visit.type}`)],
    subject: refTo('Patient', visit.patientId),
    ...(visit.episodeId === null ? {} : { episodeOfCare: [refTo('EpisodeOfCare', visit.episodeId)] }),
    ...(appointmentId === undefined ? {} : { appointment: [refTo('Appointment', appointmentId)] }),
    participant: [
      {
        type: [
          { coding: [{ system: systems.v3ParticipationType, code: 'PPRF', display: 'primary performer' }] },
        ],
        individual: refTo('Practitioner', visit.practitionerId),
      },
    ],
    period: { start: visit.visitAt },
    ...(visit.chiefComplaint.trim() === '' ? {} : { reasonCode: [{ text: visit.chiefComplaint }] }),
    ...(diagnoses.length === 0
      ? {}
      : {
          diagnosis: diagnoses.map((code, i) => ({
            condition: refTo('Condition', visitDiagnosisId(visit, code)),
            rank: i + 1,
          })),
        }),
    serviceProvider: refTo('Organization', clinic.id),
  };
}

/** A Condition per diagnosis code the practitioner confirmed at the visit, in the order confirmed. */
export function visitConditions(visit: Visit): Condition[] {
  return visit.record.coding.diagnoses.map((code): Condition => {
    const region = regionOfM99.get(code);
    return {
      resourceType: 'Condition',
      id: visitDiagnosisId(visit, code),
      ...conditionStatus(true),
      code: icd10(code),
      ...(region === undefined ? {} : { bodySite: [sotConcept(`region-${region}`)] }),
      subject: refTo('Patient', visit.patientId),
      encounter: refTo('Encounter', visit.id),
      recordedDate: visit.signedAt ?? visit.updatedAt,
      recorder: refTo('Practitioner', visit.practitionerId),
    };
  });
}

const titleCase = (s: string) => s.replace(/_/g, ' ').replace(/^./, (c) => c.toUpperCase());

/**
 * The treatment given: one Procedure for the blocking (a body site per block), one per adjustment and
 * per CMRT level (body site = segment), per cranial, extremity, instrument and Sitting Disc entry, and one
 * per confirmed CPT code (modifiers as extensions); muscle tests become Observations.
 */
export function treatmentResources(visit: Visit): Resource[] {
  const t = visit.record.treatment;
  const base = {
    status: visit.status === 'signed' ? ('completed' as const) : ('in-progress' as const),
    subject: refTo('Patient', visit.patientId),
    encounter: refTo('Encounter', visit.id),
    performedDateTime: visit.visitAt,
    performer: [{ actor: refTo('Practitioner', visit.practitionerId) }],
  };
  const reasonReference = [refTo('Observation', derivedId(visit.id, 'category'))];
  const segmentSite = (segment: string) => (isSotCode(segment) ? [sotConcept(segment)] : [{ text: segment }]);
  const out: Resource[] = [];
  const procedure = (key: string, p: Omit<Procedure, 'resourceType' | 'id' | 'status' | 'subject'>) =>
    out.push({ resourceType: 'Procedure', id: derivedId(visit.id, 'procedure', key), ...base, ...p });

  if (t.blocks.length > 0)
    procedure('blocking', {
      code: sotConcept('blocking'),
      bodySite: t.blocks.map((b) => ({
        coding: sotConcept(`landmark-${b.landmark}`).coding ?? [],
        text: `${sideWord(b.side)} ${titleCase(b.landmark).toLowerCase()}`,
      })),
      reasonReference,
      note: [
        ...(visit.engine.plan === null ? [] : [{ text: `Position: ${visit.engine.plan.position}` }]),
        ...t.blocks.map((b, i) => ({
          text: `Block ${i + 1}: ${sideWord(b.side)} ${b.landmark.replace('_', ' ')}, ${b.minutes} min`,
        })),
      ],
    });
  t.adjustments.forEach((a, i) =>
    procedure(`adjustment-${i}`, {
      code: sotConcept('adjustment', a.technique),
      bodySite: segmentSite(a.segment),
      reasonReference,
      ...(a.listing === undefined || a.listing === '' ? {} : { note: [{ text: `Listing ${a.listing}` }] }),
    }),
  );
  t.cmrt.forEach((c, i) =>
    procedure(`cmrt-${i}`, {
      code: sotConcept('cmrt'),
      bodySite: segmentSite(c.level),
      reasonReference,
      ...(c.note === undefined || c.note === '' ? {} : { note: [{ text: c.note }] }),
    }),
  );
  t.cranial.forEach((c, i) => {
    const parts = [c.direction, c.breathPhase === undefined ? undefined : `on ${c.breathPhase}`].filter(
      (s): s is string => s !== undefined && s !== '',
    );
    procedure(`cranial-${i}`, {
      code: sotConcept('cranial'),
      bodySite: [{ text: c.structure }],
      ...(parts.length === 0 ? {} : { note: [{ text: parts.join(', ') }] }),
    });
  });
  t.extremity.forEach((e, i) =>
    procedure(`extremity-${i}`, {
      code: sotConcept('extremity-adjustment'),
      bodySite: [{ text: `${sideWord(e.side)} ${e.joint}` }],
      ...(e.direction === undefined || e.direction === '' ? {} : { note: [{ text: e.direction }] }),
    }),
  );
  t.instrument.forEach((d, i) =>
    procedure(`instrument-${i}`, {
      code: sotConcept('instrument-adjustment', d.device),
      ...(d.segment === undefined ? {} : { bodySite: segmentSite(d.segment) }),
      note: [
        {
          text: [
            `force ${d.force}`,
            `${d.thrust} thrust`,
            d.lineOfDrive === undefined ? '' : `line ${d.lineOfDrive}`,
          ]
            .filter((s) => s !== '')
            .join(', '),
        },
      ],
    }),
  );
  t.sittingDisc.forEach((s, i) =>
    procedure(`sitting-disc-${i}`, {
      code: sotConcept('sitting-disc'),
      bodySite: segmentSite(s.level),
      ...(s.slrPre === undefined && s.slrPost === undefined
        ? {}
        : { note: [{ text: `SLR ${s.slrPre ?? '–'}° before, ${s.slrPost ?? '–'}° after` }] }),
    }),
  );
  t.muscleTests.forEach((m, i) => {
    const observation: Observation = {
      resourceType: 'Observation',
      id: derivedId(visit.id, 'muscle-test', i),
      ...visitObservationBase(visit),
      code: sotConcept('muscle-test', m.muscle),
      valueString: m.result,
      ...(m.method === undefined || m.method === '' ? {} : { method: { text: m.method } }),
      component: [
        { code: sotConcept('check-phase'), valueCodeableConcept: sotConcept(`phase-${m.phase}`) },
        { code: sotConcept('side'), valueString: sideWord(m.side) },
      ],
    };
    out.push(observation);
  });
  out.push(...billedProcedures(visit, base));
  return out;
}

/**
 * A Procedure per confirmed claim line (code numbers only, never AMA descriptors), carrying the line's
 * own modifiers (AT, GA, …) and, as `reasonReference`, the diagnoses its pointers name.
 */
function billedProcedures(
  visit: Visit,
  base: Pick<Procedure, 'status' | 'subject' | 'encounter'>,
): Procedure[] {
  const { lines, diagnoses } = visit.record.coding;
  return lines.map((line, i): Procedure => {
    const reasons = line.pointers.map((p) => diagnoses[p - 1]).filter((d) => d !== undefined);
    return {
      resourceType: 'Procedure',
      id: derivedId(visit.id, 'billed', i, line.code),
      ...(line.modifiers.length > 0
        ? {
            extension: line.modifiers.map((m) => ({
              url: extensions.billingModifier,
              valueCoding: { system: systems.hcpcs, code: m },
            })),
          }
        : {}),
      ...base,
      code: { coding: [{ system: systems.cpt, code: line.code }] },
      performedDateTime: visit.visitAt,
      ...(reasons.length === 0
        ? {}
        : { reasonReference: reasons.map((d) => refTo('Condition', visitDiagnosisId(visit, d))) }),
    };
  });
}
