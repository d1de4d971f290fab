import type { ProtocolPack } from '@sotchart/engine';

/** A readable name for any id the pack knows (indicator, red flag, contraindication). */
export function indicatorNames(pack: ProtocolPack): (id: string) => string {
  const names = new Map<string, string>();
  for (const spec of pack.indicators) names.set(spec.id, spec.name);
  for (const flag of pack.redFlags) names.set(flag.id, flag.name);
  for (const ci of pack.contraindications) names.set(ci.id, ci.name);
  return (id) => names.get(id) ?? id.replaceAll('_', ' ');
}
