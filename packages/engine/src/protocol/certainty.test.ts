import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { weakestCertainty, type Certainty } from './certainty';

const rows: { certainties: Certainty[]; weakest: Certainty; ref: string }[] = [
  { certainties: ['sourced', 'sourced'], weakest: 'sourced', ref: '§9' },
  { certainties: ['sourced', 'conflicting'], weakest: 'conflicting', ref: '§9' },
  { certainties: ['conflicting', 'sourced', 'conflicting'], weakest: 'conflicting', ref: '§9' },
  {
    certainties: ['sourced', 'practitioner-defined', 'conflicting'],
    weakest: 'practitioner-defined',
    ref: '§9',
  },
  { certainties: ['practitioner-defined'], weakest: 'practitioner-defined', ref: '§9' },
  { certainties: [], weakest: 'sourced', ref: '§9 (nothing weaker given)' },
];

describe(weakestCertainty.name, () => {
  for (const row of rows)
    test(`reads [${row.certainties.join(', ')}] as ${row.weakest} (REFERENCE ${row.ref})`, () => {
      assert.equal(weakestCertainty(row.certainties), row.weakest);
    });
});
