import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { instrumentIds, type InstrumentId } from './instrument-id';
import { instruments } from './instruments';
import { scoreQuestionnaire } from './score-questionnaire';

/** Arbitrary valid answers for an instrument: each item answered in range or skipped. */
function validAnswers(id: InstrumentId): fc.Arbitrary<unknown> {
  const { items, itemScale } = instruments[id];
  const rating = fc.option(fc.integer(itemScale), { nil: null });
  if (id === 'psfs')
    return fc
      .uniqueArray(fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f', 'g'), { minLength: 3, maxLength: 5 })
      .chain((ids) =>
        fc.tuple(...ids.map((activityId) => rating.map((score) => ({ id: activityId, score })))),
      )
      .map((activities) => ({ activities }));
  return fc.record(Object.fromEntries(items.map((item) => [item.id, rating])), { requiredKeys: [] });
}

const instrumentAndAnswers = fc.constantFrom(...instrumentIds).chain((id) =>
  fc.record({
    id: fc.constant(id),
    answers: validAnswers(id),
    baseline: fc.option(fc.integer({ min: 0, max: instruments[id].score.max * 10 }), { nil: undefined }),
    onset: fc.option(fc.constantFrom('acute', 'subacute', 'chronic'), { nil: undefined }),
  }),
);

describe(scoreQuestionnaire.name, () => {
  test('dispatches to the named instrument (clinical-notes §2: ODI 16 / 45 = 35.6 %)', () => {
    const result = scoreQuestionnaire('odi', {
      pain_intensity: 2,
      personal_care: 1,
      lifting: 3,
      walking: 1,
      sitting: 2,
      standing: 2,
      sleeping: 1,
      social_life: 2,
      travelling: 2,
    });
    assert.ok(result.ok);
    assert.equal(result.value.instrumentId, 'odi');
    assert.equal(result.value.value, 35.6);
  });

  test('passes the onset to the Bournemouth back threshold (Newell & Bolton 2010)', () => {
    const result = scoreQuestionnaire(
      'bournemouth-back',
      {
        pain: 6,
        daily_activities: 5,
        social_activities: 5,
        anxiety: 5,
        depression: 4,
        work_effect: 5,
        pain_control: 4,
      },
      { baseline: 60, onset: 'acute' },
    );
    assert.ok(result.ok);
    assert.deepEqual(result.value.change, { baseline: 60, delta: -26, threshold: 26, verdict: 'improved' });
  });

  const invalid: { id: string; answers: unknown; context?: unknown; paths: string[] }[] = [
    { id: 'sf36', answers: {}, paths: ['instrumentId'] },
    { id: 'ndi', answers: { lifting: 7 }, paths: ['answers.lifting'] },
    { id: 'ndi', answers: {}, context: { baseline: 10, clock: 1 }, paths: ['context.clock'] },
    { id: 'nprs', answers: { current: 3 }, context: 'baseline', paths: ['context'] },
    { id: 'psfs', answers: [], paths: ['answers'] },
  ];
  for (const c of invalid)
    test(`answers VALIDATION_FAILED at ${c.paths.join(', ')} for ${c.id} ${JSON.stringify(c.answers)}`, () => {
      const result = scoreQuestionnaire(c.id, c.answers, c.context);
      assert.ok(!result.ok);
      assert.equal(result.error.code, 'VALIDATION_FAILED');
      assert.deepEqual(
        result.error.details.map((d) => d.path),
        c.paths,
      );
    });

  test('scores any valid answers within the instrument range, never throwing', () => {
    fc.assert(
      fc.property(instrumentAndAnswers, ({ id, answers, baseline, onset }) => {
        const context = { baseline: baseline === undefined ? undefined : baseline / 10, onset };
        const result = scoreQuestionnaire(id, answers, context);
        assert.ok(result.ok, JSON.stringify(result));
        const score = result.value;
        const { score: range, bands } = instruments[id];
        if (score.status === 'incomplete') {
          assert.equal(score.value, null);
          assert.equal(score.change, null);
          assert.ok(score.missing.length > 0);
          return;
        }
        assert.ok(score.value !== null && score.value >= range.min && score.value <= range.max);
        assert.equal(Math.round(score.value * 10) / 10, score.value);
        assert.equal(score.band === null, bands.length === 0);
        if (context.baseline !== undefined) {
          assert.ok(score.change !== null);
          assert.ok(Math.abs(score.change.delta - (score.value - context.baseline)) < 1e-9);
        }
      }),
      { numRuns: 500 },
    );
  });

  test('answers a value or VALIDATION_FAILED for any input, never throwing', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.constantFrom(...instrumentIds), fc.string()),
        fc.anything(),
        fc.anything(),
        (id, answers, context) => {
          const result = scoreQuestionnaire(id, answers, context);
          if (!result.ok) {
            assert.equal(result.error.code, 'VALIDATION_FAILED');
            assert.ok(result.error.details.length > 0);
          }
        },
      ),
      { numRuns: 500 },
    );
  });

  test('ODI percent is the exact ratio rounded to the nearest tenth (Fairbank 2000 formula)', () => {
    fc.assert(
      fc.property(validAnswers('odi'), (answers) => {
        const values = Object.values(answers as Record<string, number | null>).filter(
          (v): v is number => v !== null,
        );
        const result = scoreQuestionnaire('odi', answers);
        assert.ok(result.ok);
        if (values.length === 0) return;
        const exact = (values.reduce((a, b) => a + b, 0) / (5 * values.length)) * 100;
        assert.ok(result.value.value !== null && Math.abs(result.value.value - exact) <= 0.05 + 1e-9);
      }),
    );
  });
});
