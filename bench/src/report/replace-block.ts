/**
 * Replaces the block between the writer's markers for `name` with `content`. A block not yet in the
 * file goes before the first section when `placeAfterTitle`, else at the end.
 */
export function replaceBlock(
  markdown: string,
  name: string,
  content: string,
  placeAfterTitle: boolean,
): string {
  const begin = `<!-- ${name}: written by bench/src/report/write-benchmarks.ts; do not edit by hand -->`;
  const end = `<!-- /${name} -->`;
  const block = `${begin}\n${content.trim()}\n${end}`;
  const from = markdown.indexOf(begin);
  const to = markdown.indexOf(end);
  if (from >= 0 && to > from) return markdown.slice(0, from) + block + markdown.slice(to + end.length);
  if (placeAfterTitle) {
    const firstSection = markdown.indexOf('\n## ');
    return firstSection < 0
      ? `${markdown.trimEnd()}\n\n${block}\n`
      : `${markdown.slice(0, firstSection)}\n${block}\n${markdown.slice(firstSection)}`;
  }
  return `${markdown.trimEnd()}\n\n${block}\n`;
}
