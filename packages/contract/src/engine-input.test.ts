import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { codingInputOf, engineInputOf } from './engine-input';
import { VisitRecordSchema } from './visit-record';

const record = (treatment: Record<string, unknown>, part: { segment: string; letters: string[] }[] = []) =>
  VisitRecordSchema.parse({ treatment, part });

describe(codingInputOf.name, () => {
  test('codes hand and instrument adjustments, blocking at IL, cranial work and extremity joints by region', () => {
    assert.deepEqual(
      codingInputOf(
        record(
          {
            blocks: [{ side: 'R', landmark: 'iliac_crest', minutes: 4 }],
            adjustments: [
              { segment: 'L5', technique: 'Drop' },
              { segment: 'L5', technique: 'Again' },
            ],
            instrument: [{ device: 'Impulse', force: 2, thrust: 'single', segment: 'T4' }],
            cranial: [{ structure: 'temporal' }],
            extremity: [
              { joint: 'knee', side: 'L' },
              { joint: 'ankle', side: 'L' },
              { joint: 'shoulder', side: 'R' },
            ],
          },
          [
            { segment: 'L5', letters: ['P', 'P', 'A'] },
            { segment: 'IL', letters: ['A', 'T'] },
          ],
        ),
        'active',
        false,
      ),
      {
        adjustedSegments: [
          { segment: 'L5', part: ['P', 'A'] },
          { segment: 'T4', part: [] },
        ],
        blocking: { part: ['A', 'T'] },
        cranial: true,
        extraspinalRegions: ['lower_extremity', 'upper_extremity'],
        phase: 'active',
        abnOnFile: false,
      },
    );
  });

  test('is null when nothing codable was treated', () => {
    assert.equal(codingInputOf(record({ cmrt: [{ level: 'T5' }] }), 'active', false), null);
  });
});

describe(engineInputOf.name, () => {
  test('takes the care phase and ABN from the episode, and active care without an ABN when there is none', () => {
    const visit = {
      findings: [],
      overrides: [],
      record: record({ adjustments: [{ segment: 'C1', technique: 'Toggle' }] }),
    };
    assert.deepEqual(
      [
        engineInputOf(visit, { phase: 'maintenance', abnDate: '2026-01-05' }).coding?.phase,
        engineInputOf(visit, { phase: 'maintenance', abnDate: '2026-01-05' }).coding?.abnOnFile,
      ],
      ['maintenance', true],
    );
    assert.deepEqual(
      [engineInputOf(visit, null).coding?.phase, engineInputOf(visit, null).coding?.abnOnFile],
      ['active', false],
    );
  });
});
