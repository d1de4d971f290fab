import type { InstrumentId } from '@sotchart/engine';
import { instruments } from '@sotchart/engine';
import type { RequestContext } from '../auth/request-context';
import { questionnaireService } from '../services/questionnaire.service';
import type { ServiceDeps } from '../services/service-deps';
import { demoVisitAt, type DemoPatient } from './demo-patients';

/** Spreads a total over `count` items of 0–`max` each, evenly and the same way every time. */
function spread(total: number, count: number, max: number): number[] {
  const clamped = Math.max(0, Math.min(total, count * max));
  const base = Math.floor(clamped / count);
  const extra = clamped - base * count;
  return Array.from({ length: count }, (_, i) => Math.min(max, base + (i < extra ? 1 : 0)));
}

function itemAnswers(instrumentId: InstrumentId, total: number): Record<string, number | null> {
  const { items, itemScale } = instruments[instrumentId];
  const values = spread(total, items.length, itemScale.max);
  return Object.fromEntries(items.map((item, i) => [item.id, values[i] ?? 0]));
}

const activities: readonly (readonly [string, string])[] = [
  ['sit', 'Sitting through a working day'],
  ['lift', 'Lifting shopping bags'],
  ['sleep', 'Sleeping through the night'],
];

/**
 * The answers a demo patient gives to an instrument at the `step`-th questionnaire of the episode
 * (0 = baseline): each score improves by a steady amount, so the trends and changes show real content.
 */
function answersAt(instrumentId: InstrumentId, step: number, pain: number, index: number): unknown {
  switch (instrumentId) {
    case 'nprs':
      return { current: pain };
    case 'odi':
      // 19/50 (38 %) at baseline, about 6 points better every two weeks.
      return itemAnswers('odi', 19 - 3 * step - (index % 3));
    case 'ndi':
      return itemAnswers('ndi', 22 - 4 * step - (index % 2));
    case 'bournemouth-back':
      return itemAnswers('bournemouth-back', 46 - 9 * step);
    case 'bournemouth-neck':
      return itemAnswers('bournemouth-neck', 38 - 7 * step);
    case 'psfs':
      return {
        activities: activities.map(([id, label], i) => ({
          id,
          label,
          score: Math.min(10, 3 + i + 2 * step),
        })),
      };
  }
}

/** The instruments a demo episode tracks: NPRS, plus the region's disability index and sometimes more. */
function instrumentsFor(demo: DemoPatient, index: number): InstrumentId[] {
  const region = demo.episode.diagnoses[0]?.region ?? '';
  const disability: InstrumentId = region === 'cervical' ? 'ndi' : 'odi';
  const extra: InstrumentId[] =
    demo.episode.onset === 'acute' ? ['bournemouth-back'] : index % 4 === 1 ? ['psfs'] : [];
  return ['nprs', disability, ...extra];
}

/** The visits (0-based) a demo patient answers questionnaires at: the first, every second, the re-exam. */
function answeredAt(demo: DemoPatient): number[] {
  const visitsGiven = demo.redFlag === null ? demo.course.length : 1;
  return Array.from({ length: visitsGiven }, (_, n) => n).filter((n) => n === 0 || n % 2 === 0 || n === 3);
}

/** Records the episode's instruments as answered at `at`, at the `step`-th questionnaire of the episode. */
async function answerAll(
  deps: ServiceDeps,
  ctx: RequestContext,
  patientId: string,
  demo: DemoPatient,
  index: number,
  round: { readonly step: number; readonly pain: number; readonly at: string },
): Promise<void> {
  for (const instrumentId of instrumentsFor(demo, index)) {
    await questionnaireService.create(deps, ctx, patientId, {
      instrumentId,
      answers: answersAt(instrumentId, round.step, round.pain, index) as Record<string, unknown>,
      administeredAt: round.at,
    });
  }
}

/**
 * A demo patient's questionnaire history: a baseline at the first visit, then every second visit
 * (about every two weeks) and at the re-exam, each answered a little better than the last.
 * A patient referred at the first visit has the baseline only.
 */
export async function seedDemoQuestionnaires(
  deps: ServiceDeps,
  ctx: RequestContext,
  patientId: string,
  demo: DemoPatient,
  index: number,
): Promise<void> {
  for (const [step, n] of answeredAt(demo).entries()) {
    const at = new Date(new Date(demoVisitAt(demo.episode.startDate, n, index)).getTime() - 10 * 60_000);
    const pain = Math.max(1, 7 - n - (index % 2));
    await answerAll(deps, ctx, patientId, demo, index, { step, pain, at: at.toISOString() });
  }
}

/** The questionnaires a demo patient answers in the waiting room on arriving for this week's first visit. */
export async function seedDemoArrivalQuestionnaires(
  deps: ServiceDeps,
  ctx: RequestContext,
  patientId: string,
  demo: DemoPatient,
  index: number,
  at: string,
): Promise<void> {
  const step = answeredAt(demo).length;
  await answerAll(deps, ctx, patientId, demo, index, { step, pain: Math.max(1, 3 - (index % 2)), at });
}
