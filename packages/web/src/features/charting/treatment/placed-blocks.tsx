import { useTranslation } from '../../../i18n/translation';
import { blockLandmarks, type BlockLandmark } from '../../blocking-diagram/landmark-names';
import { withTreatment, type VisitDraft } from '../draft/visit-draft';
import { InlineNumber, InlineSelect } from './inline-fields';
import { RecordList } from './record-list';

type Block = VisitDraft['record']['treatment']['blocks'][number];

const landmarkOption = {
  iliac_crest: 'placed.landmark.iliacCrest',
  asis: 'placed.landmark.asis',
  acetabulum: 'placed.landmark.acetabulum',
  trochanter: 'placed.landmark.trochanter',
} as const satisfies Record<BlockLandmark, string>;

/** The blocks as placed: prefilled from the plan, editable (side, landmark, minutes). */
export function PlacedBlocks({
  blocks,
  update,
}: {
  readonly blocks: readonly Block[];
  readonly update: (change: (draft: VisitDraft) => VisitDraft) => void;
}) {
  const { t } = useTranslation('charting');
  return (
    <RecordList<Block>
      title={t('placed.title')}
      items={blocks}
      max={4}
      addLabel={t('placed.add')}
      blank={() => ({ side: 'R', landmark: 'trochanter', minutes: 0 })}
      onChange={(items) => update((d) => withTreatment(d, (t) => ({ ...t, blocks: items })))}
      row={(b, set, i) => (
        <>
          <strong>{t('placed.block', { number: i + 1 })}</strong>
          <InlineSelect
            label={t('placed.side')}
            value={b.side}
            options={[
              ['L', t('placed.left')],
              ['R', t('placed.right')],
            ]}
            onChange={(side) => set({ ...b, side: side === 'L' ? 'L' : 'R' })}
          />
          <InlineSelect
            label={t('placed.landmark')}
            value={b.landmark}
            options={blockLandmarks.map((l) => [l, t(landmarkOption[l])] as const)}
            onChange={(landmark) =>
              set({ ...b, landmark: blockLandmarks.find((l) => l === landmark) ?? b.landmark })
            }
          />
          <InlineNumber
            label={t('placed.minutes')}
            value={b.minutes}
            min={0}
            max={60}
            onChange={(minutes) => set({ ...b, minutes: minutes ?? 0 })}
          />
        </>
      )}
    />
  );
}
