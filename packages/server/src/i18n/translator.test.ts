import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { translateKnown, translator } from './translator';

describe(translateKnown.name, () => {
  test('translates a fixed English text the errors catalogue holds', () => {
    assert.equal(translateKnown('de', 'errors', 'is required'), 'ist erforderlich');
  });

  test('translates a text built from a template, with the values it was built with', () => {
    assert.equal(
      translateKnown(
        'fr',
        'errors',
        'overlaps an appointment from 2026-03-02T13:00:00.000Z to 2026-03-02T13:30:00.000Z',
      ),
      'chevauche un rendez-vous de 2026-03-02T13:00:00.000Z à 2026-03-02T13:30:00.000Z',
    );
    assert.equal(
      translateKnown('ja', 'errors', 'Use at least 12 characters.'),
      '12 文字以上にしてください。',
    );
    assert.equal(
      translateKnown('it', 'errors', "may not be lower than the red flag's urgency (urgent)"),
      'non può essere inferiore all’urgenza della red flag (urgente)',
    );
  });

  test('leaves English, and a text no catalogue key or template matches, as it is', () => {
    assert.equal(
      translateKnown('en', 'errors', 'Use at least 12 characters.'),
      'Use at least 12 characters.',
    );
    assert.equal(
      translateKnown('de', 'errors', 'Something no catalogue holds.'),
      'Something no catalogue holds.',
    );
  });
});

describe(translator.name, () => {
  test('formats a namespace in a language, English for a tag it does not speak', () => {
    assert.equal(translator('de', 'errors')('is required'), 'ist erforderlich');
    assert.equal(translator('xx', 'errors')('is required'), 'is required');
  });
});
