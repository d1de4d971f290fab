/** The parts of a pack the cross-reference checks read (kept structural to avoid a type cycle). */
interface PackReferences {
  readonly indicators: readonly { readonly id: string; readonly sources: readonly string[] }[];
  readonly disabledIndicators: readonly string[];
  readonly categories: readonly {
    readonly id: string;
    readonly sideFrom: readonly (readonly string[])[];
    readonly ruleId: string;
  }[];
  readonly priority: string;
  readonly priorityPresets: readonly {
    readonly id: string;
    readonly order: readonly string[];
    readonly ruleId: string;
  }[];
  readonly rules: readonly { readonly id: string; readonly sources: readonly string[] }[];
  readonly placements: Readonly<Record<'I' | 'II' | 'III', PlacementReferences>>;
  readonly placementPresets: readonly { readonly placement: PlacementReferences }[];
  readonly blocking: { readonly sources: readonly string[] };
  readonly cmrt: { readonly sources: readonly string[]; readonly visceraSources: readonly string[] };
  readonly redFlags: readonly { readonly id: string; readonly sources: readonly string[] }[];
  readonly contraindications: readonly { readonly id: string; readonly sources: readonly string[] }[];
  readonly evidenceNote: { readonly sources: readonly string[] };
  readonly sources: readonly { readonly id: string }[];
}

interface PlacementReferences {
  readonly recheck: readonly string[];
  readonly sources: readonly string[];
  readonly blocks: readonly { readonly sources: readonly string[] }[];
}

/**
 * One cross-reference problem in a pack, with its path.
 *
 * Source: REFERENCE introduction (every rule carries a source id).
 *
 * @example
 * const issue: PackIssue = { path: ['rules', 0, 'sources', 0], message: 'unknown source id "x"' };
 */
export interface PackIssue {
  readonly path: (string | number)[];
  readonly message: string;
}

/**
 * The cross-reference checks zod cannot express field by field: unique ids, and every source, rule
 * and indicator id a pack mentions exists in it.
 *
 * Source: REFERENCE introduction ("every rule carries a source id and a certainty"), §10.
 *
 * @example
 * packIntegrityIssues(defaultPack); // []
 */
export function packIntegrityIssues(pack: PackReferences): PackIssue[] {
  const issues: PackIssue[] = [];
  const sourceIds = new Set(pack.sources.map((s) => s.id));
  const ruleIds = new Set(pack.rules.map((r) => r.id));
  const indicatorIds = new Set([...pack.indicators.map((i) => i.id), ...pack.disabledIndicators]);

  const checkSources = (sources: readonly string[], path: (string | number)[]): void => {
    sources.forEach((id, j) => {
      if (!sourceIds.has(id))
        issues.push({ path: [...path, 'sources', j], message: `unknown source id "${id}"` });
    });
  };
  const checkUnique = (ids: readonly string[], path: string, seen: Set<string>): void => {
    ids.forEach((id, i) => {
      if (seen.has(id)) issues.push({ path: [path, i, 'id'], message: `duplicate id "${id}"` });
      seen.add(id);
    });
  };
  const checkPlacement = (p: PlacementReferences, path: (string | number)[]): void => {
    checkSources(p.sources, path);
    p.blocks.forEach((b, j) => checkSources(b.sources, [...path, 'blocks', j]));
    p.recheck.forEach((id, j) => {
      if (!indicatorIds.has(id))
        issues.push({ path: [...path, 'recheck', j], message: `unknown indicator "${id}"` });
    });
  };

  const seen = new Set<string>();
  checkUnique(
    pack.indicators.map((i) => i.id),
    'indicators',
    seen,
  );
  checkUnique(
    pack.redFlags.map((r) => r.id),
    'redFlags',
    seen,
  );
  checkUnique(
    pack.contraindications.map((c) => c.id),
    'contraindications',
    seen,
  );
  checkUnique(
    pack.rules.map((r) => r.id),
    'rules',
    new Set(),
  );
  checkUnique(
    pack.categories.map((c) => c.id),
    'categories',
    new Set(),
  );

  pack.indicators.forEach((i, n) => checkSources(i.sources, ['indicators', n]));
  pack.rules.forEach((r, n) => checkSources(r.sources, ['rules', n]));
  pack.redFlags.forEach((r, n) => checkSources(r.sources, ['redFlags', n]));
  pack.contraindications.forEach((c, n) => checkSources(c.sources, ['contraindications', n]));
  checkSources(pack.blocking.sources, ['blocking']);
  checkSources(pack.cmrt.sources, ['cmrt']);
  pack.cmrt.visceraSources.forEach((id, j) => {
    if (!sourceIds.has(id))
      issues.push({ path: ['cmrt', 'visceraSources', j], message: `unknown source id "${id}"` });
  });
  checkSources(pack.evidenceNote.sources, ['evidenceNote']);
  for (const id of ['I', 'II', 'III'] as const) checkPlacement(pack.placements[id], ['placements', id]);
  pack.placementPresets.forEach((p, n) => checkPlacement(p.placement, ['placementPresets', n, 'placement']));

  pack.categories.forEach((c, n) => {
    if (!ruleIds.has(c.ruleId))
      issues.push({ path: ['categories', n, 'ruleId'], message: `unknown rule "${c.ruleId}"` });
    c.sideFrom.forEach((group, g) =>
      group.forEach((id, j) => {
        if (!indicatorIds.has(id))
          issues.push({ path: ['categories', n, 'sideFrom', g, j], message: `unknown indicator "${id}"` });
      }),
    );
  });
  pack.priorityPresets.forEach((p, n) => {
    if (!ruleIds.has(p.ruleId))
      issues.push({ path: ['priorityPresets', n, 'ruleId'], message: `unknown rule "${p.ruleId}"` });
    if (new Set(p.order).size !== p.order.length)
      issues.push({ path: ['priorityPresets', n, 'order'], message: 'each category appears once' });
  });
  if (!pack.priorityPresets.some((p) => p.id === pack.priority))
    issues.push({ path: ['priority'], message: `no priority preset "${pack.priority}"` });
  return issues;
}
