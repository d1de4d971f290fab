// Keeps the translated catalogues in step with the English source: each language's messages in the
// English order, and each `<namespace>.status.json` listing every message of its catalogue (a new
// message starts as "draft"; a reviewed one keeps its status; a removed one goes). Prints the
// messages a language still lacks. Usage: node scripts/i18n-sync.mjs [namespace…] (default: all)
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

const dir = new URL('../packages/i18n/catalogs/', import.meta.url);
const languages = ['ja', 'it', 'pt-BR', 'es', 'fr', 'de'];
const allNamespaces = [
  ...readFileSync(new URL('../packages/i18n/src/namespaces.ts', import.meta.url), 'utf8').matchAll(
    /^ {2}'(\w+)',$/gm,
  ),
].map((m) => m[1]);
const namespaces = process.argv.length > 2 ? process.argv.slice(2) : allNamespaces;
for (const ns of namespaces) if (!allNamespaces.includes(ns)) throw new Error(`no namespace ${ns}`);

const read = (file) =>
  existsSync(new URL(file, dir)) ? JSON.parse(readFileSync(new URL(file, dir), 'utf8')) : {};
const write = (file, value) => writeFileSync(new URL(file, dir), `${JSON.stringify(value, null, 2)}\n`);

let missing = 0;
for (const namespace of namespaces) {
  const source = read(`en/${namespace}.json`);
  write(`en/${namespace}.json`, source);
  for (const language of languages) {
    const messages = read(`${language}/${namespace}.json`);
    const status = read(`${language}/${namespace}.status.json`);
    const ordered = {};
    const statuses = {};
    for (const key of Object.keys(source)) {
      if (messages[key] === undefined) {
        missing += 1;
        console.log(`missing ${language}/${namespace}: ${key}`);
        continue;
      }
      ordered[key] = messages[key];
      statuses[key] = status[key] ?? 'draft';
    }
    for (const key of Object.keys(messages))
      if (!(key in source)) console.log(`dropped ${language}/${namespace}: ${key}`);
    write(`${language}/${namespace}.json`, ordered);
    write(`${language}/${namespace}.status.json`, statuses);
  }
}
console.log(missing === 0 ? 'every catalogue is complete' : `${missing} messages missing`);
