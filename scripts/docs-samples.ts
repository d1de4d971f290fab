// Renders every PDF document for the demo clinic into docs/samples/: the PDFs (committed) and a PNG of
// each page (git-ignored) made with pdftoppm from Debian's poppler-utils, so a person can look.
// Usage: npm run docs:samples
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderDemoSamples } from '@sotchart/server/reports/demo-samples';

const outDir = new URL('../docs/samples/', import.meta.url).pathname;
const pdftoppm = '/usr/bin/pdftoppm';

mkdirSync(outDir, { recursive: true });
for (const file of readdirSync(outDir)) if (file.endsWith('.png')) rmSync(join(outDir, file));
const samples = await renderDemoSamples();
for (const { name, pdf } of samples) {
  const file = join(outDir, `${name}.pdf`);
  writeFileSync(file, pdf);
  if (existsSync(pdftoppm)) execFileSync(pdftoppm, ['-r', '80', '-png', file, join(outDir, name)]);
  console.log(`${name}.pdf (${Math.round(pdf.length / 1024)} KB)`);
}
if (!existsSync(pdftoppm))
  console.log(`${pdftoppm} is missing: no PNG pages (apt-get install poppler-utils).`);
