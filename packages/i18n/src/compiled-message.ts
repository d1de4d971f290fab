import { compileMessageOrThrow, type CompiledMessage } from '@lingui/message-utils/compileMessage';

export type { CompiledMessage };

/** A namespace's messages compiled for formatting, by key. */
export type CompiledCatalog = Readonly<Record<string, CompiledMessage>>;

/**
 * An ICU message compiled ahead of time into Lingui's form (text pieces and placeholders), so the
 * browser formats it without an ICU parser; throws on a message that is not valid ICU MessageFormat.
 * `mapText` rewrites every piece of text, never a placeholder (the pseudo-locale accents with it).
 *
 * @example
 * compileMessage("Don''t save"); // ["Don't save"]
 * compileMessage('{count, plural, one {# visit} other {# visits}}');
 * // [['count', 'plural', { offset: undefined, one: ['#', ' visit'], other: ['#', ' visits'] }]]
 */
export function compileMessage(message: string, mapText?: (text: string) => string): CompiledMessage {
  return compileMessageOrThrow(message, mapText);
}

/** Every message of a catalogue compiled with {@link compileMessage}. */
export function compileCatalog(
  messages: Readonly<Record<string, string>>,
  compile: (message: string) => CompiledMessage = compileMessage,
): Record<string, CompiledMessage> {
  return Object.fromEntries(Object.entries(messages).map(([key, message]) => [key, compile(message)]));
}
