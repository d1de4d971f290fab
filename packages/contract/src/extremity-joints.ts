import type { ExtraspinalRegion } from '@sotchart/engine';

/** The joints offered for extremity work, with the extraspinal region each one codes to. */
export const extremityJoints: Readonly<Record<string, ExtraspinalRegion>> = {
  shoulder: 'upper_extremity',
  elbow: 'upper_extremity',
  wrist: 'upper_extremity',
  hand: 'upper_extremity',
  hip: 'lower_extremity',
  knee: 'lower_extremity',
  ankle: 'lower_extremity',
  foot: 'lower_extremity',
  rib: 'rib_cage',
  TMJ: 'head',
};

/** The extraspinal region of a joint, or null for one this list does not know. */
export function regionOfJoint(joint: string): ExtraspinalRegion | null {
  return extremityJoints[joint] ?? null;
}
