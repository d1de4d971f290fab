// One engine result everywhere (issue 15): for every shipped example, the result the server stores
// with a visit, the result the engine gives in Chromium (the web app's own modules, bundled for the
// page) and the result `sotchart analyze --json` prints are the same bytes.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, describe, test } from 'node:test';
import type { engineInputOf, VisitRecordSchema } from '@sotchart/contract';
import type { defaultPack, mergePack, parseOverride, runEngine, validateFindings } from '@sotchart/engine';
import { build } from 'esbuild';
import type { Browser } from 'playwright-core';
import { launchBrowser, runCli } from '@sotchart/test-support';
import { freshPatient } from './charting-helpers';
import { apiSession, type ApiSession } from './support/api-session';
import { sharedDemoServer } from './support/shared-server';

/** What the bundled script puts on the page: the engine's and the contract's own exports. */
interface PageEngine {
  readonly runEngine: typeof runEngine;
  readonly validateFindings: typeof validateFindings;
  readonly mergePack: typeof mergePack;
  readonly parseOverride: typeof parseOverride;
  readonly defaultPack: typeof defaultPack;
  readonly engineInputOf: typeof engineInputOf;
  readonly VisitRecordSchema: typeof VisitRecordSchema;
}

interface Example {
  readonly findings: unknown[];
  readonly pack?: unknown;
  readonly overrides?: { contraindication: string; reason: string }[];
}

const examplesDir = fileURLToPath(new URL('../../packages/engine/examples/', import.meta.url));
// The clinic override example changes the clinic's protocol, so it runs last.
const names = readdirSync(examplesDir)
  .filter((n) => n.endsWith('.json'))
  .sort(
    (a, b) => Number(a === 'clinic-override.json') - Number(b === 'clinic-override.json') || (a < b ? -1 : 1),
  );
const exampleOf = (name: string): Example =>
  JSON.parse(readFileSync(join(examplesDir, name), 'utf8')) as Example;

// The same modules the web app imports for its live analysis, as one script for the page.
async function engineScript(): Promise<string> {
  const out = await build({
    stdin: {
      contents: `export { runEngine, validateFindings, mergePack, parseOverride, defaultPack } from '@sotchart/engine';
        export { engineInputOf, VisitRecordSchema } from '@sotchart/contract';`,
      resolveDir: fileURLToPath(new URL('.', import.meta.url)),
      loader: 'ts',
    },
    bundle: true,
    format: 'iife',
    globalName: 'sotEngine',
    platform: 'browser',
    write: false,
  });
  const file = out.outputFiles[0];
  if (file === undefined) throw new Error('esbuild wrote nothing');
  return file.text;
}

async function storedResult(
  session: ApiSession,
  example: Example,
  protocolRevision: number,
): Promise<string> {
  if (example.pack !== undefined)
    await session.call('PUT', '/api/protocol', { version: protocolRevision, override: example.pack });
  const patientId = await freshPatient(session, 'Parity');
  const visit = await session.call<{ id: string; version: number }>(
    'POST',
    `/api/patients/${patientId}/visits`,
    {
      visitAt: '2026-03-02T15:00:00Z',
      type: 'follow_up',
    },
  );
  await session.call('PATCH', `/api/visits/${visit.id}`, {
    version: visit.version,
    findings: example.findings,
    overrides: example.overrides ?? [],
  });
  const read = await session.call<{ engine: unknown }>('GET', `/api/visits/${visit.id}`);
  return JSON.stringify(read.engine);
}

describe('one engine result: server, browser and CLI agree byte for byte', () => {
  const server = sharedDemoServer();
  let browser: Browser;
  let session: ApiSession;
  before(async () => {
    browser = await launchBrowser();
    session = await apiSession(server.url, server.owner);
  });
  after(async () => {
    await browser?.close();
  });

  test('every shipped example gives the same engine result in all three', async () => {
    assert.ok(names.length >= 6, `expected the shipped examples, found ${names.join(', ')}`);
    const page = await browser.newPage();
    await page.addScriptTag({ content: await engineScript() });
    for (const name of names) {
      const example = exampleOf(name);
      const cli = await runCli(['analyze', '--json', join(examplesDir, name)]);
      assert.equal(cli.code, 0, cli.stderr);
      const fromCli = JSON.stringify(JSON.parse(cli.stdout));
      const fromServer = await storedResult(session, example, 0);
      const fromBrowser = await page.evaluate((ex: Example) => {
        // The page's global from the bundled script above.
        const e = (globalThis as unknown as { sotEngine: PageEngine }).sotEngine;
        const override = ex.pack === undefined ? null : e.parseOverride(ex.pack);
        if (override !== null && !override.ok) throw new Error('example pack is invalid');
        const pack = override === null ? e.defaultPack : e.mergePack(e.defaultPack, override.value, 1);
        const findings = e.validateFindings(ex.findings, pack);
        if (!findings.ok) throw new Error('example findings are invalid');
        const record = e.VisitRecordSchema.parse({});
        const input = e.engineInputOf(
          { findings: findings.value, overrides: ex.overrides ?? [], record },
          null,
        );
        return JSON.stringify(e.runEngine(input, pack));
      }, example);
      assert.equal(fromServer, fromCli, `${name}: the server's stored result differs from the CLI's`);
      assert.equal(fromBrowser, fromCli, `${name}: the browser's result differs from the CLI's`);
    }
    await page.close();
  });
});
