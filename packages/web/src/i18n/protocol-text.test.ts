import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { defaultPack, mergePack, type ProtocolPack } from '@sotchart/engine';
import { languages, sourceLanguage } from '@sotchart/i18n';
import { readCatalog } from '@sotchart/i18n/node';
import { compileCatalog } from '@sotchart/i18n/compiled-message';
import { MessageStore } from '@sotchart/i18n/message-store';
import {
  protocolTextEntries,
  protocolTranslator,
  resolveProtocolText,
  type ProtocolMessages,
} from './protocol-text';

// Fields of a pack that hold ids, codes, enums or addresses rather than wording.
const notText = new Set([
  'id',
  'version',
  'packRef',
  'category',
  'role',
  'result',
  'region',
  'partLetter',
  'sources',
  'certainty',
  'disabledIndicators',
  'sideFrom',
  'ruleId',
  'priority',
  'order',
  'position',
  'placement',
  'side',
  'landmark',
  'recheck',
  'type',
  'level',
  'visceraCertainty',
  'visceraSources',
  'urgency',
  'urls',
]);

/** Every string of the pack that is wording, by its dotted path, found without the code under test. */
function textLeaves(
  value: unknown,
  path: string[] = [],
  found = new Map<string, string>(),
): Map<string, string> {
  if (typeof value === 'string') {
    const field = [...path].reverse().find((p) => !/^\d+$/.test(p));
    if (field !== undefined && !notText.has(field)) found.set(path.join('.'), value);
  } else if (Array.isArray(value)) {
    value.forEach((item, i) => textLeaves(item, [...path, String(i)], found));
  } else if (typeof value === 'object' && value !== null) {
    for (const [key, item] of Object.entries(value)) textLeaves(item, [...path, key], found);
  }
  return found;
}

const entries = protocolTextEntries(defaultPack);
const english = readCatalog(sourceLanguage, 'protocolContent');

const store = new MessageStore();
for (const l of languages)
  for (const ns of ['protocolContent', 'protocol'] as const)
    store.add(l, ns, compileCatalog(readCatalog(l, ns)));

// The catalogues in one language, as the app reads them (English where a message is missing).
function instance(language: string): ProtocolMessages {
  return {
    exists: (key, { ns }) => store.exists(language, ns, key) || store.exists(sourceLanguage, ns, key),
    t: store.fixed(language, 'common'),
  };
}

describe('the protocolContent catalogue', () => {
  test('has a key for every text field of the default pack and for nothing else', () => {
    const leaves = textLeaves(defaultPack);
    assert.deepEqual(
      entries.map((e) => e.path).sort(),
      [...leaves.keys()].sort(),
      'protocolTextEntries covers exactly the wording of the default pack',
    );
    assert.equal(new Set(entries.map((e) => e.key)).size, entries.length, 'each key names one field');
    assert.deepEqual(
      Object.keys(english).sort(),
      entries.map((e) => e.key).sort(),
      'en/protocolContent.json keys',
    );
  });

  test('holds the default pack’s exact wording in English', () => {
    const leaves = textLeaves(defaultPack);
    for (const entry of entries) {
      const packText = leaves.get(entry.path) ?? '';
      // The pack names a cranial structure by id; its wording is the id in words.
      const expected = entry.path.startsWith('cranialStructures.') ? packText.replaceAll('_', ' ') : packText;
      assert.equal(entry.text, expected, entry.path);
      assert.equal(english[entry.key], expected, entry.key);
    }
  });

  test('formats each English message back to the pack’s text', () => {
    const translate = protocolTranslator(instance('en'));
    for (const entry of entries) {
      const values: Record<string, string> = entry.text.includes('{position}') ? { position: 'prone' } : {};
      const expected = entry.text.replaceAll('{position}', 'prone');
      assert.equal(translate(entry.key, values), expected, entry.key);
    }
  });
});

describe(resolveProtocolText.name, () => {
  const ja = protocolTranslator(instance('ja'));
  const jaCatalog = readCatalog('ja', 'protocolContent');

  test('shows a default item in the app’s language', () => {
    const spec = defaultPack.indicators.find((i) => i.id === 'heel_tension')!;
    assert.deepEqual(resolveProtocolText('indicator', spec.id, 'name', spec.name, ja), {
      text: jaCatalog['indicator.heel_tension.name'],
      own: false,
    });
    const flag = defaultPack.redFlags.find((f) => f.id === 'rf_cauda_equina')!;
    assert.equal(
      resolveProtocolText('redFlag', flag.id, 'question', flag.question, ja).text,
      jaCatalog['redFlag.rf_cauda_equina.question'],
    );
  });

  test('shows the pack’s text in English', () => {
    const en = protocolTranslator(instance('en'));
    const rule = defaultPack.rules[0]!;
    assert.equal(resolveProtocolText('rule', rule.id, 'summary', rule.summary, en).text, rule.summary);
  });

  test('shows a clinic’s own wording of a default item as the clinic wrote it', () => {
    const own = 'Remove the blocks when our three checks clear.';
    assert.deepEqual(resolveProtocolText('placement', 'I', 'endpoint', own, ja), { text: own, own: true });
  });

  test('shows an item the clinic added as the clinic wrote it', () => {
    const merged: ProtocolPack = mergePack(
      defaultPack,
      {
        addIndicators: [
          {
            id: 'clinic_toe_test',
            name: 'Toe test',
            description: 'Our toe test.',
            category: null,
            role: null,
            result: 'posneg',
            region: null,
            partLetter: null,
            sources: ['sources-2'],
            certainty: 'practitioner-defined',
          },
        ],
      },
      1,
    );
    const added = merged.indicators.find((i) => i.id === 'clinic_toe_test')!;
    assert.deepEqual(resolveProtocolText('indicator', added.id, 'name', added.name, ja), {
      text: 'Toe test',
      own: true,
    });
  });

  test('translates default wording the clinic adopted elsewhere, e.g. a preset’s endpoint', () => {
    const merged = mergePack(defaultPack, { placements: { III: { preset: 'iii_trochanter_asis' } } }, 1);
    assert.deepEqual(
      resolveProtocolText('placement', 'III', 'endpoint', merged.placements.III.endpoint, ja),
      {
        text: jaCatalog['placementPreset.iii_trochanter_asis.endpoint'],
        own: false,
      },
    );
  });

  test('translates a message the engine filled in, with the filled-in word translated too', () => {
    const warning = defaultPack.contraindications
      .find((c) => c.id === 'ci_pregnancy')!
      .warning.replaceAll('{position}', 'supine');
    const text = resolveProtocolText('contraindication', 'ci_pregnancy', 'warning', warning, ja).text;
    assert.equal(text, jaCatalog['contraindication.ci_pregnancy.warning']!.replace('{position}', '仰臥位'));
    const own = warning.replace('supine', 'side-lying');
    assert.deepEqual(resolveProtocolText('contraindication', 'ci_pregnancy', 'warning', own, ja), {
      text: own,
      own: true,
    });
    const raw = defaultPack.contraindications.find((c) => c.id === 'ci_pregnancy')!.warning;
    assert.equal(
      resolveProtocolText('contraindication', 'ci_pregnancy', 'warning', raw, ja).text,
      jaCatalog['contraindication.ci_pregnancy.warning'],
    );
    const referral = resolveProtocolText(
      'urgency',
      'urgent',
      'message',
      defaultPack.referralMessages.urgent,
      ja,
    );
    assert.equal(referral.text, jaCatalog['urgency.urgent.message']);
  });
});
