import type { ProtocolPack } from '@sotchart/engine';
import type { ProtocolTextKind } from '../../../i18n/protocol-text';

/** A pack item's text in the app's language (see `useProtocolText`). */
export type PackText = (kind: ProtocolTextKind, id: string, field: string, packText: string) => string;

const asIs: PackText = (_kind, _id, _field, packText) => packText;

/** A readable name for any id the pack knows (indicator, red flag, contraindication), in the app's language. */
export function indicatorNames(pack: ProtocolPack, text: PackText = asIs): (id: string) => string {
  const names = new Map<string, string>();
  for (const spec of pack.indicators) names.set(spec.id, text('indicator', spec.id, 'name', spec.name));
  for (const flag of pack.redFlags) names.set(flag.id, text('redFlag', flag.id, 'name', flag.name));
  for (const ci of pack.contraindications) names.set(ci.id, text('contraindication', ci.id, 'name', ci.name));
  return (id) => names.get(id) ?? id.replaceAll('_', ' ');
}
