import assert from 'node:assert/strict';
import { appendFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { loadConfig } from '../config';
import { AnchorFile, type Checkpoint } from './anchor-file';

const folder = mkdtempSync(join(tmpdir(), 'sotchart-anchor-'));
after(() => rmSync(folder, { recursive: true, force: true }));

const hash = (c: string) => c.repeat(64);
const checkpoint = (chain: string, rows: number, h: string): Checkpoint => ({
  chain,
  rows,
  hash: hash(h),
  at: '2026-03-02T14:30:00.000Z',
});

describe(AnchorFile.name, () => {
  test('appends one JSON line per checkpoint and keeps the latest of each chain', () => {
    const path = join(folder, 'lines.jsonl');
    const file = new AnchorFile(path);
    file.append([checkpoint('a', 1, 'a'), checkpoint('b', 2, 'b')]);
    file.append([checkpoint('a', 3, 'c')]);
    assert.equal(
      readFileSync(path, 'utf8'),
      [
        `{"chain":"a","rows":1,"hash":"${hash('a')}","at":"2026-03-02T14:30:00.000Z"}`,
        `{"chain":"b","rows":2,"hash":"${hash('b')}","at":"2026-03-02T14:30:00.000Z"}`,
        `{"chain":"a","rows":3,"hash":"${hash('c')}","at":"2026-03-02T14:30:00.000Z"}`,
        '',
      ].join('\n'),
    );
    const reader = new AnchorFile(path);
    reader.refresh();
    assert.deepEqual(reader.latest.get('a'), checkpoint('a', 3, 'c'));
    assert.deepEqual(reader.latest.get('b'), checkpoint('b', 2, 'b'));
    assert.equal(reader.lines, 3);
  });

  test('reads only what was appended since, by itself or another process', () => {
    const path = join(folder, 'incremental.jsonl');
    const file = new AnchorFile(path);
    file.append([checkpoint('a', 1, 'a')]);
    file.refresh();
    appendFileSync(path, `${JSON.stringify(checkpoint('a', 2, 'b'))}\n`);
    file.refresh();
    assert.deepEqual(file.latest.get('a'), checkpoint('a', 2, 'b'));
    assert.equal(file.lines, 2);
  });

  test('counts a line that is not a checkpoint, and never glues a new line to a torn one', () => {
    const path = join(folder, 'torn.jsonl');
    writeFileSync(path, `${JSON.stringify(checkpoint('a', 1, 'a'))}\nnot json\n{"chain":"a","ro`);
    const file = new AnchorFile(path);
    file.append([checkpoint('a', 2, 'b')]);
    file.refresh();
    assert.deepEqual(file.unreadableLines, [2, 3]);
    assert.deepEqual(file.latest.get('a'), checkpoint('a', 2, 'b'));
  });

  test('refuses a file that shrank after it was read', () => {
    const path = join(folder, 'shrunk.jsonl');
    const file = new AnchorFile(path);
    file.append([checkpoint('a', 1, 'a'), checkpoint('a', 2, 'b')]);
    file.refresh();
    writeFileSync(path, `${JSON.stringify(checkpoint('a', 1, 'a'))}\n`);
    assert.throws(() => file.refresh(), /shrank from \d+ to \d+ bytes: it was truncated or replaced/);
  });
});

describe('anchor settings', () => {
  test('AUDIT_ANCHOR_FILE is resolved and AUDIT_ANCHOR_MINUTES defaults to 10', () => {
    assert.equal(loadConfig({}).auditAnchorFile, undefined);
    assert.equal(loadConfig({}).auditAnchorMinutes, 10);
    const config = loadConfig({ AUDIT_ANCHOR_FILE: '/srv/anchor/audit.jsonl', AUDIT_ANCHOR_MINUTES: '2.5' });
    assert.equal(config.auditAnchorFile, '/srv/anchor/audit.jsonl');
    assert.equal(config.auditAnchorMinutes, 2.5);
  });

  test('AUDIT_ANCHOR_MINUTES that is not a positive number of minutes stops the start', () => {
    for (const value of ['0', '-1', 'soon', '1441'])
      assert.throws(
        () => loadConfig({ AUDIT_ANCHOR_MINUTES: value }),
        /^StartupError: AUDIT_ANCHOR_MINUTES must/,
        value,
      );
  });
});
