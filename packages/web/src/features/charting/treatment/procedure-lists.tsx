import { segments, type Segment } from '@sotchart/engine';
import type { TFunction } from '@sotchart/i18n';
import { useTranslation } from '../../../i18n/translation';
import { useProtocolText } from '../../../i18n/protocol-text';
import { withTreatment, type VisitDraft } from '../draft/visit-draft';
import { extremityJoints } from '@sotchart/contract';
import { InlineNumber, InlineSelect, InlineText } from './inline-fields';
import { RecordList } from './record-list';

type Treatment = VisitDraft['record']['treatment'];
type Update = (change: (draft: VisitDraft) => VisitDraft) => void;

function sideOptions(t: TFunction<'charting'>): readonly (readonly [string, string])[] {
  return [
    ['L', t('procedures.left')],
    ['R', t('procedures.right')],
  ];
}
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
  const { t } = useTranslation('charting');
  const text = useProtocolText();
  const sides = sideOptions(t);
  return (
    <div className="procedure-lists">
      <RecordList<Treatment['cranial'][number]>
        title={t('procedures.cranial')}
        items={treatment.cranial}
        addLabel={t('procedures.cranialAdd')}
        blank={() => ({ structure: cranialStructures[0] ?? '' })}
        onChange={setList(update, 'cranial')}
        row={(c, set) => (
          <>
            <InlineSelect
              label={t('procedures.structure')}
              value={c.structure}
              options={cranialStructures.map(
                (s) => [s, text('cranial', s, 'name', s.replaceAll('_', ' '))] as const,
              )}
              onChange={(structure) => set({ ...c, structure })}
            />
            <InlineText
              label={t('procedures.direction')}
              value={c.direction ?? ''}
              maxLength={60}
              onChange={(direction) => set({ ...c, direction })}
            />
            <InlineSelect
              label={t('procedures.breathPhase')}
              value={c.breathPhase ?? ''}
              options={[
                ['', '—'],
                ['inspiration', t('procedures.inspiration')],
                ['expiration', t('procedures.expiration')],
              ]}
              onChange={(p) =>
                set({ ...c, breathPhase: p === 'inspiration' || p === 'expiration' ? p : undefined })
              }
            />
          </>
        )}
      />
      <RecordList<Treatment['extremity'][number]>
        title={t('procedures.extremity')}
        items={treatment.extremity}
        addLabel={t('procedures.extremityAdd')}
        blank={() => ({ joint: 'knee', side: 'R' as const })}
        onChange={setList(update, 'extremity')}
        row={(x, set) => (
          <>
            <InlineSelect
              label={t('procedures.joint')}
              value={x.joint}
              options={[...new Set([x.joint, ...Object.keys(extremityJoints)])].map(
                (j) => [j, t('procedures.jointName', { joint: j })] as const,
              )}
              onChange={(joint) => set({ ...x, joint })}
            />
            <InlineSelect
              label={t('procedures.side')}
              value={x.side}
              options={sides}
              onChange={(s) => set({ ...x, side: lr(s) })}
            />
            <InlineText
              label={t('procedures.direction')}
              value={x.direction ?? ''}
              maxLength={60}
              onChange={(direction) => set({ ...x, direction })}
            />
          </>
        )}
      />
      <RecordList<Treatment['muscleTests'][number]>
        title={t('procedures.muscleTests')}
        items={treatment.muscleTests}
        max={60}
        addLabel={t('procedures.muscleTestAdd')}
        blank={() => ({ muscle: '', side: 'R' as const, result: 'weak' as const, phase: 'pre' as const })}
        onChange={setList(update, 'muscleTests')}
        row={(m, set) => (
          <>
            <InlineText
              label={t('procedures.muscle')}
              value={m.muscle}
              maxLength={60}
              onChange={(muscle) => set({ ...m, muscle })}
            />
            <InlineSelect
              label={t('procedures.side')}
              value={m.side}
              options={sides}
              onChange={(s) => set({ ...m, side: lr(s) })}
            />
            <InlineSelect
              label={t('procedures.result')}
              value={m.result}
              options={[
                ['strong', t('procedures.strong')],
                ['weak', t('procedures.weak')],
              ]}
              onChange={(r) => set({ ...m, result: r === 'strong' ? 'strong' : 'weak' })}
            />
            <InlineText
              label={t('procedures.method')}
              value={m.method ?? ''}
              maxLength={100}
              onChange={(method) => set({ ...m, method })}
            />
            <InlineSelect
              label={t('procedures.when')}
              value={m.phase}
              options={[
                ['pre', t('procedures.before')],
                ['post', t('procedures.after')],
              ]}
              onChange={(p) => set({ ...m, phase: p === 'post' ? 'post' : 'pre' })}
            />
          </>
        )}
      />
      <RecordList<Treatment['instrument'][number]>
        title={t('procedures.instrument')}
        items={treatment.instrument}
        max={40}
        addLabel={t('procedures.instrumentAdd')}
        blank={() => ({ device: 'Impulse', force: 3, thrust: 'single' as const })}
        onChange={setList(update, 'instrument')}
        row={(i, set) => (
          <>
            <InlineText
              label={t('procedures.device')}
              value={i.device}
              maxLength={60}
              onChange={(device) => set({ ...i, device })}
            />
            <InlineNumber
              label={t('procedures.force')}
              value={i.force}
              min={1}
              max={10}
              onChange={(force) => set({ ...i, force: force ?? 1 })}
            />
            <InlineSelect
              label={t('procedures.thrust')}
              value={i.thrust}
              options={[
                ['single', t('procedures.single')],
                ['multiple', t('procedures.multiple')],
              ]}
              onChange={(v) => set({ ...i, thrust: v === 'multiple' ? 'multiple' : 'single' })}
            />
            <InlineSelect
              label={t('procedures.segment')}
              value={i.segment ?? ''}
              options={[['', '—'], ...segmentOptions]}
              onChange={(s) => set({ ...i, segment: s === '' ? undefined : (s as Segment) })}
            />
            <InlineText
              label={t('procedures.lineOfDrive')}
              value={i.lineOfDrive ?? ''}
              maxLength={60}
              onChange={(lineOfDrive) => set({ ...i, lineOfDrive })}
            />
          </>
        )}
      />
      <RecordList<Treatment['sittingDisc'][number]>
        title={t('procedures.sittingDisc')}
        items={treatment.sittingDisc}
        max={10}
        addLabel={t('procedures.sittingDiscAdd')}
        blank={() => ({ level: 'L5' as const })}
        onChange={setList(update, 'sittingDisc')}
        row={(s, set) => (
          <>
            <InlineSelect
              label={t('procedures.level')}
              value={s.level}
              options={segmentOptions}
              onChange={(level) => set({ ...s, level: level as Segment })}
            />
            <InlineNumber
              label={t('procedures.slrBefore')}
              value={s.slrPre}
              min={0}
              max={90}
              onChange={(slrPre) => set({ ...s, slrPre })}
            />
            <InlineNumber
              label={t('procedures.slrAfter')}
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
