import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { applyTextPack, type LocalisedInstrument } from './apply-text-pack';
import { builtInTextPacks, chooseTextPack } from './built-in-text-packs';
import { instrumentIds, type InstrumentId } from './instrument-id';
import { instruments } from './instruments';
import { scoreQuestionnaire } from './score-questionnaire';
import type { TextPack } from './text-pack';

const translatedLanguages = ['ja', 'it', 'pt-BR', 'es', 'fr', 'de'] as const;
const freelyUsable: readonly InstrumentId[] = ['nprs', 'psfs', 'bournemouth-back', 'bournemouth-neck'];

/** The same answers for every instrument, keyed by item id as a form sends them whatever its wording. */
function answersShownBy(form: LocalisedInstrument | null, instrumentId: InstrumentId): unknown {
  if (instrumentId === 'psfs')
    return {
      activities: [
        { id: 'a1', label: 'Gardening', score: 3 },
        { id: 'a2', label: 'Lifting', score: 6 },
        { id: 'a3', label: 'Walking', score: 8 },
      ],
    };
  const items = form?.items ?? instruments[instrumentId].items;
  const { max } = instruments[instrumentId].itemScale;
  return Object.fromEntries(items.map((item, i) => [item.id, (i * 3 + 2) % (max + 1)]));
}

describe('built-in text packs', () => {
  test('each language ships NPRS, PSFS and both Bournemouth versions, and no ODI or NDI wording', () => {
    for (const language of translatedLanguages) {
      const ids = builtInTextPacks.filter((p) => p.language === language).map((p) => p.instrumentId);
      assert.deepEqual(ids, freelyUsable, language);
    }
    assert.ok(builtInTextPacks.every((p) => p.instrumentId !== 'odi' && p.instrumentId !== 'ndi'));
    assert.ok(builtInTextPacks.every((p) => p.language !== 'en'));
  });

  test('every pack fits its instrument, names its source and is marked an unvalidated translation', () => {
    for (const pack of builtInTextPacks) {
      const applied = applyTextPack(instruments[pack.instrumentId], pack);
      assert.ok(applied.ok, `${pack.instrumentId} ${pack.language}: ${JSON.stringify(applied)}`);
      assert.equal(applied.value.validated, false);
      assert.match(applied.value.source ?? '', /unvalidated/);
      for (const item of applied.value.items) {
        assert.ok(item.text !== null && item.anchors !== null, `${pack.language} ${item.id}`);
        assert.notEqual(
          item.title,
          instruments[pack.instrumentId].items.find((i) => i.id === item.id)?.title,
        );
      }
    }
  });

  test('scores the same answers identically under every language’s pack', () => {
    for (const instrumentId of instrumentIds) {
      const english = scoreQuestionnaire(instrumentId, answersShownBy(null, instrumentId), { baseline: 5 });
      assert.ok(english.ok, instrumentId);
      for (const language of translatedLanguages) {
        const pack = chooseTextPack(instrumentId, language, []);
        const form = pack === null ? null : applyTextPack(instruments[instrumentId], pack);
        if (form !== null) assert.ok(form.ok, `${instrumentId} ${language}`);
        const answers = answersShownBy(form?.ok === true ? form.value : null, instrumentId);
        assert.deepEqual(
          scoreQuestionnaire(instrumentId, answers, { baseline: 5 }),
          english,
          `${instrumentId} ${language}`,
        );
      }
    }
  });
});

describe(chooseTextPack.name, () => {
  const clinicPack = (instrumentId: InstrumentId, language: string): TextPack => ({
    instrumentId,
    version: instruments[instrumentId].version,
    language,
    licence: { holder: 'Holder', reference: 'REF-1' },
    items: {},
  });

  test('takes the clinic’s pack in the patient’s language before the built-in one', () => {
    const mine = clinicPack('nprs', 'ja-JP');
    assert.equal(chooseTextPack('nprs', 'ja', [mine]), mine);
  });

  test('takes the built-in translation when the clinic has none in that language', () => {
    const pack = chooseTextPack('bournemouth-neck', 'pt-BR', [clinicPack('bournemouth-neck', 'en-GB')]);
    assert.equal(pack?.language, 'pt-BR');
    assert.equal(pack?.validated, false);
  });

  test('falls back to the clinic’s English pack, else the shipped titles', () => {
    const english = clinicPack('odi', 'en-GB');
    assert.equal(chooseTextPack('odi', 'ja', [english]), english);
    assert.equal(chooseTextPack('odi', 'ja', []), null);
    assert.equal(chooseTextPack('ndi', 'de', [clinicPack('ndi', 'fr-CA')]), null);
    assert.equal(chooseTextPack('nprs', 'en', []), null);
  });
});
