import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';

function collect(elements: readonly MessageFormatElement[], found: Map<string, number>): void {
  for (const element of elements) {
    if (element.type === TYPE.literal || element.type === TYPE.pound) continue;
    if (element.type === TYPE.tag) {
      collect(element.children, found);
      continue;
    }
    found.set(element.value, element.type);
    if (element.type === TYPE.plural || element.type === TYPE.select)
      for (const option of Object.values(element.options)) collect(option.value, found);
  }
}

/**
 * The arguments an ICU message uses, each with its kind (plain, number, date, plural, select…), as
 * sorted `name:kind` strings; throws on a message that is not valid ICU MessageFormat. A translation
 * must use exactly its English message's arguments, or the app would drop or miss a value.
 *
 * @example
 * messageArguments('{count, plural, one {# visit} other {# visits}} for {name}'); // ['count:6', 'name:1']
 */
export function messageArguments(message: string): string[] {
  const found = new Map<string, number>();
  collect(parse(message), found);
  return [...found].map(([name, kind]) => `${name}:${kind}`).sort();
}
