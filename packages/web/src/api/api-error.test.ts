import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { ClinicSchema } from '@sotchart/contract';
import { ApiError, apiErrorOf, conflictRecord } from './api-error';

const storedClinic = {
  id: '01890a5d-ac96-774b-bcce-b302099a8057',
  name: 'Demo SOT Clinic',
  address: '',
  timeZone: 'America/Chicago',
  language: 'en',
  isDemo: true,
  country: 'US',
  taxId: null,
  taxIdType: 'ein',
  billingNpi: null,
  placeOfService: '11',
  phone: null,
  version: 3,
};

describe(apiErrorOf.name, () => {
  test('carries the code, message, details and current of an error body', () => {
    const error = apiErrorOf(
      409,
      {
        error: { code: 'VERSION_CONFLICT', message: 'Changed.', requestId: 'req-7' },
        current: storedClinic,
      },
      'fallback',
    );
    assert.deepEqual(
      [error.status, error.code, error.message, error.requestId, error.current],
      [409, 'VERSION_CONFLICT', 'Changed.', 'req-7', storedClinic],
    );
  });

  test('is INTERNAL with the fallback message when the body is not an error body', () => {
    const error = apiErrorOf(502, '<html>Bad gateway</html>', 'The server answered 502.');
    assert.deepEqual([error.code, error.message], ['INTERNAL', 'The server answered 502.']);
  });

  test('is INTERNAL when the body names a code outside the contract', () => {
    const body = { error: { code: 'TEAPOT', message: 'I am a teapot.', requestId: 'req-8' } };
    assert.equal(apiErrorOf(418, body, 'fallback').code, 'INTERNAL');
  });
});

describe(conflictRecord.name, () => {
  const conflict = (current: unknown) => new ApiError(409, 'VERSION_CONFLICT', 'Changed.', [], null, current);

  test('returns the stored record of a VERSION_CONFLICT', () =>
    assert.deepEqual(conflictRecord(conflict(storedClinic), ClinicSchema), storedClinic));

  test('returns nothing when the stored record does not fit the schema', () =>
    assert.equal(conflictRecord(conflict({ id: 'x' }), ClinicSchema), undefined));

  test('returns nothing for another error', () =>
    assert.equal(conflictRecord(new ApiError(400, 'VALIDATION_FAILED', 'Bad.'), ClinicSchema), undefined));
});
