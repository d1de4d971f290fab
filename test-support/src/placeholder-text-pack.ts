import { instruments, type InstrumentId, type TextPack } from '@sotchart/engine';

/**
 * A complete text pack for one instrument with made-up wording ("Pain intensity, statement 3"), as a
 * licensed clinic would load the real one: every item, one statement per scale point. Tests never
 * carry licensed wording.
 */
export function placeholderTextPack(instrumentId: InstrumentId, overrides: Partial<TextPack> = {}): TextPack {
  const instrument = instruments[instrumentId];
  const { min, max } = instrument.itemScale;
  const items = Object.fromEntries(
    instrument.items.map((item) => [
      item.id,
      {
        text: `Placeholder question about ${item.title.toLowerCase()}`,
        options: Array.from({ length: max - min + 1 }, (_, i) => `${item.title}, statement ${min + i}`),
      },
    ]),
  );
  return {
    instrumentId,
    version: instrument.version,
    language: 'en-GB',
    licence: {
      holder: 'Test Licence Holder',
      reference: 'TEST-0001',
      statement: 'Placeholder wording for tests; the clinic affirms it holds a licence.',
    },
    items,
    ...overrides,
  };
}
