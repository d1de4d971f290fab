import { readdirSync, readFileSync } from 'node:fs';
import type { Plugin } from 'vite';
import { compileCatalog } from '../i18n/src/compiled-message';
import { pseudolocalize } from '../i18n/src/pseudo';

const catalogDir = new URL('../i18n/catalogs/', import.meta.url);
const pseudoLanguage = 'en-XA';

/** A served catalogue file's body: messages compiled (no ICU parser in the browser), statuses as they are. */
function servedFile(language: string, file: string): string | undefined {
  const source = language === pseudoLanguage ? 'en' : language;
  let text: string;
  try {
    text = readFileSync(new URL(`${source}/${file}`, catalogDir), 'utf8');
  } catch {
    return undefined;
  }
  if (file.endsWith('.status.json')) return text;
  const messages = JSON.parse(text) as Record<string, string>;
  return JSON.stringify(compileCatalog(messages, language === pseudoLanguage ? pseudolocalize : undefined));
}

/**
 * The message catalogues as static files, `/locales/<language>/<namespace>.json`, each fetched when a
 * screen in that language first needs it: they never add to the JavaScript the first screen loads.
 * Messages are compiled here (Lingui's compiled form), so the browser formats them without an ICU parser.
 */
export function i18nCatalogs(): Plugin {
  return {
    name: 'sotchart-i18n-catalogs',
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        const match = /^\/locales\/([\w-]+)\/([\w.]+\.json)$/.exec(request.url ?? '');
        const body = match === null ? undefined : servedFile(match[1]!, match[2]!);
        if (body === undefined) return next();
        response.setHeader('content-type', 'application/json');
        response.end(body);
      });
    },
    generateBundle() {
      const languages = readdirSync(catalogDir);
      for (const language of [...languages, pseudoLanguage]) {
        const source = language === pseudoLanguage ? 'en' : language;
        for (const file of readdirSync(new URL(`${source}/`, catalogDir))) {
          if (language === pseudoLanguage && file.endsWith('.status.json')) continue;
          const body = servedFile(language, file);
          if (body !== undefined)
            this.emitFile({ type: 'asset', fileName: `locales/${language}/${file}`, source: body });
        }
      }
    },
  };
}
