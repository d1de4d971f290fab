import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseOverride } from './parse-override';

const clinicIndicator = {
  id: 'clinic_hip_drop',
  name: 'Hip drop',
  description: 'Clinic-defined hip drop test.',
  category: 'I',
  role: 'S',
  result: 'side_posneg',
  region: 'pelvic',
  partLetter: 'A',
  sources: ['clinic-manual'],
  certainty: 'practitioner-defined',
};

describe(parseOverride.name, () => {
  test('accepts a full clinic override (REFERENCE §10)', () => {
    const override = {
      addIndicators: [clinicIndicator],
      disableIndicators: ['compaction_test'],
      placements: { III: { preset: 'iii_trochanter_asis' } },
      blocking: { recheckSeconds: 90 },
      priority: 'ii_first',
      cmrtMap: { '1': ['T1'], '5': ['T5', 'T6'] },
      sources: [
        { id: 'clinic-manual', title: 'Clinic protocol manual', urls: ['https://clinic.example/manual'] },
      ],
    };
    assert.deepEqual(parseOverride(override), { ok: true, value: override });
  });

  test('accepts an empty override', () => {
    assert.deepEqual(parseOverride({}), { ok: true, value: {} });
  });

  const bad: { name: string; input: unknown; paths: string[] }[] = [
    { name: 'an unknown priority preset', input: { priority: 'i_first' }, paths: ['priority'] },
    { name: 'an unknown field', input: { colour: 'blue' }, paths: ['colour'] },
    { name: 'an area outside 1–7', input: { cmrtMap: { '8': ['T8'] } }, paths: ['cmrtMap.8'] },
    { name: 'an unknown segment in the map', input: { cmrtMap: { '2': ['T13'] } }, paths: ['cmrtMap.2.0'] },
    {
      name: 'disabling an unknown indicator',
      input: { disableIndicators: ['nope'] },
      paths: ['disableIndicators.0'],
    },
    {
      name: 'adding an existing id',
      input: { addIndicators: [{ ...clinicIndicator, id: 'slr', sources: ['sources-2'] }] },
      paths: ['addIndicators.0.id'],
    },
    {
      name: 'citing an unknown source',
      input: { addIndicators: [clinicIndicator] },
      paths: ['addIndicators.0.sources.0'],
    },
    {
      name: 'an unknown preset',
      input: { placements: { III: { preset: 'nope' } } },
      paths: ['placements.III.preset'],
    },
    {
      name: 'a preset for another category',
      input: { placements: { I: { preset: 'iii_trochanter_asis' } } },
      paths: ['placements.I.preset'],
    },
    {
      name: 'a bad block in a placement',
      input: {
        placements: {
          II: {
            position: 'supine',
            placement: 'pack',
            blocks: [
              { order: 1, side: 'left', landmark: 'knee', certainty: 'sourced', sources: ['sources-2'] },
            ],
            recheck: ['arm_fossa'],
            endpoint: 'x',
            certainty: 'sourced',
            sources: ['sources-2'],
          },
        },
      },
      paths: ['placements.II.blocks.0.side', 'placements.II.blocks.0.landmark'],
    },
    {
      name: 'a practitioner placement with blocks',
      input: {
        placements: {
          III: {
            position: 'prone',
            placement: 'practitioner',
            blocks: [
              { order: 1, side: 'short_leg', landmark: 'asis', certainty: 'sourced', sources: ['sources-2'] },
            ],
            recheck: [],
            endpoint: 'x',
            certainty: 'sourced',
            sources: ['sources-2'],
          },
        },
      },
      paths: ['placements.III.blocks'],
    },
    {
      name: 'a re-check of an unknown indicator',
      input: {
        placements: {
          II: {
            position: 'supine',
            placement: 'pack',
            blocks: [
              { order: 1, side: 'category', landmark: 'asis', certainty: 'sourced', sources: ['sources-2'] },
            ],
            recheck: ['nope'],
            endpoint: 'x',
            certainty: 'sourced',
            sources: ['sources-2'],
          },
        },
      },
      paths: ['placements.II.recheck.0'],
    },
    {
      name: 'shape and reference problems together',
      input: { priority: 'x', disableIndicators: ['nope'] },
      paths: ['priority', 'disableIndicators.0'],
    },
    { name: 'not an object', input: 'ii_first', paths: [''] },
  ];
  for (const row of bad) {
    test(`names the path of ${row.name} (REFERENCE §10)`, () => {
      const result = parseOverride(row.input);
      assert.equal(result.ok, false);
      if (!result.ok)
        assert.deepEqual(
          result.error.details.map((d) => d.path),
          row.paths,
        );
    });
  }
});
