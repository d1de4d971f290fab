import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { applyTextPack } from './apply-text-pack';
import { ndi } from './ndi';
import { nprs } from './nprs';
import { odi } from './odi';
import { psfs } from './psfs';

const sixOptions = ['s0', 's1', 's2', 's3', 's4', 's5'];
/** Every NDI item with six statements, as a complete pack words them. */
const ndiItems = Object.fromEntries(ndi.items.map((item) => [item.id, { options: sixOptions }]));

describe(applyTextPack.name, () => {
  test('overlays a translation on the shipped titles, keeping a title the pack does not give', () => {
    const result = applyTextPack(ndi, {
      instrumentId: 'ndi',
      version: '1991',
      language: 'fr-CA',
      title: 'Indice d’incapacité cervicale',
      items: { ...ndiItems, lifting: { title: 'Soulever des charges', options: sixOptions } },
    });
    assert.ok(result.ok);
    assert.equal(result.value.name, 'Indice d’incapacité cervicale');
    assert.equal(result.value.language, 'fr-CA');
    assert.deepEqual(result.value.items[2], {
      id: 'lifting',
      title: 'Soulever des charges',
      text: null,
      options: sixOptions,
      anchors: null,
    });
    assert.deepEqual(result.value.items[0], {
      id: 'pain_intensity',
      title: 'Pain intensity',
      text: null,
      options: sixOptions,
      anchors: null,
    });
  });

  test('takes licensed ODI wording when the clinic records its licence (clinical-notes §2: ODI is proprietary)', () => {
    const result = applyTextPack(odi, {
      instrumentId: 'odi',
      version: '2.1a',
      language: 'en-GB',
      licence: { holder: 'Mapi Research Trust', reference: 'clinic licence 0001' },
      items: Object.fromEntries(odi.items.map((item) => [item.id, { options: sixOptions }])),
    });
    assert.ok(result.ok);
    assert.equal(result.value.items.length, 10);
    assert.equal(result.value.licence?.holder, 'Mapi Research Trust');
    assert.equal(result.value.items[0]?.title, 'Pain intensity');
  });

  test('labels the ends of a 0–10 scale with anchors', () => {
    const result = applyTextPack(nprs, {
      instrumentId: 'nprs',
      version: 'NRS-11',
      language: 'de',
      items: {
        current: {
          text: 'Wie stark sind Ihre Schmerzen jetzt?',
          anchors: { min: 'kein Schmerz', max: 'stärkster vorstellbarer Schmerz' },
        },
        best: { text: 'Am wenigsten in den letzten 24 Stunden?' },
        worst: { text: 'Am stärksten in den letzten 24 Stunden?' },
      },
    });
    assert.ok(result.ok);
    assert.deepEqual(result.value.items[0]?.anchors, {
      min: 'kein Schmerz',
      max: 'stärkster vorstellbarer Schmerz',
    });
  });

  test('takes instructions for PSFS, whose activities the patient names', () => {
    const result = applyTextPack(psfs, {
      instrumentId: 'psfs',
      version: '1995',
      language: 'en-US',
      instructions: 'Name up to five activities you find hard.',
      items: {},
    });
    assert.ok(result.ok);
    assert.equal(result.value.instructions, 'Name up to five activities you find hard.');
    assert.deepEqual(result.value.items, []);
  });

  const invalid: {
    name: string;
    instrument: typeof ndi | typeof odi | typeof psfs;
    pack: unknown;
    paths: string[];
  }[] = [
    {
      name: 'an unknown item id',
      instrument: ndi,
      pack: {
        instrumentId: 'ndi',
        version: '1991',
        language: 'en',
        items: { ...ndiItems, neck: { options: sixOptions } },
      },
      paths: ['items.neck'],
    },
    {
      name: 'a pack wording fewer items than the instrument has (issue 21: validated against the item count)',
      instrument: ndi,
      pack: {
        instrumentId: 'ndi',
        version: '1991',
        language: 'en',
        items: { lifting: { options: sixOptions } },
      },
      paths: ['items'],
    },
    {
      name: 'statements for some items and none for another (issue 21: option counts)',
      instrument: ndi,
      pack: {
        instrumentId: 'ndi',
        version: '1991',
        language: 'en',
        items: { ...ndiItems, reading: { title: 'Reading' } },
      },
      paths: ['items.reading.options'],
    },
    {
      name: 'another version of the instrument',
      instrument: odi,
      pack: {
        instrumentId: 'odi',
        version: '2.0',
        language: 'en',
        licence: { holder: 'x', reference: 'y' },
        items: Object.fromEntries(odi.items.map((item) => [item.id, { options: sixOptions }])),
      },
      paths: ['version'],
    },
    {
      name: 'another instrument',
      instrument: ndi,
      pack: { instrumentId: 'odi', version: '1991', language: 'en', items: ndiItems },
      paths: ['instrumentId'],
    },
    {
      name: 'proprietary wording without a licence',
      instrument: odi,
      pack: {
        instrumentId: 'odi',
        version: '2.1a',
        language: 'en',
        items: Object.fromEntries(odi.items.map((item) => [item.id, { options: sixOptions }])),
      },
      paths: ['licence'],
    },
    {
      name: 'a wrong number of statements',
      instrument: ndi,
      pack: {
        instrumentId: 'ndi',
        version: '1991',
        language: 'en',
        items: { ...ndiItems, lifting: { options: ['a', 'b'] } },
      },
      paths: ['items.lifting.options'],
    },
    {
      name: 'items for an instrument without fixed items',
      instrument: psfs,
      pack: {
        instrumentId: 'psfs',
        version: '1995',
        language: 'en',
        items: { walking: { title: 'Walking' } },
      },
      paths: ['items.walking'],
    },
    {
      name: 'a malformed language tag and an empty title',
      instrument: ndi,
      pack: {
        instrumentId: 'ndi',
        version: '1991',
        language: 'French',
        items: { ...ndiItems, lifting: { title: '' } },
      },
      paths: ['language', 'items.lifting.title'],
    },
  ];
  for (const c of invalid)
    test(`rejects ${c.name}`, () => {
      const result = applyTextPack(c.instrument, c.pack);
      assert.ok(!result.ok);
      assert.deepEqual(
        result.error.details.map((d) => d.path),
        c.paths,
      );
    });
});
