import type { Observation, QuestionnaireResponse, QuestionnaireResponseItemAnswer } from '@medplum/fhirtypes';
import type { ExportQuestionnaire } from './export-record';
import { derivedId, refTo } from './fhir-id';
import { sotConcept, ucum } from './fhir-coding';
import { sotBase, systems } from './fhir-systems';
import { isSotCode } from './sot-code-system';

/** LOINC codes used for scores; only codes checked against LOINC are listed (docs/interop.md). */
const loincOfScore: Readonly<Record<string, { code: string; display: string }>> = {
  nprs: { code: '72514-3', display: 'Pain severity - 0-10 verbal numeric rating [Score] - Reported' },
};

function answerOf(value: number): QuestionnaireResponseItemAnswer {
  return Number.isInteger(value) ? { valueInteger: value } : { valueDecimal: value };
}

/**
 * A completed questionnaire as a QuestionnaireResponse (every item answer) and its score as an
 * Observation (category survey) derived from it. The Questionnaire is named by a canonical URL with
 * its version; its licensed wording is not exported.
 */
export function questionnaireResources(
  q: ExportQuestionnaire,
  patientId: string,
): [QuestionnaireResponse, ...Observation[]] {
  const subject = refTo('Patient', patientId);
  const encounter = q.visitId === null ? {} : { encounter: refTo('Encounter', q.visitId) };
  const response: QuestionnaireResponse = {
    resourceType: 'QuestionnaireResponse',
    id: q.id,
    questionnaire: `${sotBase}/Questionnaire/${q.instrument}|${q.version}`,
    status: 'completed',
    subject,
    ...encounter,
    authored: q.completedAt,
    item: q.answers.map((a) => ({
      linkId: a.item,
      ...(a.label === null ? {} : { text: a.label }),
      answer: [answerOf(a.value)],
    })),
  };
  if (q.score === null) return [response];
  const loinc = loincOfScore[q.instrument];
  // Instrument ids are kebab-case (bournemouth-back); SOT codes use underscores (score-bournemouth_back).
  const sotCode = `score-${q.instrument.replace(/-/g, '_')}`;
  const coding = [
    ...(loinc === undefined ? [] : [{ system: systems.loinc, ...loinc }]),
    ...(isSotCode(sotCode) ? (sotConcept(sotCode).coding ?? []) : []),
  ];
  const unitCode = q.score.unit === '%' ? '%' : '{score}';
  const score: Observation = {
    resourceType: 'Observation',
    id: derivedId(q.id, 'score'),
    status: 'final',
    category: [{ coding: [{ system: systems.observationCategory, code: 'survey', display: 'Survey' }] }],
    code: { ...(coding.length === 0 ? {} : { coding }), text: `${q.instrument} score` },
    subject,
    ...encounter,
    effectiveDateTime: q.completedAt,
    valueQuantity: ucum(q.score.value, unitCode, q.score.unit),
    ...(q.score.band === null ? {} : { interpretation: [{ text: q.score.band }] }),
    derivedFrom: [refTo('QuestionnaireResponse', q.id)],
  };
  return [response, score];
}
