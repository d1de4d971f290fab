import { segments, type Segment } from '@sotchart/engine';
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

export interface AdjustmentsProps {
  readonly adjustments: VisitDraft['record']['treatment']['adjustments'];
  readonly update: (change: (draft: VisitDraft) => VisitDraft) => void;
}

/** Adjustments as clicks on the spine, each adjusted segment with its technique and listing. */
export function Adjustments({ adjustments, update }: AdjustmentsProps) {
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
        <h3>Adjusted segments</h3>
        {adjustments.length === 0 ? (
          <p className="muted small">Tap a segment on the spine to record an adjustment.</p>
        ) : null}
        <ul className="plain-list">
          {adjustments.map((a) => (
            <li key={a.segment} className="record-row">
              <strong className="segment-name">{a.segment}</strong>
              <InlineSelect
                label={`${a.segment} technique`}
                value={a.technique}
                options={[...new Set([a.technique, ...techniques])].map((t) => [t, t] as const)}
                onChange={(technique) => set(a.segment, { technique })}
              />
              <InlineText
                label={`${a.segment} listing`}
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
