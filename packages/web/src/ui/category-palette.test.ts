import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { categoryColours } from '@sotchart/contract';

describe('category palette', () => {
  test('gives the stylesheet the palette the charts and PDFs use (UX.md principle 8)', () => {
    const css = readFileSync(new URL('./base.css', import.meta.url), 'utf8');
    const variable = (name: string) => new RegExp(`--${name}:\\s*(#[0-9a-f]{6})`, 'i').exec(css)?.[1];
    assert.deepEqual(
      { I: variable('cat-1'), II: variable('cat-2'), III: variable('cat-3') },
      categoryColours,
    );
  });
});
