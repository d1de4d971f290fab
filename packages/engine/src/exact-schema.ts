import type { z } from 'zod';

/** `T` with `readonly` removed at every depth: zod's output has none, the engine's types have it everywhere. */
type Plain<T> = T extends readonly (infer U)[]
  ? Plain<U>[]
  : T extends object
    ? { -readonly [K in keyof T]: Plain<T[K]> }
    : T;

/**
 * `true` when two types describe one shape — the same fields, optional where optional, the same
 * values — whatever their `readonly` modifiers; `false` otherwise. (Mutual assignability would miss
 * an optional field only one of them has, the drift that makes a strict schema refuse real values.)
 *
 * Source: the identity check of TypeScript's conditional types (microsoft/TypeScript#27024).
 *
 * @example
 * const _sameShape: SameShape<z.output<typeof ChangeSchema>, Change> = true;
 */
export type SameShape<A, B> =
  (<T>() => T extends Plain<A> ? 1 : 2) extends <T>() => T extends Plain<B> ? 1 : 2 ? true : false;

/**
 * Types a schema as the hand-written type it describes, once the compiler has checked that the two are
 * one shape ({@link SameShape}): a schema that drifts from its type stops compiling where it is
 * declared, and what it parses carries the engine's own (readonly) type.
 *
 * Source: issue 17 item 2 (the server checks its answers against these schemas).
 *
 * @example
 * export const ScoreBandSchema = exactSchema<ScoreBand>()(
 *   z.object({ id: z.string(), label: z.string(), min: z.number(), max: z.number() }),
 * );
 */
export const exactSchema =
  <T>() =>
  <S extends z.ZodType>(
    schema: S & (SameShape<z.output<S>, T> extends true ? unknown : { readonly schemaDiffersFrom: T }),
  ): z.ZodType<T> =>
    // Sound by the check above: the output differs from T in `readonly` modifiers at most.
    schema as unknown as z.ZodType<T>;
