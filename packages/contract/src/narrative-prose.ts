/** Joins the non-empty parts of a paragraph with spaces. */
export const sentence = (parts: readonly string[]): string => parts.filter((p) => p.trim() !== '').join(' ');

/** A list inside a sentence: items separated by semicolons, since items hold commas. */
export const list = (items: readonly string[]): string => items.join('; ');

/** A side in words; "none" has none. */
export const sideNames: Readonly<Record<string, string>> = { L: 'left', R: 'right', bilateral: 'both sides' };
