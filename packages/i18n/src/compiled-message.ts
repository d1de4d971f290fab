import { parse, TYPE } from '@formatjs/icu-messageformat-parser';
import { compiledMark } from './compiled-mark';

/**
 * An ICU message compiled ahead of time, so the browser formats it without the ICU parser: a message
 * of plain text is that text (its ICU quoting undone), any other is `compiledMark` + its AST as JSON
 * (what `intl-messageformat` takes in place of a string).
 *
 * @example
 * compileMessage("Don''t save"); // "Don't save"
 * compileMessage('{count, plural, one {# visit} other {# visits}}').startsWith(compiledMark); // true
 */
export function compileMessage(message: string): string {
  const ast = parse(message, { ignoreTag: true });
  if (ast.length === 0) return '';
  const [only] = ast;
  if (ast.length === 1 && only?.type === TYPE.literal) return only.value;
  return compiledMark + JSON.stringify(ast);
}

/** Every message of a catalogue compiled with {@link compileMessage}. */
export function compileCatalog(messages: Readonly<Record<string, string>>): Record<string, string> {
  return Object.fromEntries(Object.entries(messages).map(([key, message]) => [key, compileMessage(message)]));
}
