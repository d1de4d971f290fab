import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { TimelineEntry } from '@sotchart/contract';
import { todaysDraft } from './todays-draft';

const entry = (visitId: string, visitAt: string, status: TimelineEntry['status']): TimelineEntry => ({
  visitId,
  visitAt,
  type: 'follow_up',
  status,
});

/** 9 March 2026, 01:30 UTC: still 8 March in Chicago (20:30 CDT), already 9 March in London and Auckland. */
const now = new Date('2026-03-09T01:30:00Z');

describe(todaysDraft.name, () => {
  const cases: { why: string; entries: TimelineEntry[]; timeZone: string; expected: string | undefined }[] = [
    {
      why: "a draft from this morning is today's",
      entries: [entry('a', '2026-03-09T00:10:00Z', 'draft')],
      timeZone: 'Europe/London',
      expected: 'a',
    },
    {
      why: "a draft from yesterday in the clinic's zone is not today's",
      entries: [entry('a', '2026-03-08T05:10:00Z', 'draft')],
      timeZone: 'Europe/London',
      expected: undefined,
    },
    {
      why: 'in Chicago, 18:00 on 8 March is still today although it is 9 March in UTC',
      entries: [entry('a', '2026-03-08T23:00:00Z', 'draft')],
      timeZone: 'America/Chicago',
      expected: 'a',
    },
    {
      why: 'a signed visit today is not a draft to continue',
      entries: [entry('s', '2026-03-09T00:10:00Z', 'signed')],
      timeZone: 'Europe/London',
      expected: undefined,
    },
    {
      why: 'of two drafts today, the newest (first, as the timeline sends them) is offered',
      entries: [
        entry('late', '2026-03-09T01:00:00Z', 'draft'),
        entry('early', '2026-03-09T00:05:00Z', 'draft'),
      ],
      timeZone: 'Pacific/Auckland',
      expected: 'late',
    },
  ];
  for (const c of cases) {
    test(c.why, () => {
      assert.equal(todaysDraft(c.entries, c.timeZone, now)?.visitId, c.expected);
    });
  }
});
