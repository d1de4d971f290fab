import { bournemouthBack, bournemouthNeck } from './bournemouth';
import type { InstrumentDefinition } from './instrument-definition';
import type { InstrumentId } from './instrument-id';
import { ndi } from './ndi';
import { nprs } from './nprs';
import { odi } from './odi';
import { psfs } from './psfs';

/**
 * Every instrument definition by id, for lists, forms and text packs.
 *
 * Source: clinical-notes §2.
 *
 * @example
 * instruments.odi.version; // '2.1a'
 */
export const instruments: Readonly<Record<InstrumentId, InstrumentDefinition>> = {
  nprs,
  psfs,
  'bournemouth-back': bournemouthBack,
  'bournemouth-neck': bournemouthNeck,
  ndi,
  odi,
};
