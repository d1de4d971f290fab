import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { defaultPack } from './default-pack';
import { mergePack } from './merge-pack';
import { ProtocolPackSchema } from './protocol-pack';

describe(mergePack.name, () => {
  test('names the default pack when there is no override (REFERENCE §10)', () => {
    assert.equal(mergePack(defaultPack, null, 0).packRef, 'sot-standard@1.1.0');
    assert.equal(mergePack(defaultPack, null, 5).packRef, 'sot-standard@1.1.0');
    assert.equal(mergePack(defaultPack, { priority: 'ii_first' }, 0).packRef, 'sot-standard@1.1.0');
  });

  test('names the clinic revision in the packRef (REFERENCE §9, §10)', () => {
    assert.equal(mergePack(defaultPack, { priority: 'ii_first' }, 3).packRef, 'sot-standard@1.1.0+clinic.r3');
  });

  test('applies presets, priority, timing and the cmrtMap (REFERENCE §10)', () => {
    const pack = mergePack(
      defaultPack,
      {
        priority: 'ii_first',
        placements: { III: { preset: 'iii_trochanter_asis' } },
        blocking: { maxMinutes: 5 },
        cmrtMap: { '3': ['T3'] },
      },
      2,
    );
    assert.equal(pack.priority, 'ii_first');
    assert.equal(pack.placements.III.placement, 'pack');
    assert.deepEqual(
      pack.placements.III.blocks.map((b) => b.landmark),
      ['trochanter', 'asis'],
    );
    assert.deepEqual([pack.blocking.recheckSeconds, pack.blocking.maxMinutes], [60, 5]);
    assert.deepEqual(pack.cmrt.cmrtMap, { '3': ['T3'] });
    assert.deepEqual(defaultPack.cmrt.cmrtMap, {});
  });

  test('removes disabled indicators and lists them (REFERENCE §10)', () => {
    const pack = mergePack(defaultPack, { disableIndicators: ['psoas', 'compaction_test'] }, 1);
    assert.equal(
      pack.indicators.some((i) => i.id === 'psoas'),
      false,
    );
    assert.deepEqual(pack.disabledIndicators, ['compaction_test', 'psoas']);
    assert.equal(
      defaultPack.indicators.some((i) => i.id === 'psoas'),
      true,
    );
  });

  test('adds clinic indicators and their sources, and stays a valid pack (REFERENCE §10)', () => {
    const pack = mergePack(
      defaultPack,
      {
        addIndicators: [
          {
            id: 'clinic_test',
            name: 'Clinic test',
            description: 'd',
            category: 'III',
            role: 'S',
            result: 'posneg',
            region: null,
            partLetter: null,
            sources: ['clinic-notes'],
            certainty: 'practitioner-defined',
          },
        ],
        sources: [{ id: 'clinic-notes', title: 'Clinic notes', urls: ['https://clinic.example/notes'] }],
      },
      1,
    );
    assert.equal(pack.indicators.at(-1)?.id, 'clinic_test');
    assert.equal(ProtocolPackSchema.safeParse(pack).success, true);
  });
});
