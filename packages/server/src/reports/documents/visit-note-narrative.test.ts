import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { soapNarrative, VisitRecordSchema, type NarrativeWords } from '@sotchart/contract';
import { defaultPack, runEngine, type Finding } from '@sotchart/engine';
import { readCatalog } from '@sotchart/i18n/node';
import { translator } from '../../i18n/translator';

/** A charted Category II visit with vitals, tests, blocks, PART, home care and a plan of care. */
const findings: readonly Finding[] = [
  { indicator: 'rf_cauda_equina', phase: 'pre', positive: false },
  { indicator: 'leg_check', phase: 'pre', side: 'L', mm: 5 },
  { indicator: 'arm_fossa', phase: 'pre', side: 'R', site: { fossa: 'upper' }, positive: true },
  { indicator: 'arm_fossa', phase: 'pre', side: 'none', site: { fossa: 'lower' }, positive: false },
  { indicator: 'inguinal_tenderness', phase: 'pre', side: 'R', positive: true },
  { indicator: 'slr', phase: 'pre', side: 'L', degrees: 40, symptomReproduced: true },
  { indicator: 'slr', phase: 'pre', side: 'R', symptomReproduced: false },
  { indicator: 'leg_check', phase: 'post', side: 'none' },
  { indicator: 'arm_fossa', phase: 'post', side: 'none', site: { fossa: 'upper' }, positive: false },
  { indicator: 'inguinal_tenderness', phase: 'post', side: 'none', positive: false },
];

const record = VisitRecordSchema.parse({
  exam: {
    vitals: { systolic: 120, diastolic: 80, pulse: 64, temperatureC: 36.6 },
    orthopaedicTests: [{ name: 'Kemp', side: 'R', result: 'positive' }],
    reflexes: [{ name: 'L4', side: 'L', grade: 2 }],
  },
  treatment: { blocks: [{ side: 'R', landmark: 'iliac_crest', minutes: 4 }] },
  part: [{ segment: 'SA', letters: ['P', 'A'] }],
});

// The data a practitioner or the protocol pack gives, already in the note's language.
const data = {
  ja: {
    names: {
      leg_check: '脚長チェック',
      slr: 'SLR',
      arm_fossa: 'アーム・フォッサテスト',
      inguinal_tenderness: '鼠径部圧痛',
    },
    certainty: '出典あり',
  },
  de: {
    names: {
      leg_check: 'Beinlängenprüfung',
      slr: 'SLR',
      arm_fossa: 'Arm-Fossa-Test',
      inguinal_tenderness: 'Leistendruckschmerz',
    },
    certainty: 'belegt',
  },
} as const;

function narrate(language: 'ja' | 'de' | 'en', catalogue = true) {
  const t = translator(language, 'narrative');
  const names: Readonly<Record<string, string>> = language === 'en' ? {} : data[language].names;
  const words: NarrativeWords = {
    name: (id) => names[id] ?? id,
    certainty: (c) => (language === 'en' ? c : data[language].certainty),
    day: (iso) => iso,
    urgency: (u) => u,
    referral: '',
    ...(catalogue ? { text: (key, values) => t(key, { ...values }), language } : {}),
  };
  const engine = runEngine({ findings, overrides: [], coding: null }, defaultPack);
  const visit = { chiefComplaint: '腰痛', pain: 6, findings, treatedCategory: null, overrides: [], record };
  const plan = { visitsPerWeek: 2, durationWeeks: 6, goals: [], reExamDate: '2026-12-20' };
  return Object.values(soapNarrative({ visit, engine, plan, visitDay: '2026-12-01', words })).join('\n');
}

/** The English catalogue's own wording: each run of text between placeholders, long enough to mean something. */
const englishWording = Object.values(readCatalog('en', 'narrative'))
  .flatMap((message) => message.split(/[{}]/))
  .map((piece) => piece.trim())
  .filter((piece) => /[a-z]{4,}/.test(piece) && !/^(select|plural|other)\b/.test(piece));

describe('the narrative in the note’s language', () => {
  const cases = {
    ja: [
      '主訴：腰痛。',
      '疼痛 6/10。',
      'レッドフラッグのスクリーニング：陰性。',
      'SOTインディケーター（施術者による治療前後の所見）：',
      '脚長チェック：左短下肢 5 mm；治療後脚長差なし。',
      'カテゴリーは施術者の所見を分類して治療選択の指針とするものであり、臨床判断を補助するもので診断ではない。',
      'ホームケア：指導なし。',
      '次回来院は約4日後（週2回、6週間）。',
      '再検査予定日：2026-12-20。',
    ],
    de: [
      'Hauptbeschwerde: 腰痛.',
      'Red-Flag-Screening negativ.',
      'Vitalparameter: RR 120/80 mmHg, Puls 64/min und Temperatur 36,6 °C.',
      'Beinlängenprüfung: linkes Bein 5 mm kürzer; nach der Behandlung gleich lang.',
      'Blöcke in Bauchlage (Platzierung durch Behandler/in festgelegt): Block 1 rechts unter dem Beckenkamm, 4 min.',
      'Heimprogramm: keines.',
      'Nächster Termin in etwa 4 Tagen (2-mal pro Woche für 6 Wochen).',
    ],
  } as const;
  test('writes English through the catalogue exactly as the contract’s own English', () => {
    assert.equal(narrate('en'), narrate('en', false));
  });

  for (const language of ['ja', 'de'] as const)
    test(`writes a charted visit in ${language} from the catalogue, with no English sentence left`, () => {
      const note = narrate(language);
      for (const sentence of cases[language])
        assert.ok(note.includes(sentence), `${language}: ${sentence}\n${note}`);
      // As whole words: German "positiven" is no English "positive".
      const english = englishWording.filter((piece) =>
        new RegExp(`(^|[^\\p{L}])${piece.replaceAll(/[.*+?^$()[\]\\|]/g, '\\$&')}($|[^\\p{L}])`, 'u').test(
          note,
        ),
      );
      assert.deepEqual(english, [], note);
    });
});
