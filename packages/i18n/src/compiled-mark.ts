/** Marks a compiled message that holds ICU syntax: the rest is its parsed form (AST) as JSON. */
export const compiledMark = '\u0001';
