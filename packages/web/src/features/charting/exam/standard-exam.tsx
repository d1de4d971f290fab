import type { TFunction } from '@sotchart/i18n';
import { useTranslation } from '../../../i18n/translation';
import { withRecord, type VisitDraft } from '../draft/visit-draft';
import { InlineNumber, InlineSelect, InlineText } from '../treatment/inline-fields';
import { RecordList } from '../treatment/record-list';

type Exam = VisitDraft['record']['exam'];
type Update = (change: (draft: VisitDraft) => VisitDraft) => void;

const vitalFields = [
  { key: 'systolic', label: 'exam.systolic', min: 40, max: 300 },
  { key: 'diastolic', label: 'exam.diastolic', min: 20, max: 200 },
  { key: 'pulse', label: 'exam.pulse', min: 20, max: 250 },
  { key: 'respiration', label: 'exam.respiration', min: 4, max: 80 },
  { key: 'temperatureC', label: 'exam.temperature', min: 30, max: 45, step: 0.1 },
  { key: 'heightCm', label: 'exam.height', min: 30, max: 260 },
  { key: 'weightKg', label: 'exam.weight', min: 1, max: 400, step: 0.1 },
] as const satisfies readonly {
  key: keyof Exam['vitals'];
  label: string;
  min: number;
  max: number;
  step?: number;
}[];
const sideValues = ['none', 'L', 'R', 'bilateral'] as const;
type Side = (typeof sideValues)[number];
const sideOf = (v: string): Side => sideValues.find((s) => s === v) ?? 'none';

// The side options of a test, in words.
function sideOptions(t: TFunction<'charting'>): readonly (readonly [Side, string])[] {
  return [
    ['none', t('exam.side.none')],
    ['L', t('exam.side.left')],
    ['R', t('exam.side.right')],
    ['bilateral', t('exam.side.both')],
  ];
}

function setExam<K extends keyof Exam>(update: Update, key: K) {
  return (value: Exam[K]) =>
    update((d) => withRecord(d, (r) => ({ ...r, exam: { ...r.exam, [key]: value } })));
}

/** The standard examination, folded away until needed: vitals, range of motion, orthopaedic and neurological tests, reflexes. */
export function StandardExam({ exam, update }: { readonly exam: Exam; readonly update: Update }) {
  const { t } = useTranslation('charting');
  const sides = sideOptions(t);
  const setVitals = setExam(update, 'vitals');
  const count =
    exam.rangeOfMotion.length +
    exam.orthopaedicTests.length +
    exam.neurologicalTests.length +
    exam.reflexes.length;
  return (
    <details id="exam" className="panel standard-exam">
      <summary>
        <h2>{t('exam.heading')}</h2>{' '}
        <span className="muted small">{count === 0 ? t('exam.optional') : t('exam.entries', { count })}</span>
      </summary>
      <fieldset className="record-list">
        <legend>{t('exam.vitals')}</legend>
        <div className="record-row">
          {vitalFields.map((f) => (
            <InlineNumber
              key={f.key}
              label={t(f.label)}
              value={exam.vitals[f.key]}
              min={f.min}
              max={f.max}
              {...('step' in f ? { step: f.step } : {})}
              onChange={(v) => {
                const { [f.key]: _old, ...rest } = exam.vitals;
                setVitals(v === undefined ? rest : { ...rest, [f.key]: v });
              }}
            />
          ))}
        </div>
      </fieldset>
      <RecordList<Exam['rangeOfMotion'][number]>
        title={t('exam.rom')}
        items={exam.rangeOfMotion}
        max={40}
        addLabel={t('exam.romAdd')}
        blank={() => ({ region: 'lumbar' as const, motion: 'flexion', degrees: 0 })}
        onChange={setExam(update, 'rangeOfMotion')}
        row={(r, set) => (
          <>
            <InlineSelect
              label={t('exam.region')}
              value={r.region}
              options={[
                ['cervical', t('exam.region.cervical')],
                ['thoracic', t('exam.region.thoracic')],
                ['lumbar', t('exam.region.lumbar')],
              ]}
              onChange={(region) =>
                set({ ...r, region: region === 'cervical' || region === 'thoracic' ? region : 'lumbar' })
              }
            />
            <InlineText
              label={t('exam.motion')}
              value={r.motion}
              maxLength={40}
              onChange={(motion) => set({ ...r, motion })}
            />
            <InlineNumber
              label={t('exam.degrees')}
              value={r.degrees}
              min={0}
              max={180}
              onChange={(degrees) => set({ ...r, degrees: degrees ?? 0 })}
            />
          </>
        )}
      />
      <RecordList<Exam['orthopaedicTests'][number]>
        title={t('exam.ortho')}
        items={exam.orthopaedicTests}
        max={60}
        addLabel={t('exam.orthoAdd')}
        blank={() => ({ name: '', side: 'none' as const, result: 'negative' as const })}
        onChange={setExam(update, 'orthopaedicTests')}
        row={(test, set) => (
          <>
            <InlineText
              label={t('exam.test')}
              value={test.name}
              maxLength={100}
              onChange={(name) => set({ ...test, name })}
            />
            <InlineSelect
              label={t('exam.side')}
              value={test.side}
              options={sides}
              onChange={(s) => set({ ...test, side: sideOf(s) })}
            />
            <InlineSelect
              label={t('exam.result')}
              value={test.result}
              options={[
                ['negative', t('exam.result.negative')],
                ['positive', t('exam.result.positive')],
              ]}
              onChange={(v) => set({ ...test, result: v === 'positive' ? 'positive' : 'negative' })}
            />
          </>
        )}
      />
      <RecordList<Exam['neurologicalTests'][number]>
        title={t('exam.neuro')}
        items={exam.neurologicalTests}
        max={60}
        addLabel={t('exam.neuroAdd')}
        blank={() => ({ name: '', side: 'none' as const, result: 'normal' as const })}
        onChange={setExam(update, 'neurologicalTests')}
        row={(test, set) => (
          <>
            <InlineText
              label={t('exam.test')}
              value={test.name}
              maxLength={100}
              onChange={(name) => set({ ...test, name })}
            />
            <InlineSelect
              label={t('exam.side')}
              value={test.side}
              options={sides}
              onChange={(s) => set({ ...test, side: sideOf(s) })}
            />
            <InlineSelect
              label={t('exam.result')}
              value={test.result}
              options={[
                ['normal', t('exam.result.normal')],
                ['abnormal', t('exam.result.abnormal')],
              ]}
              onChange={(v) => set({ ...test, result: v === 'abnormal' ? 'abnormal' : 'normal' })}
            />
          </>
        )}
      />
      <RecordList<Exam['reflexes'][number]>
        title={t('exam.reflexes')}
        items={exam.reflexes}
        addLabel={t('exam.reflexAdd')}
        blank={() => ({ name: 'patellar', side: 'R' as const, grade: 2 })}
        onChange={setExam(update, 'reflexes')}
        row={(test, set) => (
          <>
            <InlineText
              label={t('exam.reflex')}
              value={test.name}
              maxLength={60}
              onChange={(name) => set({ ...test, name })}
            />
            <InlineSelect
              label={t('exam.side')}
              value={test.side}
              options={[
                ['L', t('exam.side.left')],
                ['R', t('exam.side.right')],
              ]}
              onChange={(s) => set({ ...test, side: s === 'L' ? 'L' : 'R' })}
            />
            <InlineNumber
              label={t('exam.reflexGrade')}
              value={test.grade}
              min={0}
              max={4}
              onChange={(grade) => set({ ...test, grade: grade ?? 0 })}
            />
          </>
        )}
      />
    </details>
  );
}
