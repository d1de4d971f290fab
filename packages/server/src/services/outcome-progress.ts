import type { ProgressSeries, QuestionnaireWording } from '@sotchart/contract';
import {
  instrumentIds,
  instruments,
  nprsBandTables,
  type InstrumentId,
  type LocalisedInstrument,
  type NprsBandTableId,
} from '@sotchart/engine';
import type { QuestionnaireRow } from '../db/repositories/questionnaire.repository';

/** What a questionnaire's wording says of itself, kept with its answers; null for the shipped English. */
export function questionnaireWording(
  wording: LocalisedInstrument | null | undefined,
): QuestionnaireWording | null {
  return wording === null || wording === undefined
    ? null
    : { language: wording.language, validated: wording.validated, source: wording.source };
}

/**
 * The wording to show beside a series: an unvalidated translation any of its questionnaires was
 * answered in (its scores may not match the published thresholds), else the latest one kept; for
 * questionnaires stored before the wording was kept, the wording the patient reads now.
 */
function seriesWording(
  responses: readonly QuestionnaireRow[],
  current: LocalisedInstrument | null,
): QuestionnaireWording | null {
  const kept = responses.flatMap((r) => (r.wording === undefined ? [] : [r.wording]));
  if (kept.length === 0) return questionnaireWording(current);
  return kept.find((w) => w?.validated === false) ?? kept[kept.length - 1] ?? null;
}

/**
 * Score trends per instrument, oldest first, from stored questionnaires. Each point keeps the change
 * the server computed when it arrived (against the first complete score of its episode); the series'
 * baseline is that first score in the latest episode that has one, for drawing the important-change line.
 * `wordingOf` gives the wording the patient's questionnaires are shown in now (their language), for
 * questionnaires stored before the wording they were answered in was kept.
 */
export function progressSeries(
  responses: readonly QuestionnaireRow[],
  nprsBands: NprsBandTableId,
  wordingOf: (instrumentId: InstrumentId) => LocalisedInstrument | null = () => null,
): ProgressSeries[] {
  return instrumentIds.flatMap((instrumentId): ProgressSeries[] => {
    const mine = responses
      .filter((r) => r.instrumentId === instrumentId)
      .sort((a, b) =>
        a.administeredAt < b.administeredAt ? -1 : a.administeredAt > b.administeredAt ? 1 : 0,
      );
    const latest = mine[mine.length - 1];
    if (latest === undefined) return [];
    const definition = instruments[instrumentId];
    const complete = mine.filter((r) => r.score.status === 'complete');
    const lastEpisode = complete[complete.length - 1]?.episodeId;
    const baseline = complete.find((r) => r.episodeId === lastEpisode)?.score.value ?? null;
    const bands = instrumentId === 'nprs' ? nprsBandTables[nprsBands] : definition.bands;
    return [
      {
        instrumentId,
        name: definition.name,
        unit: definition.score.unit,
        min: definition.score.min,
        max: definition.score.max,
        higherIsBetter: definition.score.higherIsBetter,
        bands: bands.map((b) => ({ ...b })),
        importantChange: latest.score.importantChange,
        baseline,
        wording: seriesWording(mine, wordingOf(instrumentId)),
        points: mine.map((r) => ({
          responseId: r.id,
          episodeId: r.episodeId,
          administeredAt: r.administeredAt,
          value: r.score.value,
          band: r.score.band?.label ?? null,
          delta: r.score.change?.delta ?? null,
          verdict: r.score.change?.verdict ?? null,
        })),
      },
    ];
  });
}
