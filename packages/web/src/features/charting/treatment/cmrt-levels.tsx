import { segments, type CmrtTarget, type Segment } from '@sotchart/engine';
import { useTranslation } from '../../../i18n/translation';
import { useProtocolText } from '../../../i18n/protocol-text';
import { Button } from '../../../ui/button';
import { listText } from '../analysis/list-text';
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
  const { t } = useTranslation('charting');
  const text = useProtocolText();
  const set = (items: Cmrt[]) => update((d) => withTreatment(d, (tr) => ({ ...tr, cmrt: items })));
  const reflex = targets.filter((x) => x.lineType === 'reflex_visceral');
  const offered = [
    ...new Set(reflex.flatMap((x) => [...x.levels, ...(x.recordedLevel === null ? [] : [x.recordedLevel])])),
  ].filter((level) => !cmrt.some((c) => c.level === level));
  return (
    <div className="stack">
      {reflex.length === 0 ? null : (
        <ul className="plain-list small">
          {reflex.map((target, i) => (
            <li key={i}>
              {t('cmrt.target', {
                area: target.area,
                side: target.side ?? 'none',
                grade: target.grade,
                note:
                  target.levels.length > 0
                    ? t('cmrt.mapped', { area: target.area, levels: listText(target.levels) })
                    : t('cmrt.notMapped'),
              })}
              {target.viscera.length === 0 ? null : (
                <span className="muted">
                  {' '}
                  {t('cmrt.claimed', {
                    list: listText(
                      target.viscera.map((v) =>
                        t('cmrt.viscus', {
                          level: v.level,
                          organ: text('cmrt', v.level, 'organ', v.organ),
                        }),
                      ),
                    ),
                  })}
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
              {t('cmrt.addAt', { level })}
            </Button>
          ))}
        </div>
      )}
      <RecordList<Cmrt>
        title={t('cmrt.title')}
        items={cmrt}
        addLabel={t('cmrt.add')}
        blank={() => ({ level: 'T5' })}
        onChange={set}
        row={(c, update1) => (
          <>
            <InlineSelect
              label={t('cmrt.level')}
              value={c.level}
              options={segments.map((s) => [s, s] as const)}
              onChange={(level) => update1({ ...c, level: level as Segment })}
            />
            <InlineText
              label={t('cmrt.note')}
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
