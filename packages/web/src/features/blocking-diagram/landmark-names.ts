import type { SchematicLandmark } from '@sotchart/engine';
import { i18n } from '../../i18n/translation';

/** The landmarks a block can sit under (the engine's block landmarks). */
export type BlockLandmark = 'trochanter' | 'acetabulum' | 'asis' | 'iliac_crest';

export const blockLandmarks: readonly BlockLandmark[] = ['iliac_crest', 'asis', 'acetabulum', 'trochanter'];

/** The schematic's landmarks, each as a short label drawn beside it on the diagram. */
export const landmarkLabelKey = {
  iliac_crest: 'diagram.label.iliacCrest',
  asis: 'diagram.label.asis',
  psis: 'diagram.label.psis',
  acetabulum: 'diagram.label.acetabulum',
  trochanter: 'diagram.label.trochanter',
  sacrum: 'diagram.label.sacrum',
} as const satisfies Record<SchematicLandmark['id'], string>;

/**
 * "block 1 under the right iliac crest", in the app's language (read while rendering): the phrase is
 * one message, since the side agrees with the landmark's gender in several languages.
 */
export function blockPhrase(block: {
  readonly order: number;
  readonly side: 'L' | 'R' | null;
  readonly landmark: BlockLandmark;
}): string {
  return i18n.t('block.phrase', {
    ns: 'blocking',
    order: block.order,
    side: block.side ?? 'none',
    landmark: block.landmark,
  });
}
