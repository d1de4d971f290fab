import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { identifyingTokens, scrubLabel } from './scrub-label';

const tokens = identifyingTokens(['Wilhelmina', 'Quenneville', 'QX-7781', 'Oakmere Chiropractic']);

// Each row: text as a practitioner might type it, and what the research export keeps. Sources: HIPAA
// Safe Harbor identifier types (45 CFR 164.514(b)(2)(i)): (A) names of relatives and others, (L)
// vehicle identifiers and serial numbers, (M) device identifiers and serial numbers; the rest as before.
const cases: readonly { text: string; kept: string; why: string }[] = [
  {
    text: 'Seen with her husband John Smith today.',
    kept: 'Seen with her husband [removed] today.',
    why: '(A) a relative named after the relation',
  },
  {
    text: 'Referred by Dr. Maria Rossi for neck pain.',
    kept: 'Referred by Dr. [removed] for neck pain.',
    why: '(A) a practitioner named after a title',
  },
  {
    text: 'referred by Maria Rossi, physiotherapist',
    kept: 'referred by [removed], physiotherapist',
    why: '(A) a name after "referred by"',
  },
  {
    text: 'Accompanied by daughter, Anne-Marie McKay.',
    kept: 'Accompanied by daughter, [removed].',
    why: '(A) a hyphenated name after a relation and a comma',
  },
  {
    text: 'Mrs Okafor drove her in',
    kept: 'Mrs [removed] drove her in',
    why: '(A) a title without a period',
  },
  {
    text: 'Activator V S/N 12345-ABC',
    kept: 'Activator V S/N [removed]',
    why: '(M) a device serial after S/N',
  },
  {
    text: 'Impulse, serial no. XK-99812',
    kept: 'Impulse, serial no. [removed]',
    why: '(M) a device serial after "serial no."',
  },
  {
    text: 'unit XK-99812 on loan',
    kept: 'unit [removed] on loan',
    why: '(M) a serial-like code with no keyword',
  },
  {
    text: 'Rear-ended; car VIN 1HGCM82633A004352.',
    kept: 'Rear-ended; car VIN [removed].',
    why: '(L) a vehicle identification number after VIN',
  },
  {
    text: 'Whiplash after crash, vehicle 1HGCM82633A004352',
    kept: 'Whiplash after crash, vehicle [removed]',
    why: '(L) a 17-character VIN on its own',
  },
  {
    text: 'Drop for Quenneville at (217) 555-0142',
    kept: 'Drop for [removed] at [removed]',
    why: "(A), (D) the patient's own name and phone",
  },
  { text: 'Seen 2026-02-03, chart QX-7781', kept: 'Seen [removed], chart [removed]', why: '(C), (H)' },
  {
    text: 'Thompson drop, C5-C6-C7, M99.01, S13.4XXA',
    kept: 'Thompson drop, C5-C6-C7, M99.01, S13.4XXA',
    why: 'technique names, segment ranges and ICD-10-CM codes stay',
  },
  {
    text: 'Category II blocking with Sacro Occipital wedges',
    kept: 'Category II blocking with Sacro Occipital wedges',
    why: 'capitalised clinical words with no name context stay',
  },
];

describe(scrubLabel.name, () => {
  for (const c of cases)
    test(`scrubs "${c.text}" (${c.why})`, () => {
      assert.equal(scrubLabel(c.text, tokens), c.kept);
    });
});
