import { segments, type CmrtTarget, type Segment } from '@sotchart/engine';
import { Button } from '../../../ui/button';
import { withTreatment, type VisitDraft } from '../draft/visit-draft';
import { InlineSelect, InlineText } from './inline-fields';
import { RecordList } from './record-list';

type Cmrt = VisitDraft['record']['treatment']['cmrt'][number];

export interface CmrtLevelsProps {
  readonly cmrt: readonly Cmrt[];
  readonly targets: readonly CmrtTarget[];
  readonly update: (change: (draft: VisitDraft) => VisitDraft) => void;
}

/**
 * CMRT levels worked. The positive line-2 occipital fibres suggest levels where the clinic maps an
 * area (or a level was recorded); the viscera are shown as SOT's claimed associations only.
 */
export function CmrtLevels({ cmrt, targets, update }: CmrtLevelsProps) {
  const set = (items: Cmrt[]) => update((d) => withTreatment(d, (t) => ({ ...t, cmrt: items })));
  const reflex = targets.filter((t) => t.lineType === 'reflex_visceral');
  const offered = [
    ...new Set(reflex.flatMap((t) => [...t.levels, ...(t.recordedLevel === null ? [] : [t.recordedLevel])])),
  ].filter((level) => !cmrt.some((c) => c.level === level));
  return (
    <div className="stack">
      {reflex.length === 0 ? null : (
        <ul className="plain-list small">
          {reflex.map((t, i) => (
            <li key={i}>
              Line 2, area {t.area} {t.side ?? ''} grade {t.grade}: {t.levelNote}
              {t.viscera.length === 0 ? null : (
                <span className="muted">
                  {' '}
                  (claimed association: {t.viscera.map((v) => `${v.level} ${v.organ}`).join(', ')})
                </span>
              )}
            </li>
          ))}
        </ul>
      )}
      {offered.length === 0 ? null : (
        <div className="row-actions">
          {offered.map((level) => (
            <Button key={level} onClick={() => set([...cmrt, { level }])}>
              Add CMRT at {level}
            </Button>
          ))}
        </div>
      )}
      <RecordList<Cmrt>
        title="CMRT levels"
        items={cmrt}
        addLabel="Add a CMRT level"
        blank={() => ({ level: 'T5' })}
        onChange={set}
        row={(c, update1) => (
          <>
            <InlineSelect
              label="Level"
              value={c.level}
              options={segments.map((s) => [s, s] as const)}
              onChange={(level) => update1({ ...c, level: level as Segment })}
            />
            <InlineText
              label="Note"
              value={c.note ?? ''}
              maxLength={300}
              onChange={(note) => update1(note === '' ? { level: c.level } : { ...c, note })}
            />
          </>
        )}
      />
    </div>
  );
}
