import type { BlockSpec, PlacementSpec } from '@sotchart/engine';

export const blockSideLabels: Readonly<Record<BlockSpec['side'], string>> = {
  category: "the category's side",
  opposite: 'the opposite side',
  short_leg: 'the short-leg side',
  long_leg: 'the long-leg side',
};

export const landmarkLabels: Readonly<Record<BlockSpec['landmark'], string>> = {
  trochanter: 'trochanter',
  acetabulum: 'acetabulum',
  asis: 'ASIS',
  iliac_crest: 'iliac crest',
};

export const positionLabels: Readonly<Record<PlacementSpec['position'], string>> = {
  prone: 'Prone',
  supine: 'Supine',
};

/** "Prone; block 1 under the trochanter on the short-leg side; block 2 …" */
export function placementText(placement: PlacementSpec): string {
  if (placement.placement === 'practitioner') {
    return `${positionLabels[placement.position]}; blocks placed by the practitioner`;
  }
  const blocks = placement.blocks
    .slice()
    .sort((a, b) => a.order - b.order)
    .map((b) => `block ${b.order} at the ${landmarkLabels[b.landmark]} on ${blockSideLabels[b.side]}`);
  return [positionLabels[placement.position], ...blocks].join('; ');
}
