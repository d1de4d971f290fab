import type { Namespace } from '@sotchart/i18n';
import { compileCatalog } from '@sotchart/i18n/compiled-message';
import { readCatalog } from '@sotchart/i18n/node';
import { i18n } from './translation';

/**
 * Adds the bundled catalogues of namespaces in languages to the app's messages, read from disk: unit
 * tests run in Node, where the app's catalogue files are not served.
 */
export function addBundledCatalogs(languages: readonly string[], namespaces: readonly Namespace[]): void {
  for (const language of languages)
    for (const ns of namespaces) i18n.addCatalog(language, ns, compileCatalog(readCatalog(language, ns)));
}
