const placeholder = /\{(\w+)\}/g;
const escape = (text: string): string => text.replaceAll(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A catalogue keyed by English text (the `errors` catalogue) may key a message built with values by
 * its template, e.g. `Use at least {count} characters.`: this is the pattern that finds such a message
 * and its values in the text the server built. Undefined for a key without placeholders.
 *
 * @example
 * templatePattern('Use at least {count} characters.')?.exec('Use at least 12 characters.')?.groups;
 * // { count: '12' }
 */
export function templatePattern(key: string): RegExp | undefined {
  if (!/\{\w+\}/.test(key)) return undefined;
  const source = key
    .split(placeholder)
    .map((part, i) => (i % 2 === 0 ? escape(part) : `(?<${part}>.+?)`))
    .join('');
  return new RegExp(`^${source}$`, 'su');
}

/**
 * How a template key is written in TypeScript source, as a template literal with `${…}` for each
 * placeholder: the catalogue check finds the code that builds the message with it.
 */
export function templateSourcePattern(key: string): RegExp {
  return new RegExp(
    key
      .split(placeholder)
      .map((part, i) => (i % 2 === 0 ? escape(part) : '\\$\\{[^`]+?\\}'))
      .join(''),
    'u',
  );
}
