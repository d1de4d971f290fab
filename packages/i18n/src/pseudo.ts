import { compileMessage, type CompiledMessage } from './compiled-message';

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

/**
 * The pseudo-locale form of an ICU message, compiled: letters accented, 40 % longer (padding after the
 * text, as German or Portuguese run), wrapped in ⟦ ⟧; placeholders, plurals and selects keep working.
 *
 * Source: issue 24 (quality gates).
 *
 * @example
 * pseudolocalize('{count, plural, one {# visit} other {# visits}}');
 * // ['⟦', ['count', 'plural', { one: ['#', ' víšíţ'], other: ['#', ' víšíţš'] }], '·····⟧']
 */
export function pseudolocalize(message: string): CompiledMessage {
  // In words of at most eight dots, so the padding wraps as a longer sentence would.
  const padding = (' ' + '·'.repeat(Math.ceil(visibleLength(message) * 0.4)))
    .replaceAll(/(·{8})(?=·)/g, '$1 ')
    .trimStart();
  return [pseudoOpen, ...compileMessage(message, accent), `${padding}${pseudoClose}`];
}

/** The message's length without its ICU syntax, roughly what a reader sees. */
function visibleLength(message: string): number {
  return message.replaceAll(/\{[^{}]*\}/g, 'xxxx').length;
}
