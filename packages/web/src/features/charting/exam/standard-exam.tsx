import { withRecord, type VisitDraft } from '../draft/visit-draft';
import { InlineNumber, InlineSelect, InlineText } from '../treatment/inline-fields';
import { RecordList } from '../treatment/record-list';

type Exam = VisitDraft['record']['exam'];
type Update = (change: (draft: VisitDraft) => VisitDraft) => void;

const vitalFields: readonly {
  key: keyof Exam['vitals'];
  label: string;
  min: number;
  max: number;
  step?: number;
}[] = [
  { key: 'systolic', label: 'Systolic (mmHg)', min: 40, max: 300 },
  { key: 'diastolic', label: 'Diastolic (mmHg)', min: 20, max: 200 },
  { key: 'pulse', label: 'Pulse (/min)', min: 20, max: 250 },
  { key: 'respiration', label: 'Respiration (/min)', min: 4, max: 80 },
  { key: 'temperatureC', label: 'Temperature (°C)', min: 30, max: 45, step: 0.1 },
  { key: 'heightCm', label: 'Height (cm)', min: 30, max: 260 },
  { key: 'weightKg', label: 'Weight (kg)', min: 1, max: 400, step: 0.1 },
];
const sides = [
  ['none', 'none'],
  ['L', 'left'],
  ['R', 'right'],
  ['bilateral', 'both'],
] as const;
type Side = (typeof sides)[number][0];
const sideOf = (v: string): Side => sides.find(([s]) => s === v)?.[0] ?? 'none';

function setExam<K extends keyof Exam>(update: Update, key: K) {
  return (value: Exam[K]) =>
    update((d) => withRecord(d, (r) => ({ ...r, exam: { ...r.exam, [key]: value } })));
}

/** The standard examination, folded away until needed: vitals, range of motion, orthopaedic and neurological tests, reflexes. */
export function StandardExam({ exam, update }: { readonly exam: Exam; readonly update: Update }) {
  const setVitals = setExam(update, 'vitals');
  const count =
    exam.rangeOfMotion.length +
    exam.orthopaedicTests.length +
    exam.neurologicalTests.length +
    exam.reflexes.length;
  return (
    <details id="exam" className="panel standard-exam">
      <summary>
        <h2>Standard exam</h2>{' '}
        <span className="muted small">{count === 0 ? 'optional' : `${count} entries`}</span>
      </summary>
      <fieldset className="record-list">
        <legend>Vitals</legend>
        <div className="record-row">
          {vitalFields.map((f) => (
            <InlineNumber
              key={f.key}
              label={f.label}
              value={exam.vitals[f.key]}
              min={f.min}
              max={f.max}
              {...(f.step === undefined ? {} : { step: f.step })}
              onChange={(v) => {
                const { [f.key]: _old, ...rest } = exam.vitals;
                setVitals(v === undefined ? rest : { ...rest, [f.key]: v });
              }}
            />
          ))}
        </div>
      </fieldset>
      <RecordList<Exam['rangeOfMotion'][number]>
        title="Range of motion"
        items={exam.rangeOfMotion}
        max={40}
        addLabel="Add a range of motion"
        blank={() => ({ region: 'lumbar' as const, motion: 'flexion', degrees: 0 })}
        onChange={setExam(update, 'rangeOfMotion')}
        row={(r, set) => (
          <>
            <InlineSelect
              label="Region"
              value={r.region}
              options={[
                ['cervical', 'cervical'],
                ['thoracic', 'thoracic'],
                ['lumbar', 'lumbar'],
              ]}
              onChange={(region) =>
                set({ ...r, region: region === 'cervical' || region === 'thoracic' ? region : 'lumbar' })
              }
            />
            <InlineText
              label="Motion"
              value={r.motion}
              maxLength={40}
              onChange={(motion) => set({ ...r, motion })}
            />
            <InlineNumber
              label="Degrees"
              value={r.degrees}
              min={0}
              max={180}
              onChange={(degrees) => set({ ...r, degrees: degrees ?? 0 })}
            />
          </>
        )}
      />
      <RecordList<Exam['orthopaedicTests'][number]>
        title="Orthopaedic tests"
        items={exam.orthopaedicTests}
        max={60}
        addLabel="Add an orthopaedic test"
        blank={() => ({ name: '', side: 'none' as const, result: 'negative' as const })}
        onChange={setExam(update, 'orthopaedicTests')}
        row={(t, set) => (
          <>
            <InlineText
              label="Test"
              value={t.name}
              maxLength={100}
              onChange={(name) => set({ ...t, name })}
            />
            <InlineSelect
              label="Side"
              value={t.side}
              options={sides}
              onChange={(s) => set({ ...t, side: sideOf(s) })}
            />
            <InlineSelect
              label="Result"
              value={t.result}
              options={[
                ['negative', 'negative'],
                ['positive', 'positive'],
              ]}
              onChange={(v) => set({ ...t, result: v === 'positive' ? 'positive' : 'negative' })}
            />
          </>
        )}
      />
      <RecordList<Exam['neurologicalTests'][number]>
        title="Neurological tests"
        items={exam.neurologicalTests}
        max={60}
        addLabel="Add a neurological test"
        blank={() => ({ name: '', side: 'none' as const, result: 'normal' as const })}
        onChange={setExam(update, 'neurologicalTests')}
        row={(t, set) => (
          <>
            <InlineText
              label="Test"
              value={t.name}
              maxLength={100}
              onChange={(name) => set({ ...t, name })}
            />
            <InlineSelect
              label="Side"
              value={t.side}
              options={sides}
              onChange={(s) => set({ ...t, side: sideOf(s) })}
            />
            <InlineSelect
              label="Result"
              value={t.result}
              options={[
                ['normal', 'normal'],
                ['abnormal', 'abnormal'],
              ]}
              onChange={(v) => set({ ...t, result: v === 'abnormal' ? 'abnormal' : 'normal' })}
            />
          </>
        )}
      />
      <RecordList<Exam['reflexes'][number]>
        title="Reflexes"
        items={exam.reflexes}
        addLabel="Add a reflex"
        blank={() => ({ name: 'patellar', side: 'R' as const, grade: 2 })}
        onChange={setExam(update, 'reflexes')}
        row={(t, set) => (
          <>
            <InlineText
              label="Reflex"
              value={t.name}
              maxLength={60}
              onChange={(name) => set({ ...t, name })}
            />
            <InlineSelect
              label="Side"
              value={t.side}
              options={[
                ['L', 'left'],
                ['R', 'right'],
              ]}
              onChange={(s) => set({ ...t, side: s === 'L' ? 'L' : 'R' })}
            />
            <InlineNumber
              label="Grade (0–4)"
              value={t.grade}
              min={0}
              max={4}
              onChange={(grade) => set({ ...t, grade: grade ?? 0 })}
            />
          </>
        )}
      />
    </details>
  );
}
