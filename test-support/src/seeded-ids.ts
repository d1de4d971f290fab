/** An id source that yields `prefix-0001`, `prefix-0002`, … so test output is stable. */
export function seededIds(prefix = 'id'): () => string {
  let n = 0;
  return () => `${prefix}-${String(++n).padStart(4, '0')}`;
}
