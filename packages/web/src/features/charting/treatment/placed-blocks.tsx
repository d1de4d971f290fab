import { blockLandmarks } from '../../blocking-diagram/landmark-names';
import { withTreatment, type VisitDraft } from '../draft/visit-draft';
import { InlineNumber, InlineSelect } from './inline-fields';
import { RecordList } from './record-list';

type Block = VisitDraft['record']['treatment']['blocks'][number];

/** The blocks as placed: prefilled from the plan, editable (side, landmark, minutes). */
export function PlacedBlocks({
  blocks,
  update,
}: {
  readonly blocks: readonly Block[];
  readonly update: (change: (draft: VisitDraft) => VisitDraft) => void;
}) {
  return (
    <RecordList<Block>
      title="Blocks as placed"
      items={blocks}
      max={4}
      addLabel="Add a block"
      blank={() => ({ side: 'R', landmark: 'trochanter', minutes: 0 })}
      onChange={(items) => update((d) => withTreatment(d, (t) => ({ ...t, blocks: items })))}
      row={(b, set, i) => (
        <>
          <strong>Block {i + 1}</strong>
          <InlineSelect
            label="Side"
            value={b.side}
            options={[
              ['L', 'left'],
              ['R', 'right'],
            ]}
            onChange={(side) => set({ ...b, side: side === 'L' ? 'L' : 'R' })}
          />
          <InlineSelect
            label="Landmark"
            value={b.landmark}
            options={blockLandmarks.map((l) => [l, l.replace('_', ' ')] as const)}
            onChange={(landmark) =>
              set({ ...b, landmark: blockLandmarks.find((l) => l === landmark) ?? b.landmark })
            }
          />
          <InlineNumber
            label="Minutes"
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
