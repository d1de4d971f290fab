import assert from 'node:assert/strict';
import { createServer } from 'node:net';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { runCli } from '@sotchart/test-support';

/** One line, no stack trace. */
function assertOneSentence(stderr: string, pattern: RegExp): void {
  const text = stderr.trim();
  assert.match(text, pattern);
  assert.equal(text.split('\n').length, 1, `expected one line, got:\n${text}`);
  assert.doesNotMatch(text, /\n\s+at /);
}

describe('sotchart serve with bad configuration', () => {
  test('a DATA_DIR that runs through a regular file exits with one sentence', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sotchart-cfg-'));
    try {
      writeFileSync(join(dir, 'file'), 'not a folder');
      const res = await runCli(['serve'], { DATA_DIR: join(dir, 'file', 'data'), PORT: '0' });
      assert.equal(res.code, 1);
      assertOneSentence(res.stderr, /^Cannot create the data folder .* set DATA_DIR/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('an unreachable DATABASE_URL exits with one sentence and no password', async () => {
    const res = await runCli(['serve'], {
      DATABASE_URL: 'postgres://postgres:secret@127.0.0.1:1/test',
      PORT: '0',
    });
    assert.equal(res.code, 1);
    assertOneSentence(res.stderr, /^Cannot reach the PostgreSQL database .* check DATABASE_URL/);
    assert.doesNotMatch(res.stderr, /secret/);
  });

  test('a port in use exits with one sentence', async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const address = blocker.address();
    assert.ok(address !== null && typeof address === 'object');
    const dir = mkdtempSync(join(tmpdir(), 'sotchart-cfg-'));
    try {
      const res = await runCli(['serve'], { DATA_DIR: dir, PORT: String(address.port), SOTCHART_DEMO: '0' });
      assert.equal(res.code, 1);
      assertOneSentence(res.stderr, new RegExp(`^Port ${address.port} on 127.0.0.1 is already in use`));
    } finally {
      blocker.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('a PORT that is not a number exits with one sentence', async () => {
    const res = await runCli(['serve'], { PORT: 'eighty' });
    assert.equal(res.code, 1);
    assertOneSentence(res.stderr, /^PORT must be a whole number/);
  });
});
