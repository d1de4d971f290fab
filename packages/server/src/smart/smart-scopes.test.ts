import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { grantScopes, parseScope, scopesAllow } from './smart-scopes';

describe(parseScope.name, () => {
  // SMART App Launch 2.x §Scopes: v1 `.read` means read and search; v2 letters `r` read, `s` search.
  const cases = [
    { text: 'system/*.read', expected: { resourceType: '*', read: true, search: true } },
    { text: 'system/Patient.read', expected: { resourceType: 'Patient', read: true, search: true } },
    { text: 'system/Observation.rs', expected: { resourceType: 'Observation', read: true, search: true } },
    { text: 'system/Observation.s', expected: { resourceType: 'Observation', read: false, search: true } },
    { text: 'system/Patient.r', expected: { resourceType: 'Patient', read: true, search: false } },
  ];
  for (const { text, expected } of cases) {
    test(`reads ${text}`, () => {
      assert.deepEqual(parseScope(text), { text, ...expected });
    });
  }
  for (const text of [
    'system/*.write',
    'system/Patient.cruds',
    'patient/*.read',
    'user/Patient.rs',
    'system/*.*',
    'openid',
  ]) {
    test(`refuses ${text}: only system read scopes exist here`, () => {
      assert.equal(parseScope(text), undefined);
    });
  }
});

describe(grantScopes.name, () => {
  test('narrows a wildcard allowance to the types asked for', () => {
    assert.deepEqual(grantScopes(['system/Patient.read', 'system/Observation.rs'], ['system/*.read']), [
      'system/Patient.read',
      'system/Observation.rs',
    ]);
  });
  test('leaves out what the owner did not allow', () => {
    assert.deepEqual(grantScopes(['system/*.read', 'system/Patient.rs'], ['system/Patient.read']), [
      'system/Patient.rs',
    ]);
    assert.deepEqual(grantScopes(['system/Patient.rs'], ['system/Patient.s']), []);
  });
});

describe(scopesAllow.name, () => {
  test('checks the type and the interaction', () => {
    assert.equal(scopesAllow(['system/Patient.read'], 'Patient', 'read'), true);
    assert.equal(scopesAllow(['system/Patient.read'], 'Observation', 'search'), false);
    assert.equal(scopesAllow(['system/*.s'], 'Observation', 'search'), true);
    assert.equal(scopesAllow(['system/*.s'], 'Observation', 'read'), false);
  });
});
