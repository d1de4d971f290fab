import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, test } from 'node:test';
import type { BrowserContext, Page } from 'playwright-core';
import { chartingFixture } from './charting-fixture';
import { screenshot } from './support/screenshot';
import { signInThroughUi } from './support/ui-sign-in';

// The documents a patient, a clinician or a payer reads — the signed visit note, the patient handout
// and the progress report — rendered page by page in Chromium with pdf.js (the same pdf.js the
// server's text checks use), saved under e2e/screenshots/ for a person to look at (issue 21).

const pdfjsBuild = join(dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json')), 'build');
const viewer = 'http://pdf.review';
const page = `<!doctype html><meta charset="utf-8"><body style="margin:0;background:#777">
<script type="module">
import * as pdfjs from '/pdf.mjs';
pdfjs.GlobalWorkerOptions.workerSrc = '/pdf.worker.mjs';
window.renderPdf = async (base64) => {
  const data = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  const doc = await pdfjs.getDocument({ data }).promise;
  const texts = [];
  for (let n = 1; n <= doc.numPages; n += 1) {
    const pdfPage = await doc.getPage(n);
    const viewport = pdfPage.getViewport({ scale: 1.25 });
    const canvas = document.createElement('canvas');
    canvas.width = viewport.width;
    canvas.height = viewport.height;
    canvas.style.display = 'block';
    canvas.style.margin = '8px auto';
    document.body.append(canvas);
    await pdfPage.render({ canvas, canvasContext: canvas.getContext('2d'), viewport }).promise;
    texts.push((await pdfPage.getTextContent()).items.map((i) => i.str).join(' '));
  }
  return texts;
};
document.body.dataset.ready = 'yes';
</script>`;

/** A page that renders PDFs with pdf.js, served from the package's own build. */
async function pdfViewer(context: BrowserContext): Promise<Page> {
  await context.route(`${viewer}/**`, async (route) => {
    const path = new URL(route.request().url()).pathname;
    if (path === '/') return route.fulfill({ contentType: 'text/html', body: page });
    const file = path === '/pdf.mjs' || path === '/pdf.worker.mjs' ? join(pdfjsBuild, path) : null;
    if (file === null) return route.fulfill({ status: 404 });
    return route.fulfill({ contentType: 'text/javascript', body: await readFile(file) });
  });
  const tab = await context.newPage();
  await tab.goto(`${viewer}/`);
  await tab.locator('body[data-ready="yes"]').waitFor({ state: 'attached' });
  return tab;
}

describe('the documents, as a person reads them', () => {
  const chart = chartingFixture();

  test('the signed visit note, the patient handout and the progress report render and read cleanly', async () => {
    const context = await chart.newContext();
    const app = await context.newPage();
    await app.goto(`${chart.url}/patients`);
    await app.getByRole('heading', { name: 'Sign in' }).waitFor();
    await signInThroughUi(app, chart.owner);
    // A demo patient with signed visits and questionnaires.
    const found = await chart.session.call<{ items: { id: string }[] }>('GET', '/api/patients?q=Okafor');
    const patientId = found.items[0]?.id ?? '';
    const timeline = await chart.session.call<{ entries: { visitId: string; status: string }[] }>(
      'GET',
      `/api/patients/${patientId}/timeline`,
    );
    const signedVisit = timeline.entries.find((e) => e.status === 'signed')?.visitId ?? '';
    assert.notEqual(signedVisit, '', 'the demo patient has a signed visit');

    const viewerTab = await pdfViewer(context);
    const render = async (path: string, name: string): Promise<string> => {
      const res = await app.request.get(`${chart.url}${path}`);
      assert.equal(res.status(), 200, `${path} answered ${res.status()}`);
      assert.equal(res.headers()['content-type'], 'application/pdf');
      const base64 = (await res.body()).toString('base64');
      await viewerTab.evaluate(() => document.querySelectorAll('canvas').forEach((c) => c.remove()));
      const texts = await viewerTab.evaluate(
        (data) => (window as unknown as { renderPdf: (d: string) => Promise<string[]> }).renderPdf(data),
        base64,
      );
      await screenshot(viewerTab, `document-${name}`);
      return texts.join('\n');
    };

    const note = await render(`/api/visits/${signedVisit}/note.pdf`, 'visit-note');
    for (const heading of ['S — Subjective', 'O — Objective', 'A — Assessment', 'P — Plan'])
      assert.equal(note.split(heading).length - 1, 1, `${heading} once in the note`);
    assert.doesNotMatch(note, /\brecorded\b/);
    assert.match(note, /not a diagnosis/);

    const handout = await render(`/api/visits/${signedVisit}/handout.pdf`, 'patient-handout');
    assert.match(handout, /555-0142/, 'the clinic phone number');
    assert.doesNotMatch(handout, /you have|diagnos/i);

    const report = await render(`/api/patients/${patientId}/progress-report.pdf`, 'progress-report');
    assert.match(report, /Progress report/);
    await context.close();
  });
});
