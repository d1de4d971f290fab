import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { printAST } from '@formatjs/icu-messageformat-parser/printer.js';

/** Markers around every pseudo-localised message: visible text outside them was never translated. */
export const pseudoOpen = '⟦';
export const pseudoClose = '⟧';

const accents: Readonly<Record<string, string>> = Object.fromEntries(
  [...'abcdeghiklnorstuyzABCDEGHIKLNORSTUYZ'].map((c, i) => [
    c,
    [...'áƀçđéĝĥíķĺñóŕšţúýžÁßÇĐÉĜĤÍĶĹÑÓŔŠŢÚÝŽ'][i] ?? c,
  ]),
);

function accent(text: string): string {
  return [...text].map((c) => accents[c] ?? c).join('');
}

function walk(elements: MessageFormatElement[]): MessageFormatElement[] {
  return elements.map((element) => {
    switch (element.type) {
      case TYPE.literal:
        return { ...element, value: accent(element.value) };
      case TYPE.plural:
      case TYPE.select:
        return {
          ...element,
          options: Object.fromEntries(
            Object.entries(element.options).map(([key, option]) => [
              key,
              { ...option, value: walk(option.value) },
            ]),
          ),
        };
      case TYPE.tag:
        return { ...element, children: walk(element.children) };
      default:
        return element;
    }
  });
}

/**
 * The pseudo-locale form of an ICU message: letters accented, 40 % longer (padding after the text,
 * as German or Portuguese run), wrapped in ⟦ ⟧; placeholders, plurals and selects keep working.
 *
 * Source: issue 24 (quality gates).
 *
 * @example
 * pseudolocalize('{count, plural, one {# visit} other {# visits}}');
 * // '⟦{count, plural, one {# ṽíšíţ} other {# ṽíšíţš}}·····⟧'
 */
export function pseudolocalize(message: string): string {
  const printed = printAST(walk(parse(message, { ignoreTag: true })));
  // In words of at most eight dots, so the padding wraps as a longer sentence would.
  const padding = (' ' + '·'.repeat(Math.ceil(visibleLength(message) * 0.4)))
    .replaceAll(/(·{8})(?=·)/g, '$1 ')
    .trimStart();
  return `${pseudoOpen}${printed}${padding}${pseudoClose}`;
}

/** The message's length without its ICU syntax, roughly what a reader sees. */
function visibleLength(message: string): number {
  return message.replaceAll(/\{[^{}]*\}/g, 'xxxx').length;
}
