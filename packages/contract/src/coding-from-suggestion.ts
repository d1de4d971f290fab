import type { CodingSuggestion } from '@sotchart/engine';
import type { CodingLine, ConfirmedCoding } from './confirmed-coding';

// A CMS-1500 line points at no more than 4 diagnoses (item 24E).
const maxPointers = 4;

/**
 * The engine's coding suggestion as claim lines, for the practitioner to confirm: the suggested M99.0x
 * diagnoses (spinal first) followed by `secondary` (e.g. the episode's neuromusculoskeletal diagnoses,
 * which the engine cannot know); the spinal CMT line with the suggested AT or GA, pointing at the spinal
 * M99.0x codes and then a secondary diagnosis while there is room; and 98943 pointing at the extraspinal
 * ones. Overrides start empty: they are the practitioner's to write.
 */
export function codingFromSuggestion(
  suggestion: CodingSuggestion,
  secondary: readonly string[] = [],
): ConfirmedCoding {
  const m99 = suggestion.diagnoses.map((d) => d.code as string);
  const diagnoses = [...m99, ...secondary.filter((code) => !m99.includes(code))];
  const pointerOf = (code: string) => diagnoses.indexOf(code) + 1;
  const spinal = suggestion.diagnoses.filter((d) => d.supportsSpinalCmt).map((d) => pointerOf(d.code));
  const others = suggestion.diagnoses.filter((d) => !d.supportsSpinalCmt).map((d) => pointerOf(d.code));
  const firstSecondary = diagnoses.length > m99.length ? [m99.length + 1] : [];
  const lines: CodingLine[] = suggestion.procedures.map((p) =>
    p.code === '98943'
      ? { code: p.code, modifiers: [], pointers: others.slice(0, maxPointers), units: 1 }
      : {
          code: p.code,
          modifiers:
            suggestion.modifier.code !== null && suggestion.modifier.appliesTo === p.code
              ? [suggestion.modifier.code]
              : [],
          pointers: [...spinal.slice(0, maxPointers - firstSecondary.length), ...firstSecondary].slice(
            0,
            maxPointers,
          ),
          units: 1,
        },
  );
  return { diagnoses, lines, overrides: [] };
}
