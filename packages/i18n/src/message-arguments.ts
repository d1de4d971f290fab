import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';

function collect(elements: readonly MessageFormatElement[], found: Set<string>): void {
  for (const element of elements) {
    if (element.type === TYPE.literal || element.type === TYPE.pound) continue;
    if (element.type === TYPE.tag) {
      collect(element.children, found);
      continue;
    }
    found.add(element.value);
    if (element.type === TYPE.plural || element.type === TYPE.select)
      for (const option of Object.values(element.options)) collect(option.value, found);
  }
}

/**
 * The names of the arguments an ICU message uses, sorted; throws on a message that is not valid ICU
 * MessageFormat. A translation must use exactly its English message's arguments, or the app would drop
 * or miss a value; how it uses them may differ (Japanese needs no plural where English has one).
 *
 * @example
 * messageArguments('{count, plural, one {# visit} other {# visits}} for {name}'); // ['count', 'name']
 */
export function messageArguments(message: string): string[] {
  const found = new Set<string>();
  collect(parse(message), found);
  return [...found].sort();
}
