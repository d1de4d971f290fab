import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { addBundledCatalogs } from '../../i18n/bundled-catalogs';
import { whoLabel } from './audit-labels';

describe(whoLabel.name, () => {
  test('names the user, the patient at the kiosk, or the system', () => {
    addBundledCatalogs(['en'], ['audit']);
    assert.deepEqual(whoLabel({ by: 'user', actor: { id: 'u1', displayName: 'Dr Rivera' } }), {
      name: 'Dr Rivera',
      text: 'Dr Rivera',
    });
    assert.equal(whoLabel({ by: 'kiosk', actor: null }).text, 'Patient (kiosk)');
    assert.equal(whoLabel({ by: 'system', actor: null }).text, 'System');
  });
});
