import type { ProtocolPack } from '@sotchart/engine';
import type { DocumentLanguage } from '../document-language';

/**
 * The names of a pack's indicators and screen items (red flags, contraindications), by id, in the
 * document's language: the `protocolContent` catalogue's wording where it has the item, else the
 * pack's own.
 */
export function translatedPackNames(pack: ProtocolPack, dl: DocumentLanguage): ReadonlyMap<string, string> {
  return new Map<string, string>([
    ...pack.indicators.map((i) => [i.id, dl.protocolText('indicator', i.id, 'name', i.name)] as const),
    ...pack.redFlags.map((f) => [f.id, dl.protocolText('redFlag', f.id, 'name', f.name)] as const),
    ...pack.contraindications.map(
      (c) => [c.id, dl.protocolText('contraindication', c.id, 'name', c.name)] as const,
    ),
  ]);
}
