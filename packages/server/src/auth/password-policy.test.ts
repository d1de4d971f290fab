import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { passwordProblems } from './password-policy';

describe(passwordProblems.name, () => {
  // Rules: minimum length 12 (issue "accounts and roles"; NIST SP 800-63B §3.1.1.2 asks for at least 8
  // and a blocklist), common passwords refused, not derived from the email.
  const cases = [
    { password: 'sot-demo-2026-table', email: 'demo@example.com', ok: true, why: 'the demo login' },
    { password: 'correct horse battery', email: 'a@b.org', ok: true, why: 'a passphrase' },
    { password: 'Ünïcødé-pässwörd', email: 'a@b.org', ok: true, why: 'non-ASCII letters count once each' },
    { password: 'eleven-char', email: 'a@b.org', ok: false, why: 'shorter than 12' },
    { password: 'x'.repeat(257), email: 'a@b.org', ok: false, why: 'longer than 256' },
    { password: 'password1234', email: 'a@b.org', ok: false, why: 'in the common list' },
    { password: 'Password2026!', email: 'a@b.org', ok: false, why: 'a common word with digits and a symbol' },
    { password: 'Chiropractic2026', email: 'a@b.org', ok: false, why: 'the clinic’s own word' },
    { password: 'qwertyuiop12', email: 'a@b.org', ok: false, why: 'a keyboard run' },
    { password: 'aaaaaaaaaaaaaaaa', email: 'a@b.org', ok: false, why: 'one character repeated' },
    { password: 'abababab1212', email: 'a@b.org', ok: false, why: 'four characters repeated' },
    // zxcvbn score below 3 (issue 16, Low 14): passes every rule above, yet a cracker's second guess.
    { password: 'letmein!letmein!', email: 'a@b.org', ok: false, why: 'a common phrase typed twice' },
    { password: 'monkey123monkey', email: 'a@b.org', ok: false, why: 'a common word around digits' },
    { password: 'lantern-meadow-cobalt', email: 'a@b.org', ok: true, why: 'three uncommon words' },
    {
      password: 'dr.ana.ruiz@clinic.example',
      email: 'dr.ana.ruiz@clinic.example',
      ok: false,
      why: 'the email itself',
    },
    {
      password: 'anaruizclinic2026',
      email: 'anaruizclinic@x.org',
      ok: false,
      why: 'the email’s name and a year',
    },
  ];
  for (const c of cases) {
    test(`${c.ok ? 'accepts' : 'refuses'} ${c.why}`, () => {
      const problems = passwordProblems(c.password, { email: c.email });
      assert.equal(problems.length === 0, c.ok, JSON.stringify(problems));
      for (const p of problems) assert.equal(p.path, 'password');
    });
  }

  test('says why zxcvbn refuses a password: its warning and suggestions', () => {
    assert.deepEqual(passwordProblems('letmein!letmein!', {}, 'newPassword'), [
      {
        path: 'newPassword',
        message:
          'Too easy to guess. Repeated character patterns like "abcabcabc" are easy to guess. Add more words that are less common. Avoid repeated words and characters.',
      },
    ]);
  });

  test('names the field it was asked to', () => {
    assert.deepEqual(
      passwordProblems('short', {}, 'newPassword').map((p) => p.path),
      ['newPassword'],
    );
  });
});
