import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { splitAddress, type PostalAddress } from './postal-address';

// Box 5 of the CMS-1500 asks for street, city, state (2 letters) and ZIP in their own boxes.
const cases: [string, PostalAddress][] = [
  [
    '9 Shore Road, Lakeside, IL 60000',
    { street: '9 Shore Road', city: 'Lakeside', state: 'IL', zip: '60000' },
  ],
  [
    '1 Main St, Springfield IL 62701-1234',
    { street: '1 Main St', city: 'Springfield', state: 'IL', zip: '62701-1234' },
  ],
  [
    '12 Harbour Road, Springfield, IL',
    { street: '12 Harbour Road', city: 'Springfield', state: 'IL', zip: '' },
  ],
  ['12 Harbour Road, Springfield', { street: '12 Harbour Road', city: 'Springfield', state: '', zip: '' }],
  ['Flat 2,  3 Mill Lane, Leeds', { street: 'Flat 2, 3 Mill Lane', city: 'Leeds', state: '', zip: '' }],
  ['PO Box 7', { street: 'PO Box 7', city: '', state: '', zip: '' }],
  ['', { street: '', city: '', state: '', zip: '' }],
];

describe(splitAddress.name, () => {
  for (const [line, expected] of cases)
    test(`splits "${line}"`, () => {
      assert.deepEqual(splitAddress(line), expected);
    });
});
