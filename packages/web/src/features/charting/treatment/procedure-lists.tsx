import { segments, type Segment } from '@sotchart/engine';
import { withTreatment, type VisitDraft } from '../draft/visit-draft';
import { extremityJoints } from '@sotchart/contract';
import { InlineNumber, InlineSelect, InlineText } from './inline-fields';
import { RecordList } from './record-list';

type Treatment = VisitDraft['record']['treatment'];
type Update = (change: (draft: VisitDraft) => VisitDraft) => void;

const sides = [
  ['L', 'left'],
  ['R', 'right'],
] as const;
const lr = (v: string): 'L' | 'R' => (v === 'L' ? 'L' : 'R');
const segmentOptions = segments.map((s) => [s, s] as const);

function setList<K extends keyof Treatment>(update: Update, key: K) {
  return (items: Treatment[K]) => update((d) => withTreatment(d, (t) => ({ ...t, [key]: items })));
}

/** Cranial, extremity, Applied Kinesiology, instrument and Sitting Disc records of the visit. */
export function ProcedureLists({
  treatment,
  cranialStructures,
  update,
}: {
  readonly treatment: Treatment;
  readonly cranialStructures: readonly string[];
  readonly update: Update;
}) {
  return (
    <div className="procedure-lists">
      <RecordList<Treatment['cranial'][number]>
        title="Cranial"
        items={treatment.cranial}
        addLabel="Add cranial work"
        blank={() => ({ structure: cranialStructures[0] ?? '' })}
        onChange={setList(update, 'cranial')}
        row={(c, set) => (
          <>
            <InlineSelect
              label="Bone or suture"
              value={c.structure}
              options={cranialStructures.map((s) => [s, s.replaceAll('_', ' ')] as const)}
              onChange={(structure) => set({ ...c, structure })}
            />
            <InlineText
              label="Direction"
              value={c.direction ?? ''}
              maxLength={60}
              onChange={(direction) => set({ ...c, direction })}
            />
            <InlineSelect
              label="Breath phase"
              value={c.breathPhase ?? ''}
              options={[
                ['', '—'],
                ['inspiration', 'inspiration'],
                ['expiration', 'expiration'],
              ]}
              onChange={(p) =>
                set({ ...c, breathPhase: p === 'inspiration' || p === 'expiration' ? p : undefined })
              }
            />
          </>
        )}
      />
      <RecordList<Treatment['extremity'][number]>
        title="Extremity"
        items={treatment.extremity}
        addLabel="Add extremity work"
        blank={() => ({ joint: 'knee', side: 'R' as const })}
        onChange={setList(update, 'extremity')}
        row={(x, set) => (
          <>
            <InlineSelect
              label="Joint"
              value={x.joint}
              options={[...new Set([x.joint, ...Object.keys(extremityJoints)])].map((j) => [j, j] as const)}
              onChange={(joint) => set({ ...x, joint })}
            />
            <InlineSelect
              label="Side"
              value={x.side}
              options={sides}
              onChange={(s) => set({ ...x, side: lr(s) })}
            />
            <InlineText
              label="Direction"
              value={x.direction ?? ''}
              maxLength={60}
              onChange={(direction) => set({ ...x, direction })}
            />
          </>
        )}
      />
      <RecordList<Treatment['muscleTests'][number]>
        title="Applied Kinesiology muscle tests (observations)"
        items={treatment.muscleTests}
        max={60}
        addLabel="Add a muscle test"
        blank={() => ({ muscle: '', side: 'R' as const, result: 'weak' as const, phase: 'pre' as const })}
        onChange={setList(update, 'muscleTests')}
        row={(m, set) => (
          <>
            <InlineText
              label="Muscle"
              value={m.muscle}
              maxLength={60}
              onChange={(muscle) => set({ ...m, muscle })}
            />
            <InlineSelect
              label="Side"
              value={m.side}
              options={sides}
              onChange={(s) => set({ ...m, side: lr(s) })}
            />
            <InlineSelect
              label="Result"
              value={m.result}
              options={[
                ['strong', 'strong'],
                ['weak', 'weak'],
              ]}
              onChange={(r) => set({ ...m, result: r === 'strong' ? 'strong' : 'weak' })}
            />
            <InlineText
              label="Therapy localisation or challenge"
              value={m.method ?? ''}
              maxLength={100}
              onChange={(method) => set({ ...m, method })}
            />
            <InlineSelect
              label="When"
              value={m.phase}
              options={[
                ['pre', 'before'],
                ['post', 'after'],
              ]}
              onChange={(p) => set({ ...m, phase: p === 'post' ? 'post' : 'pre' })}
            />
          </>
        )}
      />
      <RecordList<Treatment['instrument'][number]>
        title="Instrument"
        items={treatment.instrument}
        max={40}
        addLabel="Add instrument work"
        blank={() => ({ device: 'Impulse', force: 3, thrust: 'single' as const })}
        onChange={setList(update, 'instrument')}
        row={(i, set) => (
          <>
            <InlineText
              label="Device"
              value={i.device}
              maxLength={60}
              onChange={(device) => set({ ...i, device })}
            />
            <InlineNumber
              label="Force (1–10)"
              value={i.force}
              min={1}
              max={10}
              onChange={(force) => set({ ...i, force: force ?? 1 })}
            />
            <InlineSelect
              label="Thrust"
              value={i.thrust}
              options={[
                ['single', 'single'],
                ['multiple', 'multiple'],
              ]}
              onChange={(t) => set({ ...i, thrust: t === 'multiple' ? 'multiple' : 'single' })}
            />
            <InlineSelect
              label="Segment"
              value={i.segment ?? ''}
              options={[['', '—'], ...segmentOptions]}
              onChange={(s) => set({ ...i, segment: s === '' ? undefined : (s as Segment) })}
            />
            <InlineText
              label="Line of drive"
              value={i.lineOfDrive ?? ''}
              maxLength={60}
              onChange={(lineOfDrive) => set({ ...i, lineOfDrive })}
            />
          </>
        )}
      />
      <RecordList<Treatment['sittingDisc'][number]>
        title="Sitting Disc Technique"
        items={treatment.sittingDisc}
        max={10}
        addLabel="Add Sitting Disc work"
        blank={() => ({ level: 'L5' as const })}
        onChange={setList(update, 'sittingDisc')}
        row={(s, set) => (
          <>
            <InlineSelect
              label="Level"
              value={s.level}
              options={segmentOptions}
              onChange={(level) => set({ ...s, level: level as Segment })}
            />
            <InlineNumber
              label="SLR before (°)"
              value={s.slrPre}
              min={0}
              max={90}
              onChange={(slrPre) => set({ ...s, slrPre })}
            />
            <InlineNumber
              label="SLR after (°)"
              value={s.slrPost}
              min={0}
              max={90}
              onChange={(slrPost) => set({ ...s, slrPost })}
            />
          </>
        )}
      />
    </div>
  );
}
