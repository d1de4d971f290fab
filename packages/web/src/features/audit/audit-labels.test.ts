import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { whoLabel } from './audit-labels';

describe(whoLabel.name, () => {
  test('names the user, the patient at the kiosk, or the system', () => {
    assert.equal(whoLabel({ by: 'user', actor: { id: 'u1', displayName: 'Dr Rivera' } }), 'Dr Rivera');
    assert.equal(whoLabel({ by: 'kiosk', actor: null }), 'Patient (kiosk)');
    assert.equal(whoLabel({ by: 'system', actor: null }), 'System');
  });
});
