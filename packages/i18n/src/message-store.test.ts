import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { compileCatalog } from './compiled-message';
import { MessageStore, type MessageValues, type Namespaces } from './message-store';
import { messageArguments } from './message-arguments';
import { pseudolocalize } from './pseudo';

function storeOf(catalogs: Record<string, Record<string, Record<string, string>>>): MessageStore {
  const store = new MessageStore();
  for (const [language, namespaces] of Object.entries(catalogs))
    for (const [ns, messages] of Object.entries(namespaces))
      store.add(language, ns, compileCatalog(messages));
  return store;
}

// The test's own catalogues hold keys the app's typed catalogues do not.
type LooseT = (key: string, values?: MessageValues) => string;
const fixed = (store: MessageStore, language: string, namespaces: Namespaces): LooseT =>
  store.fixed(language, namespaces) as LooseT;

describe(MessageStore.name, () => {
  const store = storeOf({
    en: {
      common: {
        save: 'Save',
        visits: '{count, plural, one {# visit} other {# visits}}',
        only: 'English only',
      },
      patients: { title: 'Patients of {clinic}', save: 'Save patient' },
    },
    de: {
      common: { save: 'Speichern', visits: '{count, plural, one {# Besuch} other {# Besuche}}' },
      patients: { title: 'Patienten von {clinic}' },
    },
  });

  test('formats plurals with the language’s rules and numbers', () => {
    const t = fixed(store, 'de', 'common');
    assert.equal(t('visits', { count: 1 }), '1 Besuch');
    assert.equal(t('visits', { count: 1200 }), '1.200 Besuche');
    assert.equal(fixed(store, 'en', 'common')('visits', { count: 1200 }), '1,200 visits');
  });

  test('takes a key from the first listed namespace that holds it, or the one named by ns', () => {
    const t = fixed(store, 'en', ['patients', 'common']);
    assert.equal(t('save'), 'Save patient');
    assert.equal(t('save', { ns: 'common' }), 'Save');
    assert.equal(t('title', { clinic: 'Kyoto' }), 'Patients of Kyoto');
  });

  test('falls back to English, then to the default value, then to the key', () => {
    const t = fixed(store, 'de', 'common');
    assert.equal(t('only'), 'English only');
    assert.equal(t('missing', { defaultValue: 'As the clinic wrote it' }), 'As the clinic wrote it');
    assert.equal(t('missing'), 'missing');
    assert.equal(store.exists('de', 'common', 'only'), false);
    assert.equal(store.exists('en', 'common', 'only'), true);
  });

  test('lays later messages over earlier ones (a clinic’s approved wording)', () => {
    const own = storeOf({ en: { common: { save: 'Save', other: 'Other' } } });
    own.add('en', 'common', compileCatalog({ save: 'Keep' }));
    assert.equal(fixed(own, 'en', 'common')('save'), 'Keep');
    assert.equal(fixed(own, 'en', 'common')('other'), 'Other');
    assert.equal(own.has('en', 'common'), true);
    assert.equal(own.has('de', 'common'), false);
  });
});

describe(pseudolocalize.name, () => {
  test('accents the text, keeps the placeholders working and wraps the message in markers', () => {
    const store = new MessageStore();
    store.add('en-XA', 'common', {
      visits: pseudolocalize('{count, plural, one {# visit} other {# visits}} for {name}'),
    });
    const shown = fixed(store, 'en-XA', 'common')('visits', { count: 2, name: 'Ana' });
    assert.match(shown, /^⟦2 víšíţš fóŕ Ana·+( ·+)*⟧$/u);
  });
});

describe(messageArguments.name, () => {
  test('names every argument, inside plurals and selects too', () => {
    assert.deepEqual(
      messageArguments('{side, select, L {left {n}} other {right}} {count, plural, other {#}}'),
      ['count', 'n', 'side'],
    );
  });

  test('throws on a message that is not ICU MessageFormat', () => {
    assert.throws(() => messageArguments('{count, plural, one {# visit}'));
  });
});
