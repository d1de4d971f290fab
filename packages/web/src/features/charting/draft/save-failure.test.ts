import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { ErrorCode } from '@sotchart/contract';
import { ApiError } from '../../../api/api-error';
import { makeVisit } from './draft-fixtures';
import { saveFailureOf, type SaveFailure } from './save-failure';

/** A failure in one line: its kind, with their version for a conflict and the message for an error. */
function failureText(failure: SaveFailure): string {
  switch (failure.kind) {
    case 'conflict':
      return `conflict with v${failure.theirs.version}`;
    case 'error':
      return `error: ${failure.message}`;
    default:
      return failure.kind;
  }
}

describe(saveFailureOf.name, () => {
  // The error codes are ARCHITECTURE.md's ("Errors"); NETWORK is the client's own for no answer.
  const cases: { why: string; error: unknown; failure: string }[] = [
    {
      why: 'a version conflict carrying the stored visit is a conflict with that visit',
      error: new ApiError(
        409,
        ErrorCode.VERSION_CONFLICT,
        'Changed since',
        [],
        'r1',
        makeVisit({ version: 4 }),
      ),
      failure: 'conflict with v4',
    },
    {
      why: 'a version conflict whose stored record is not a visit is shown as an error, never merged',
      error: new ApiError(409, ErrorCode.VERSION_CONFLICT, 'Changed since', [], 'r1', { version: 4 }),
      failure: 'error: Changed since',
    },
    {
      why: 'a visit already signed stops the draft',
      error: new ApiError(409, ErrorCode.VISIT_SIGNED, 'Signed'),
      failure: 'signed-elsewhere',
    },
    {
      why: 'no answer from the server means offline',
      error: new ApiError(0, ErrorCode.NETWORK, 'Failed to fetch'),
      failure: 'offline',
    },
    {
      why: 'a sign-in given up is shown with its message (the edits stay on this device)',
      error: new ApiError(401, ErrorCode.UNAUTHENTICATED, 'Signed out.'),
      failure: 'error: Signed out.',
    },
    {
      why: 'a refused body is shown with its message',
      error: new ApiError(400, ErrorCode.VALIDATION_FAILED, 'findings.0.side: invalid'),
      failure: 'error: findings.0.side: invalid',
    },
    {
      why: 'a bug in the client is shown with its message',
      error: new TypeError('boom'),
      failure: 'error: boom',
    },
    { why: 'a thrown non-error is shown as text', error: 'plain', failure: 'error: plain' },
  ];
  for (const c of cases) {
    test(c.why, () => {
      assert.equal(failureText(saveFailureOf(c.error)), c.failure);
    });
  }
});
