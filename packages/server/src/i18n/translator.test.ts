import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { zodDetails } from '@sotchart/engine';
import { z } from 'zod';
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

describe('validation details', () => {
  test('every plain wording of a schema issue is translated, its numbers kept', () => {
    const Form = z.strictObject({
      name: z.string().min(1).max(5),
      code: z.string().min(3),
      tags: z.array(z.string()).min(1).max(2),
      visits: z.number().max(52),
      floor: z.number().min(2),
      weeks: z.number().multipleOf(2),
      side: z.enum(['L', 'R']),
      at: z.iso.datetime(),
      zip: z.string().regex(/^\d+$/),
      count: z.number(),
    });
    const result = Form.safeParse({
      name: '',
      code: 'ab',
      tags: [],
      visits: 60,
      floor: 1,
      weeks: 3,
      side: 'X',
      at: 'noon',
      zip: 'x',
      count: 'x',
    });
    const messages = zodDetails(result.success ? [] : result.error.issues, '').map((d) => d.message);
    assert.equal(messages.length, 10);
    for (const language of ['ja', 'de', 'fr']) {
      const shown = messages.map((m) => translateKnown(language, 'errors', m));
      assert.deepEqual(
        shown.filter((text, i) => text === messages[i]),
        [],
        language,
      );
      for (const n of ['3', '52', '2'])
        assert.ok(
          shown.some((text) => text.includes(n)),
          `${language} keeps ${n}`,
        );
    }
    assert.equal(translateKnown('en', 'errors', 'needs at least 1 items'), 'needs at least 1 item');
  });
});

describe(translator.name, () => {
  test('formats a namespace in a language, English for a tag it does not speak', () => {
    assert.equal(translator('de', 'errors')('is required'), 'ist erforderlich');
    assert.equal(translator('xx', 'errors')('is required'), 'is required');
  });
});
