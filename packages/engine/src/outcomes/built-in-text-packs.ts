import { bournemouthBack, bournemouthNeck, type BournemouthItemId } from './bournemouth';
import { de } from './built-in-packs/de';
import { es } from './built-in-packs/es';
import { fr } from './built-in-packs/fr';
import { it } from './built-in-packs/it';
import { ja } from './built-in-packs/ja';
import { ptBr } from './built-in-packs/pt-br';
import type { BournemouthWording, BuiltInWording, ScaleItemWording } from './built-in-packs/wording';
import type { InstrumentId } from './instrument-id';
import { nprs } from './nprs';
import { psfs } from './psfs';
import type { TextPack } from './text-pack';

const translator = 'SOT Chart translation (unvalidated, not a published validated translation)';

function scaleItems<K extends string>(wording: Readonly<Record<K, ScaleItemWording>>): TextPack['items'] {
  return Object.fromEntries(
    Object.entries<ScaleItemWording>(wording).map(([id, item]) => [
      id,
      { title: item.title, text: item.text, anchors: { ...item.anchors } },
    ]),
  );
}

function bournemouthPack(
  definition: typeof bournemouthBack | typeof bournemouthNeck,
  language: string,
  wording: BournemouthWording,
): TextPack {
  return {
    instrumentId: definition.id,
    version: definition.version,
    language,
    source: `${translator} of the English wording of ${definition.sources[0]}. Free clinical use (AECC).`,
    validated: false,
    title: wording.title,
    items: scaleItems<BournemouthItemId>(wording.items),
  };
}

function packsOf(wording: BuiltInWording): TextPack[] {
  const { language } = wording;
  return [
    {
      instrumentId: 'nprs',
      version: nprs.version,
      language,
      source: `${translator} of the 11-point Numeric Pain Rating Scale (NRS-11); free to use.`,
      validated: false,
      title: wording.nprs.title,
      items: scaleItems(wording.nprs.items),
    },
    {
      instrumentId: 'psfs',
      version: psfs.version,
      language,
      source: `${translator} of the instructions of ${psfs.sources[0]}; the authors permit reproduction.`,
      validated: false,
      title: wording.psfs.title,
      instructions: wording.psfs.instructions,
      items: {},
    },
    bournemouthPack(bournemouthBack, language, wording.bournemouthBack),
    bournemouthPack(bournemouthNeck, language, wording.bournemouthNeck),
  ];
}

/**
 * The text packs SOT Chart ships: its own translations of the freely usable instruments (NPRS, PSFS,
 * Bournemouth back and neck) into Japanese, Italian, Brazilian Portuguese, Spanish, French and German,
 * each naming its source and marked `validated: false`. ODI and NDI ship no translated wording: only a
 * clinic's licensed packs provide it. English keeps the shipped titles.
 *
 * Source: issue 24 ("freely usable ones (NPRS, PSFS, Bournemouth where its authors permit) ship with the
 * source named"; a translation that is not a published, validated one is marked); clinical-notes §2
 * (licence column).
 *
 * @example
 * builtInTextPacks.filter((p) => p.language === 'ja').map((p) => p.instrumentId);
 * // ['nprs', 'psfs', 'bournemouth-back', 'bournemouth-neck']
 */
export const builtInTextPacks: readonly TextPack[] = [ja, it, ptBr, es, fr, de].flatMap(packsOf);

const primary = (tag: string): string => tag.split('-')[0]?.toLowerCase() ?? '';

/** The pack in exactly the language, else one in the same language without or with another region. */
function inLanguage(packs: readonly TextPack[], language: string): TextPack | null {
  return (
    packs.find((p) => p.language.toLowerCase() === language.toLowerCase()) ??
    packs.find((p) => primary(p.language) === primary(language)) ??
    null
  );
}

/**
 * The wording a patient reading `language` is shown for one instrument: the clinic's loaded pack in
 * that language first (licensed wording), then SOT Chart's built-in translation, else English — the
 * clinic's English pack where it loaded one, or none (the shipped titles). Never changes a score.
 *
 * Source: issue 24 (the patient's language for questionnaires; only licensed translations the clinic
 * loaded for ODI); issue 9 (clinic text packs).
 *
 * @example
 * chooseTextPack('nprs', 'ja', [])?.validated; // false (built-in Japanese)
 * chooseTextPack('odi', 'ja', []); // null: ODI wording only from a licensed pack
 */
export function chooseTextPack(
  instrumentId: InstrumentId,
  language: string,
  clinicPacks: readonly TextPack[],
): TextPack | null {
  const clinic = clinicPacks.filter((p) => p.instrumentId === instrumentId);
  const builtIn = builtInTextPacks.filter((p) => p.instrumentId === instrumentId);
  return inLanguage(clinic, language) ?? inLanguage(builtIn, language) ?? inLanguage(clinic, 'en');
}
