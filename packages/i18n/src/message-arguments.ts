import { compileMessage, type CompiledMessage } from './compiled-message';

function collect(message: CompiledMessage, found: Set<string>): void {
  for (const token of message) {
    if (typeof token === 'string') continue;
    const [name, type, format] = token;
    found.add(name);
    if (
      (type === 'plural' || type === 'selectordinal' || type === 'select') &&
      typeof format === 'object' &&
      format !== null
    )
      for (const [key, option] of Object.entries(format))
        if (key !== 'offset' && Array.isArray(option)) collect(option as CompiledMessage, found);
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
  collect(compileMessage(message), found);
  return [...found].sort();
}
