import type { MessageCatalog, StatusCatalog } from '@sotchart/i18n';

// Each catalogue is its own chunk, fetched the first time a screen in that language needs it.
const messageFiles = import.meta.glob<MessageCatalog>(
  ['../../../i18n/catalogs/*/*.json', '!**/*.status.json'],
  {
    import: 'default',
  },
);
const statusFiles = import.meta.glob<StatusCatalog>('../../../i18n/catalogs/*/*.status.json', {
  import: 'default',
});

/** A namespace's bundled messages in one language; empty when there is no such catalogue. */
export async function loadMessages(language: string, namespace: string): Promise<MessageCatalog> {
  return (await messageFiles[`../../../i18n/catalogs/${language}/${namespace}.json`]?.()) ?? {};
}

/** A translated namespace's bundled review status by key; empty for English. */
export async function loadStatus(language: string, namespace: string): Promise<StatusCatalog> {
  return (await statusFiles[`../../../i18n/catalogs/${language}/${namespace}.status.json`]?.()) ?? {};
}
