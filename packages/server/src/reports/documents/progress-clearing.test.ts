import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { clearingRows } from './progress-clearing';

const names: Record<string, string> = { occipital_fibers: 'Occipital fibres', arm_fossa: 'Arm–fossa test' };
const name = (id: string): string => names[id] ?? id;
const cell = { indicator: 'occipital_fibers', site: { line: 2, area: 5 } } as const;

describe(clearingRows.name, () => {
  test('counts each side of an occipital cell apart, naming the site and side', () => {
    const rows = clearingRows(
      [
        {
          visitAt: '2026-03-02T10:00:00.000Z',
          indicators: [
            { ...cell, side: 'L', cleared: true },
            { ...cell, side: 'R', cleared: false },
          ],
        },
        { visitAt: '2026-03-09T10:00:00.000Z', indicators: [{ ...cell, side: 'L', cleared: false }] },
      ],
      name,
    );
    assert.deepEqual(rows, [
      {
        label: 'Occipital fibres, line 2, area 5, left',
        positive: 2,
        cleared: 1,
        last: '2026-03-09T10:00:00.000Z',
      },
      {
        label: 'Occipital fibres, line 2, area 5, right',
        positive: 1,
        cleared: 0,
        last: '2026-03-02T10:00:00.000Z',
      },
    ]);
  });

  test('never pairs an upper-fossa item with a lower-fossa one', () => {
    const rows = clearingRows(
      [
        {
          visitAt: '2026-03-02T10:00:00.000Z',
          indicators: [
            { indicator: 'arm_fossa', site: { fossa: 'upper' }, side: 'R', cleared: true },
            { indicator: 'arm_fossa', site: { fossa: 'lower' }, side: 'R', cleared: false },
          ],
        },
      ],
      name,
    );
    assert.deepEqual(
      rows.map((r) => `${r.label}: ${r.cleared}/${r.positive}`),
      ['Arm–fossa test, lower fossa, right: 0/1', 'Arm–fossa test, upper fossa, right: 1/1'],
    );
  });

  test('names an unsided indicator without a site by its name alone', () => {
    const rows = clearingRows(
      [
        {
          visitAt: '2026-03-02T10:00:00.000Z',
          indicators: [{ indicator: 'leg_check', side: null, cleared: true }],
        },
      ],
      name,
    );
    assert.deepEqual(
      rows.map((r) => r.label),
      ['leg_check'],
    );
  });
});
