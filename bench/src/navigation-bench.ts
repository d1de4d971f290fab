// Time from navigation to an interactive charting screen in headless Chromium, median of 10: a signed-in
// practitioner opens a draft visit of the 1 000-patient data set by its URL. "Interactive" means the
// visit's findings are on screen as indicator rows, the save status reads "saved" and a row's control
// takes the keyboard focus. Cold: a new browser context each time (empty cache); warm: the same page
// navigating again (cached scripts), as when moving from one visit to the next.
//   node --import tsx bench/src/navigation-bench.ts        (or `npm run bench`)
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { BrowserContext, Page } from 'playwright-core';
import { webDistDir } from '@sotchart/server/http/web-app';
import { launchBrowser } from '@sotchart/test-support';
import { datasetEnv, ensureDataset } from './dataset/dataset';
import { saveResult } from './report/results';
import { startChildServer } from './support/child-server';
import { signInHttp } from './support/http-session';

export interface NavigationReport {
  readonly screen: string;
  readonly runs: number;
  readonly coldMedianMs: number;
  readonly warmMedianMs: number;
  readonly coldMs: readonly number[];
  readonly warmMs: readonly number[];
}

const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
};

/** Waits until the charting screen can be used, and returns ms since the navigation started. */
async function interactive(page: Page): Promise<number> {
  const firstRow = page.locator('[data-entry-row]').first();
  await firstRow.waitFor();
  await page.locator('[data-save="saved"]').waitFor();
  const elapsed = await page.evaluate(() => performance.now());
  await firstRow.locator('button, input, [tabindex]').first().focus();
  return elapsed;
}

export async function runNavigationBench(runs = 10): Promise<NavigationReport> {
  if (!existsSync(`${webDistDir}/index.html`)) {
    const build = spawnSync('npm', ['run', 'build'], { stdio: 'inherit' });
    if (build.status !== 0) throw new Error('the web app did not build');
  }
  const dataset = await ensureDataset('sqlite', 1000);
  const server = await startChildServer(datasetEnv(dataset), {
    file: fileURLToPath(new URL('./load/bench-server.ts', import.meta.url)),
  });
  const browser = await launchBrowser();
  try {
    const session = await signInHttp(server.url, dataset.email, dataset.password);
    const token = session.headers.cookie.split('=')[1] ?? '';
    const patientId = dataset.samplePatientIds[0] as string;
    const visit = await fetch(`${server.url}/api/patients/${patientId}/visits`, { headers: session.headers });
    const visits = (await visit.json()) as { id: string; status: string }[];
    const draft = visits.find((v) => v.status === 'draft');
    if (draft === undefined) throw new Error('the sampled patient has no draft visit');
    const url = `${server.url}/patients/${patientId}/visits/${draft.id}`;
    const newContext = async (): Promise<BrowserContext> => {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      context.setDefaultTimeout(120_000);
      await context.addCookies([{ name: 'sotchart_session', value: token, url: server.url }]);
      return context;
    };
    const coldMs: number[] = [];
    const warmMs: number[] = [];
    // One unmeasured load, so the server's own first-request costs are not in the first figure.
    const warmup = await newContext();
    const warmupPage = await warmup.newPage();
    await warmupPage.goto(url);
    await interactive(warmupPage);
    await warmup.close();
    for (let i = 0; i < runs; i += 1) {
      const context = await newContext();
      const page = await context.newPage();
      await page.goto(url, { waitUntil: 'commit' });
      coldMs.push(await interactive(page));
      await page.goto(url, { waitUntil: 'commit' });
      warmMs.push(await interactive(page));
      await context.close();
    }
    const report: NavigationReport = {
      screen: 'visit charting (draft with 20 findings)',
      runs,
      coldMedianMs: median(coldMs),
      warmMedianMs: median(warmMs),
      coldMs,
      warmMs,
    };
    console.log(
      `navigation to an interactive charting screen (median of ${runs}): cold ${report.coldMedianMs.toFixed(0)} ms, ` +
        `warm ${report.warmMedianMs.toFixed(0)} ms`,
    );
    saveResult('navigation', report);
    return report;
  } finally {
    await browser.close();
    await server.stop();
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await runNavigationBench();
