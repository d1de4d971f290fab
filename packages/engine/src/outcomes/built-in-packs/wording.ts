import type { BournemouthItemId } from '../bournemouth';
import type { NprsItemId } from '../nprs';

/** One 0–10 item of a built-in translation: its title, the question and the labels of the scale's ends. */
export interface ScaleItemWording {
  readonly title: string;
  readonly text: string;
  readonly anchors: { readonly min: string; readonly max: string };
}

/** One Bournemouth version (back or neck) in one language. */
export interface BournemouthWording {
  readonly title: string;
  readonly items: Readonly<Record<BournemouthItemId, ScaleItemWording>>;
}

/**
 * SOT Chart's own translation of the freely usable instruments into one language: NPRS, PSFS and
 * both Bournemouth versions. None of them is a published, validated translation.
 *
 * Source: issue 24 (freely usable instruments ship with the source named; an unvalidated translation
 * is marked); clinical-notes §2 (licence column: NPRS and PSFS free, Bournemouth free clinical use).
 *
 * @example
 * const ja: BuiltInWording = { language: 'ja', nprs: { … }, psfs: { … }, bournemouthBack: { … }, bournemouthNeck: { … } };
 */
export interface BuiltInWording {
  /** BCP 47 tag, one of the app's languages. */
  readonly language: string;
  readonly nprs: { readonly title: string; readonly items: Readonly<Record<NprsItemId, ScaleItemWording>> };
  readonly psfs: { readonly title: string; readonly instructions: string };
  readonly bournemouthBack: BournemouthWording;
  readonly bournemouthNeck: BournemouthWording;
}
