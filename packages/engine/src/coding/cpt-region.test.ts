import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Segment } from '../findings/segment';
import { cptSpinalRegionOfSegment } from './cpt-region';

describe(cptSpinalRegionOfSegment.name, () => {
  const cases: { segment: Segment; region: string; source: string }[] = [
    {
      segment: 'OC',
      region: 'cervical',
      source: 'REFERENCE §8: CPT counts the atlanto-occipital joint as cervical',
    },
    { segment: 'C1', region: 'cervical', source: 'clinical-notes §1.5' },
    { segment: 'C7', region: 'cervical', source: 'clinical-notes §1.5' },
    { segment: 'T1', region: 'thoracic', source: 'clinical-notes §1.5' },
    { segment: 'T12', region: 'thoracic', source: 'clinical-notes §1.5' },
    { segment: 'L1', region: 'lumbar', source: 'clinical-notes §1.5' },
    { segment: 'L5', region: 'lumbar', source: 'clinical-notes §1.5' },
    { segment: 'SA', region: 'sacral', source: 'REFERENCE §8: sacral (SA, CO)' },
    { segment: 'CO', region: 'sacral', source: 'REFERENCE §8: sacral (SA, CO)' },
    {
      segment: 'IL',
      region: 'pelvic',
      source: 'REFERENCE §8: pelvic (IL); clinical-notes §1.5 sacro-iliac joint',
    },
  ];
  for (const c of cases)
    test(`puts ${c.segment} in the ${c.region} region (${c.source})`, () => {
      assert.equal(cptSpinalRegionOfSegment(c.segment), c.region);
    });
});
