import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { loggablePath } from './secret-paths';

describe(loggablePath.name, () => {
  const cases = [
    {
      path: '/calendar/Zm9vYmFyYmF6cXV4cXV1eHF1dXhxdXV4cXV1eHF1dXhxdXU.ics',
      logged: '/calendar/[redacted].ics',
    },
    { path: '/calendar/anything.ics', logged: '/calendar/[redacted].ics' },
    { path: '/api/me/calendar-feed', logged: '/api/me/calendar-feed' },
    { path: '/api/patients/123', logged: '/api/patients/123' },
  ];
  for (const c of cases)
    test(`logs ${c.path} as ${c.logged}`, () => {
      assert.equal(loggablePath(c.path), c.logged);
    });
});
