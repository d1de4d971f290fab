/**
 * Merges what a writer produced now with what the file held before, so a harness that has no saved run
 * on this machine (the 100 000-patient scale run, say, when only the throughput benchmark was run) keeps
 * its last written figures instead of vanishing. Items are keyed; the result follows the previous order,
 * each item replaced by its new version when there is one, and new items go after the item before them
 * in the new order.
 */
export function mergeKeyed<T>(previous: readonly T[], next: readonly T[], key: (item: T) => string): T[] {
  const nextByKey = new Map(next.map((item) => [key(item), item]));
  const out: T[] = previous.map((item) => nextByKey.get(key(item)) ?? item);
  const placed = new Set(out.map(key));
  let after = -1;
  for (const item of next) {
    const k = key(item);
    if (placed.has(k)) {
      after = out.findIndex((o) => key(o) === k);
      continue;
    }
    out.splice(after + 1, 0, item);
    placed.add(k);
    after += 1;
  }
  return out;
}

/** A block's text split at its `### ` headings: the part before the first, then one item per subsection. */
export function subsections(block: string): { readonly preamble: string; readonly items: string[] } {
  const parts = block.split(/\n(?=### )/);
  const first = parts[0] ?? '';
  return first.startsWith('### ')
    ? { preamble: '', items: parts }
    : { preamble: first, items: parts.slice(1) };
}

/** A subsection's key: its heading without the date it was measured. */
export const subsectionKey = (text: string): string =>
  (text.split('\n')[0] ?? '').replace(/ \(measured .*\)$/, '').trim();

/** The text between a writer block's markers in `markdown`, or '' when there is none. */
export function blockText(markdown: string, name: string): string {
  const begin = `<!-- ${name}: written by bench/src/report/write-benchmarks.ts; do not edit by hand -->`;
  const end = `<!-- /${name} -->`;
  const from = markdown.indexOf(begin);
  const to = markdown.indexOf(end);
  return from >= 0 && to > from ? markdown.slice(from + begin.length, to).trim() : '';
}

/** `next` (a section's new text) with the subsections only `previous` has kept in place. */
export function withKeptSubsections(previous: string, next: string): string {
  const old = subsections(previous);
  const now = subsections(next);
  const items = mergeKeyed(old.items, now.items, subsectionKey).map((t) => t.trimEnd());
  return [now.preamble.trimEnd(), ...items].join('\n\n');
}
