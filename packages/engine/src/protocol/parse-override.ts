import { validationFailed, ok, type ErrorDetail, type Result } from '../errors';
import { categoryIds } from './category-id';
import { defaultPack } from './default-pack';
import type { PlacementSpec } from './placement-spec';
import type { ProtocolPack } from './protocol-pack';
import { ProtocolOverrideSchema, type ProtocolOverride } from './protocol-override';
import { zodDetails } from '../zod-details';

/**
 * Validates a clinic's override: its shape, then every reference it makes against `base` (ids it adds
 * must be new, ids it disables or re-checks must exist, presets must exist for that category, every
 * source id must exist in the base or the override). Each problem names its path, e.g.
 * `placements.III.blocks.0.landmark`.
 *
 * Source: REFERENCE §10; issue 4 item 1 ("a bad one gets a precise error naming each path").
 *
 * @example
 * parseOverride({ priority: 'ii_first' }); // { ok: true, value: { priority: 'ii_first' } }
 * parseOverride({ priority: 'i_first' }).ok; // false, details[0].path === 'priority'
 */
export function parseOverride(input: unknown, base: ProtocolPack = defaultPack): Result<ProtocolOverride> {
  const parsed = ProtocolOverrideSchema.safeParse(input);
  const details: ErrorDetail[] = parsed.success ? [] : zodDetails(parsed.error.issues, '');
  // Check the references of the parts that did parse too, so one pass reports every problem.
  const override = parsed.success ? parsed.data : validParts(input);
  const baseIds = new Set([
    ...base.indicators.map((i) => i.id),
    ...base.redFlags.map((r) => r.id),
    ...base.contraindications.map((c) => c.id),
  ]);
  const sourceIds = new Set([...base.sources.map((s) => s.id), ...(override.sources ?? []).map((s) => s.id)]);
  const checkSources = (sources: readonly string[], path: string): void =>
    sources.forEach((id, j) => {
      if (!sourceIds.has(id))
        details.push({ path: `${path}.sources.${j}`, message: `unknown source id "${id}"` });
    });

  const added = new Set<string>();
  (override.sources ?? []).forEach((s, n) => {
    if (base.sources.some((b) => b.id === s.id))
      details.push({ path: `sources.${n}.id`, message: `source "${s.id}" already exists` });
  });
  (override.addIndicators ?? []).forEach((spec, n) => {
    if (baseIds.has(spec.id) || added.has(spec.id))
      details.push({ path: `addIndicators.${n}.id`, message: `indicator "${spec.id}" already exists` });
    if (spec.result === 'screen')
      details.push({
        path: `addIndicators.${n}.result`,
        message: 'screen items cannot be added by a clinic',
      });
    added.add(spec.id);
    checkSources(spec.sources, `addIndicators.${n}`);
  });
  const known = new Set([...base.indicators.map((i) => i.id), ...added]);
  (override.disableIndicators ?? []).forEach((id, n) => {
    if (!known.has(id))
      details.push({ path: `disableIndicators.${n}`, message: `unknown indicator "${id}"` });
  });
  for (const category of categoryIds) {
    const entry = override.placements?.[category];
    if (entry === undefined) continue;
    const path = `placements.${category}`;
    if ('preset' in entry) {
      const preset = base.placementPresets.find((p) => p.id === entry.preset);
      if (preset === undefined)
        details.push({ path: `${path}.preset`, message: `unknown preset "${entry.preset}"` });
      else if (preset.category !== category)
        details.push({
          path: `${path}.preset`,
          message: `preset "${entry.preset}" is for Category ${preset.category}`,
        });
      continue;
    }
    checkPlacement(entry, path, known, checkSources, details);
  }
  return details.length === 0 ? ok(override) : validationFailed(details);
}

/** The top-level fields of a malformed override that are valid on their own. */
function validParts(input: unknown): ProtocolOverride {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return {};
  const parts: Record<string, unknown> = {};
  for (const [key, schema] of Object.entries(ProtocolOverrideSchema.shape)) {
    const value: unknown = (input as Record<string, unknown>)[key];
    const result = value === undefined ? null : schema.safeParse(value);
    if (result?.success === true) parts[key] = result.data;
  }
  return parts as ProtocolOverride;
}

function checkPlacement(
  placement: PlacementSpec,
  path: string,
  known: ReadonlySet<string>,
  checkSources: (sources: readonly string[], path: string) => void,
  details: ErrorDetail[],
): void {
  checkSources(placement.sources, path);
  placement.blocks.forEach((block, j) => checkSources(block.sources, `${path}.blocks.${j}`));
  placement.recheck.forEach((id, j) => {
    if (!known.has(id)) details.push({ path: `${path}.recheck.${j}`, message: `unknown indicator "${id}"` });
  });
}
