import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { replaceBlock } from './replace-block';

const begin = '<!-- summary: written by bench/src/report/write-benchmarks.ts; do not edit by hand -->';
const end = '<!-- /summary -->';

describe(replaceBlock.name, () => {
  const cases = [
    {
      name: 'replaces the block between its markers and keeps the text around it',
      markdown: `# Benchmarks\n\nIntro.\n\n${begin}\nold\n${end}\n\n## Engine\n`,
      placeAfterTitle: true,
      expected: `# Benchmarks\n\nIntro.\n\n${begin}\nnew\n${end}\n\n## Engine\n`,
    },
    {
      name: 'puts a block not yet written before the first section when asked',
      markdown: '# Benchmarks\n\nIntro.\n\n## Engine\n',
      placeAfterTitle: true,
      expected: `# Benchmarks\n\nIntro.\n\n${begin}\nnew\n${end}\n\n## Engine\n`,
    },
    {
      name: 'puts a block not yet written at the end otherwise',
      markdown: '# Benchmarks\n\n## Engine\n\nText.\n',
      placeAfterTitle: false,
      expected: `# Benchmarks\n\n## Engine\n\nText.\n\n${begin}\nnew\n${end}\n`,
    },
  ];
  for (const c of cases)
    test(c.name, () => {
      assert.equal(replaceBlock(c.markdown, 'summary', '\nnew\n', c.placeAfterTitle), c.expected);
    });
});
