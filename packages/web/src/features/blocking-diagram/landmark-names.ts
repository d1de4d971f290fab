import type { SchematicLandmark } from '@sotchart/engine';

/** The landmarks a block can sit under (the engine's block landmarks). */
export type BlockLandmark = 'trochanter' | 'acetabulum' | 'asis' | 'iliac_crest';

export const blockLandmarks: readonly BlockLandmark[] = ['iliac_crest', 'asis', 'acetabulum', 'trochanter'];

/** Plain names of the schematic's landmarks. */
export const landmarkNames: Readonly<Record<SchematicLandmark['id'], string>> = {
  iliac_crest: 'iliac crest',
  asis: 'ASIS',
  psis: 'PSIS',
  acetabulum: 'acetabulum',
  trochanter: 'greater trochanter',
  sacrum: 'sacrum',
};

/** "left", "right", or "" for a midline landmark. */
export function sideName(side: 'L' | 'R' | null): string {
  return side === 'L' ? 'left' : side === 'R' ? 'right' : '';
}

/** "block 1 under the right iliac crest". */
export function blockPhrase(block: {
  readonly order: number;
  readonly side: 'L' | 'R' | null;
  readonly landmark: BlockLandmark;
}): string {
  const side = block.side === null ? '(side not set)' : sideName(block.side);
  return `block ${block.order} under the ${side} ${landmarkNames[block.landmark]}`;
}
