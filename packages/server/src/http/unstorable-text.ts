import { unstorableTextReason } from '@sotchart/contract';
import type { ErrorDetail } from '../errors';

type Part = 'body' | 'query' | 'params';

/** A value met on the walk, with the way back to the root (paths are only spelled out for a detail). */
interface Visit {
  readonly value: unknown;
  readonly key: string | null;
  readonly parent: Visit | null;
}

function pathOf(visit: Visit, part: Part): string {
  const keys: string[] = [];
  for (let v: Visit | null = visit; v !== null && v.key !== null; v = v.parent) keys.push(v.key);
  const joined = keys.reverse().join('.');
  if (part === 'body') return joined || 'body';
  return joined ? `${part}.${joined}` : part;
}

/**
 * Every string in a request's body, query or params that the database cannot store as sent (U+0000, a
 * lone surrogate), as error details named like zod's (`findings.1.note`, `query.q`), in document order.
 * The contract's text schemas already refuse them; this catches the strings those schemas do not reach:
 * the engine's schemas (a finding's `note`), `z.unknown()` values and object keys. It walks with its
 * own stack, so a deeply nested body cannot overflow the call stack.
 */
export function unstorableTextDetails(value: unknown, part: Part): ErrorDetail[] {
  const details: ErrorDetail[] = [];
  const stack: Visit[] = [{ value, key: null, parent: null }];
  while (stack.length > 0) {
    const visit = stack.pop()!;
    const item = visit.value;
    if (typeof item === 'string') {
      const reason = unstorableTextReason(item);
      if (reason !== undefined) details.push({ path: pathOf(visit, part), message: reason });
    } else if (typeof item === 'object' && item !== null) {
      const entries = Array.isArray(item)
        ? item.map((v, i) => [String(i), v] as const)
        : Object.entries(item);
      for (let i = entries.length - 1; i >= 0; i -= 1) {
        const [key, child] = entries[i]!;
        const reason = unstorableTextReason(key);
        if (reason === undefined) stack.push({ value: child, key, parent: visit });
        else details.push({ path: pathOf(visit, part), message: `has a key that ${reason}` });
      }
    }
  }
  return details;
}
