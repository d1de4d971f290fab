import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { ErrorBodySchema } from './common';

const bodyWith = (code: string) => ({ error: { code, message: 'm', requestId: 'req-1' } });

describe('ErrorBodySchema', () => {
  // ARCHITECTURE.md, "Errors": the table's codes, and INTERNAL for a 500.
  const sent = [
    'VALIDATION_FAILED',
    'UNAUTHENTICATED',
    'FORBIDDEN',
    'NOT_FOUND',
    'VERSION_CONFLICT',
    'VISIT_SIGNED',
    'LINK_EXPIRED',
    'PAYLOAD_TOO_LARGE',
    'UNSUPPORTED_MEDIA_TYPE',
    'OVERRIDE_REASON_REQUIRED',
    'SCREEN_INCOMPLETE',
    'RATE_LIMITED',
    'DATABASE_UNAVAILABLE',
    'INTERNAL',
  ];
  for (const code of sent) {
    test(`accepts ${code}, a code the server sends`, () =>
      assert.equal(ErrorBodySchema.safeParse(bodyWith(code)).success, true));
  }
  // NETWORK and CONTRACT_MISMATCH are named by the client itself, never by a server's answer.
  for (const code of ['NETWORK', 'CONTRACT_MISMATCH', 'TEAPOT']) {
    test(`refuses ${code}, which no server answer carries`, () =>
      assert.equal(ErrorBodySchema.safeParse(bodyWith(code)).success, false));
  }
});
