import type { Observation, ObservationComponent } from '@medplum/fhirtypes';
import type { Visit } from '@sotchart/contract';
import { keyedBySide, siteKey, siteSideKey, type Finding, type KeyedFinding } from '@sotchart/engine';
import { findingBodySite } from './finding-body-site';
import { derivedId, refTo } from './fhir-id';
import { sideConcept, sotConcept, ucum } from './fhir-coding';
import { extensions, systems } from './fhir-systems';
import { isSotCode } from './sot-code-system';

const examCategory = [{ coding: [{ system: systems.observationCategory, code: 'exam', display: 'Exam' }] }];

/**
 * The id of a finding's Observation: one finding per indicator, phase and site in a visit, and per side
 * for a per-side (graded or measured) indicator, as the finding's key says (REFERENCE §2).
 */
export function findingObservationId(visitId: string, f: KeyedFinding): string {
  return derivedId(visitId, 'finding', f.phase, f.indicator, siteSideKey(f));
}

/** The parts of a visit its Observations carry. */
export type ObservedVisit = Pick<Visit, 'id' | 'status' | 'patientId' | 'visitAt' | 'practitionerId'>;

/** The fields every Observation of a visit shares. */
export function visitObservationBase(visit: ObservedVisit) {
  return {
    status: visit.status === 'signed' ? ('final' as const) : ('preliminary' as const),
    category: examCategory,
    subject: refTo('Patient', visit.patientId),
    encounter: refTo('Encounter', visit.id),
    effectiveDateTime: visit.visitAt,
    performer: [refTo('Practitioner', visit.practitionerId)],
  };
}

function indicatorConcept(indicator: string, names: ReadonlyMap<string, string>) {
  const name = names.get(indicator) ?? indicator;
  return isSotCode(indicator) ? sotConcept(indicator, name) : { text: name };
}

/** The finding's main value: millimetres, degrees, a grade, positive/negative, else its side. */
function valueOf(f: Finding): {
  value: Partial<Observation>;
  used: 'mm' | 'degrees' | 'grade' | 'positive' | 'side' | null;
} {
  if (f.mm !== undefined) return { value: { valueQuantity: ucum(f.mm, 'mm') }, used: 'mm' };
  if (f.degrees !== undefined)
    return { value: { valueQuantity: ucum(f.degrees, 'deg', 'degrees') }, used: 'degrees' };
  if (f.grade !== undefined && f.positive === undefined)
    return { value: { valueInteger: f.grade }, used: 'grade' };
  if (f.positive !== undefined) return { value: { valueBoolean: f.positive }, used: 'positive' };
  if (f.side !== undefined) return { value: { valueCodeableConcept: sideConcept(f.side) }, used: 'side' };
  return {
    value: {
      dataAbsentReason: {
        coding: [{ system: 'http://terminology.hl7.org/CodeSystem/data-absent-reason', code: 'unknown' }],
      },
    },
    used: null,
  };
}

/**
 * One Observation per finding: code = indicator (SOT CodeSystem), the main result as the value,
 * the check phase, side, site and other parts as components, where it was read (site, and side for a
 * per-side finding) as bodySite, the note as a note.
 */
export function findingObservation(
  visit: ObservedVisit,
  f: Finding,
  names: ReadonlyMap<string, string>,
): Observation {
  const { value, used } = valueOf(f);
  const components: ObservationComponent[] = [
    { code: sotConcept('check-phase'), valueCodeableConcept: sotConcept(`phase-${f.phase}`) },
  ];
  if (f.side !== undefined && used !== 'side')
    components.push({ code: sotConcept('side'), valueCodeableConcept: sideConcept(f.side) });
  if (f.positive !== undefined && used !== 'positive')
    components.push({ code: sotConcept('positive'), valueBoolean: f.positive });
  if (f.grade !== undefined && used !== 'grade')
    components.push({ code: sotConcept('grade'), valueInteger: f.grade });
  if (f.symptomReproduced !== undefined)
    components.push({ code: sotConcept('symptom-reproduced'), valueBoolean: f.symptomReproduced });
  const site = f.site;
  if (site?.fossa !== undefined)
    components.push({ code: sotConcept('fossa'), valueCodeableConcept: sotConcept(`fossa-${site.fossa}`) });
  if (site?.line !== undefined) components.push({ code: sotConcept('fibre-line'), valueInteger: site.line });
  if (site?.area !== undefined) components.push({ code: sotConcept('fibre-area'), valueInteger: site.area });
  if (site?.direction !== undefined)
    components.push({ code: sotConcept('direction'), valueString: site.direction });
  if (site?.structure !== undefined)
    components.push({ code: sotConcept('structure'), valueString: site.structure });
  if (f.carriedForward === true) components.push({ code: sotConcept('carried-forward'), valueBoolean: true });
  const bodySite = findingBodySite(f);
  return {
    resourceType: 'Observation',
    id: findingObservationId(visit.id, f),
    ...visitObservationBase(visit),
    code: indicatorConcept(f.indicator, names),
    ...value,
    ...(f.note === undefined || f.note === '' ? {} : { note: [{ text: f.note }] }),
    ...(bodySite === undefined ? {} : { bodySite }),
    component: components,
  };
}

/**
 * The category a visit determined, as an Observation derived from the findings the analysis counted:
 * the category as the value; side, level, coexisting categories, the treated category and a referral
 * as components; the rule as the method; the evidence note as a note.
 */
export function categoryObservation(visit: Visit): Observation {
  const a = visit.engine.analysis;
  const components: ObservationComponent[] = [];
  if (a.side !== null)
    components.push({ code: sotConcept('side'), valueCodeableConcept: sideConcept(a.side) });
  if (a.level !== null)
    components.push({
      code: sotConcept('category-level'),
      valueCodeableConcept: sotConcept(`level-${a.level}`),
    });
  for (const c of a.coexisting)
    components.push({
      code: sotConcept('coexisting-category'),
      valueCodeableConcept: sotConcept(`category-${c.category}`),
    });
  if (visit.treatedCategory !== null)
    components.push({
      code: sotConcept('treated-category'),
      valueCodeableConcept: sotConcept(
        `category-${visit.treatedCategory.category}`,
        visit.treatedCategory.reason,
      ),
    });
  if (a.referral !== null) components.push({ code: sotConcept('referral'), valueBoolean: true });
  // A counted entry names its finding by indicator and site, and by side where the side is a key.
  const derivedFrom = visit.findings
    .filter(
      (f) =>
        f.phase === 'pre' &&
        a.counted.some(
          (c) =>
            c.indicator === f.indicator &&
            siteKey(c.site) === siteKey(f.site) &&
            (!keyedBySide(f) || c.side === f.side),
        ),
    )
    .map((f) => refTo('Observation', findingObservationId(visit.id, f)));
  const notes = [a.referral?.message, a.evidenceNote].filter((t): t is string => t !== undefined && t !== '');
  return {
    resourceType: 'Observation',
    id: derivedId(visit.id, 'category'),
    extension: [{ url: extensions.protocolPack, valueString: a.packRef }],
    ...visitObservationBase(visit),
    code: sotConcept('sot-category'),
    valueCodeableConcept: sotConcept(`category-${a.category}`),
    method: { text: `${a.rule.id} (${a.rule.certainty}; ${a.rule.sources.join(', ')})` },
    ...(derivedFrom.length === 0 ? {} : { derivedFrom }),
    ...(notes.length === 0 ? {} : { note: notes.map((text) => ({ text })) }),
    ...(components.length === 0 ? {} : { component: components }),
  };
}
