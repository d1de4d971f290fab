import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { compileMessage } from './compiled-message';
import { languages, sourceLanguage } from './languages';
import { messageArguments } from './message-arguments';
import { templatePattern, templateSourcePattern } from './message-template';
import { namespaces } from './namespaces';
import { readCatalog, readStatus } from './node';
import { reviewStatuses } from './review-status';

const translated = languages.filter((language) => language !== sourceLanguage);

// Keys made at run time from an engine id ("indicator.<id>.name") are checked against the protocol
// pack in their own test; every other key must be written out in the source that uses it.
const dynamicNamespaces: ReadonlySet<string> = new Set(['protocolContent']);

function sourceFiles(dir: string, found: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    if (name === 'node_modules' || name === 'dist') continue;
    const path = `${dir}/${name}`;
    if (statSync(path).isDirectory()) sourceFiles(path, found);
    else if (/\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name)) found.push(path);
  }
  return found;
}

const packagesDir = fileURLToPath(new URL('../../', import.meta.url));
const sourceText = ['web/src', 'server/src', 'engine/src', 'contract/src']
  .flatMap((dir) => sourceFiles(`${packagesDir}${dir}`))
  .map((file) => readFileSync(file, 'utf8'))
  .join('\n');

describe('message catalogues', () => {
  for (const namespace of namespaces) {
    const source = readCatalog(sourceLanguage, namespace);

    test(`${namespace}: every English message is valid ICU MessageFormat`, () => {
      for (const [key, message] of Object.entries(source))
        assert.doesNotThrow(() => compileMessage(message), `en ${key}`);
    });

    if (!dynamicNamespaces.has(namespace))
      test(`${namespace}: every key is used in the source`, () => {
        const unused = Object.keys(source).filter(
          (key) =>
            !sourceText.includes(`'${key}'`) &&
            !sourceText.includes(`"${key}"`) &&
            !sourceText.includes(`\`${key}\``) &&
            // A key with placeholders is the template the server builds its text with.
            !(templatePattern(key) !== undefined && templateSourcePattern(key).test(sourceText)),
        );
        assert.deepEqual(unused, [], `unused keys in en/${namespace}.json`);
      });

    for (const language of translated) {
      test(`${namespace}: ${language} has every message, each valid, with the English arguments and a review status`, () => {
        const messages = readCatalog(language, namespace);
        const status = readStatus(language, namespace);
        assert.deepEqual(
          Object.keys(messages).sort(),
          Object.keys(source).sort(),
          `${language}/${namespace} keys`,
        );
        assert.deepEqual(
          Object.keys(status).sort(),
          Object.keys(source).sort(),
          `${language}/${namespace} status keys`,
        );
        for (const [key, message] of Object.entries(messages)) {
          assert.ok(
            (reviewStatuses as readonly string[]).includes(status[key] ?? ''),
            `${language} ${key} status`,
          );
          assert.doesNotThrow(() => compileMessage(message), `${language} ${key} is not valid ICU`);
          assert.deepEqual(
            messageArguments(message),
            messageArguments(source[key] ?? ''),
            `${language} ${key} arguments`,
          );
        }
      });
    }
  }
});
