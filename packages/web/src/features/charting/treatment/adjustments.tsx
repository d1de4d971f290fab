import { segments, type Segment } from '@sotchart/engine';
import { useTranslation } from '../../../i18n/translation';
import { withRecord, type VisitDraft } from '../draft/visit-draft';
import { InlineSelect, InlineText } from './inline-fields';
import { SpinePicker } from './spine-picker';

const techniques = [
  'SOT (manual)',
  'Diversified',
  'Activator',
  'Impulse instrument',
  'Drop table',
  'Toggle recoil',
  'Flexion-distraction',
  'Sitting Disc Technique',
  'Other',
] as const;

// Each technique's name in words; the record keeps the English name the list offers.
const techniqueKey = {
  'SOT (manual)': 'technique.sotManual',
  Diversified: 'technique.diversified',
  Activator: 'technique.activator',
  'Impulse instrument': 'technique.impulse',
  'Drop table': 'technique.dropTable',
  'Toggle recoil': 'technique.toggleRecoil',
  'Flexion-distraction': 'technique.flexionDistraction',
  'Sitting Disc Technique': 'technique.sittingDisc',
  Other: 'technique.other',
} as const satisfies Record<(typeof techniques)[number], string>;

const isTechnique = (name: string): name is (typeof techniques)[number] => name in techniqueKey;

export interface AdjustmentsProps {
  readonly adjustments: VisitDraft['record']['treatment']['adjustments'];
  readonly update: (change: (draft: VisitDraft) => VisitDraft) => void;
}

/** Adjustments as clicks on the spine, each adjusted segment with its technique and listing. */
export function Adjustments({ adjustments, update }: AdjustmentsProps) {
  const { t } = useTranslation('charting');
  const techniqueName = (name: string) => (isTechnique(name) ? t(techniqueKey[name]) : name);
  const adjusted = new Set(adjustments.map((a) => a.segment));
  const toggle = (segment: Segment) =>
    update((d) =>
      withRecord(d, (r) => {
        const list = r.treatment.adjustments;
        if (list.some((a) => a.segment === segment))
          return {
            ...r,
            treatment: { ...r.treatment, adjustments: list.filter((a) => a.segment !== segment) },
            part: r.part.filter(
              (p) => p.segment !== segment || (segment === 'IL' && r.treatment.blocks.length > 0),
            ),
          };
        const technique = list[list.length - 1]?.technique ?? techniques[0];
        const next = [...list, { segment, technique }].sort(
          (a, b) => segments.indexOf(a.segment) - segments.indexOf(b.segment),
        );
        return { ...r, treatment: { ...r.treatment, adjustments: next } };
      }),
    );
  const set = (segment: Segment, change: Partial<(typeof adjustments)[number]>) =>
    update((d) =>
      withRecord(d, (r) => ({
        ...r,
        treatment: {
          ...r.treatment,
          adjustments: r.treatment.adjustments.map((a) => (a.segment === segment ? { ...a, ...change } : a)),
        },
      })),
    );
  return (
    <div className="adjustments">
      <SpinePicker adjusted={adjusted} onToggle={toggle} />
      <div className="stack">
        <h3>{t('adjustments.heading')}</h3>
        {adjustments.length === 0 ? <p className="muted small">{t('adjustments.empty')}</p> : null}
        <ul className="plain-list">
          {adjustments.map((a) => (
            <li key={a.segment} className="record-row">
              <strong className="segment-name" translate="no">
                {a.segment}
              </strong>
              <InlineSelect
                label={t('adjustments.technique', { segment: a.segment })}
                value={a.technique}
                options={[...new Set([a.technique, ...techniques])].map(
                  (n) => [n, techniqueName(n)] as const,
                )}
                onChange={(technique) => set(a.segment, { technique })}
              />
              <InlineText
                label={t('adjustments.listing', { segment: a.segment })}
                value={a.listing ?? ''}
                maxLength={40}
                onChange={(listing) => set(a.segment, listing === '' ? { listing: undefined } : { listing })}
              />
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
