import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { addBundledCatalogs } from '../../i18n/bundled-catalogs';
import { messagesUnder, overrideErrors } from './override-errors';
import { overrideFieldName } from './override-field-names';

// The form's words come from the English `protocol` catalogue, as on an English screen.
before(() => addBundledCatalogs(['en'], ['protocol']));

describe(overrideErrors.name, () => {
  test('drops the body’s `override.` and words schema messages as the form would', () => {
    assert.deepEqual(
      overrideErrors({
        'override.placements.II.endpoint': 'is required',
        'override.cmrtMap.5.1': 'is not one of the allowed options',
        'override.placements.III.blocks.0.landmark': 'is not one of the allowed options',
        'override.addIndicators.0.name': 'must be at most 80 characters',
        'override.placements.I.sources.0': 'unknown source id "clinic-x"',
      }),
      {
        'placements.II.endpoint': 'is required',
        'cmrtMap.5.1': 'is not a level (use OC, C1–C7, T1–T12, L1–L5, SA, IL, CO)',
        'placements.III.blocks.0.landmark': 'is not one of the choices',
        'addIndicators.0.name': 'is too long (at most 80 characters)',
        'placements.I.sources.0': 'unknown source id "clinic-x"',
      },
    );
  });
});

describe(overrideFieldName.name, () => {
  // Each row: a path the server names, and the words of the settings form for it.
  const cases = [
    ['priority', 'Category priority'],
    ['placements.II', 'Category II blocking placement'],
    ['placements.II.endpoint', 'Category II blocking placement, when to remove the blocks'],
    ['placements.III.blocks.0.landmark', 'Category III blocking placement, block 1, landmark'],
    ['placements.I.preset', 'Category I blocking placement, preset'],
    ['cmrtMap.5.1', 'Occipital-fibre area map, area 5, level 2'],
    ['disableIndicators.2', 'Indicators not used in this clinic'],
    ['addIndicators.0.id', 'Added indicator 1, short id'],
    ['somethingElse.0', 'A setting'],
  ] as const;
  for (const [path, name] of cases) {
    test(`names ${path} “${name}”`, () => assert.equal(overrideFieldName(path), name));
  }
});

describe(messagesUnder.name, () => {
  test('names each message from its fieldset down, and the fieldset’s own without a name', () => {
    const errors = {
      'placements.III': "a 'pack' placement needs at least one block",
      'placements.III.blocks.1.side': 'is not one of the choices',
      'placements.II.endpoint': 'is required',
    };
    assert.deepEqual(messagesUnder(errors, 'placements.III'), [
      "a 'pack' placement needs at least one block",
      'Block 2, side: is not one of the choices',
    ]);
  });
});
