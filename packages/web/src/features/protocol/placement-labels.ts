import type { BlockSpec, PlacementSpec } from '@sotchart/engine';
import type { TFunction } from '@sotchart/i18n';

/** The words of each block side, as the settings form offers them. */
export const blockSideKeys = {
  category: 'blockSide.category',
  opposite: 'blockSide.opposite',
  short_leg: 'blockSide.shortLeg',
  long_leg: 'blockSide.longLeg',
} as const satisfies Readonly<Record<BlockSpec['side'], string>>;

/** The words of each landmark a block rests under. */
export const landmarkKeys = {
  trochanter: 'landmark.trochanter',
  acetabulum: 'landmark.acetabulum',
  asis: 'landmark.asis',
  iliac_crest: 'landmark.iliacCrest',
} as const satisfies Readonly<Record<BlockSpec['landmark'], string>>;

/** The words of each patient position. */
export const positionKeys = {
  prone: 'position.prone',
  supine: 'position.supine',
} as const satisfies Readonly<Record<PlacementSpec['position'], string>>;

/** "Prone; block 1 at the trochanter on the short-leg side; block 2 …", in the app's language. */
export function placementText(placement: PlacementSpec, t: TFunction<'protocol'>): string {
  const position = t(positionKeys[placement.position]);
  if (placement.placement === 'practitioner') return t('placementText.practitioner', { position });
  const blocks = placement.blocks
    .slice()
    .sort((a, b) => a.order - b.order)
    .map((b) => t('placementText.block', { order: b.order, landmark: b.landmark, side: b.side }));
  const [first, second] = blocks;
  if (first === undefined) return position;
  return second === undefined
    ? t('placementText.oneBlock', { position, block: first })
    : t('placementText.twoBlocks', { position, first, second });
}
