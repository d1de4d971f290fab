import type {
  BlockSpec,
  CategoryId,
  IndicatorSpec,
  PlacementSpec,
  PriorityPresetId,
  ProtocolOverride,
  ProtocolPack,
  ResultShapeId,
} from '@sotchart/engine';

export const areaKeys = ['1', '2', '3', '4', '5', '6', '7'] as const;
export type AreaKey = (typeof areaKeys)[number];
export const placementCategories: readonly CategoryId[] = ['I', 'II', 'III'];

export interface BlockDraft {
  readonly used: boolean;
  readonly side: BlockSpec['side'];
  readonly landmark: BlockSpec['landmark'];
  readonly direction: string;
}

/** A category's placement: the pack's, one of its presets, or the clinic's own. */
export type PlacementChoice =
  | { readonly kind: 'pack' }
  | { readonly kind: 'preset'; readonly preset: string }
  | {
      readonly kind: 'own';
      readonly position: PlacementSpec['position'];
      readonly mode: PlacementSpec['placement'];
      readonly blocks: readonly [BlockDraft, BlockDraft];
      readonly recheck: readonly string[];
      readonly endpoint: string;
      readonly source: string;
    };

export interface AddedIndicatorDraft {
  readonly id: string;
  readonly name: string;
  readonly description: string;
  readonly category: '' | CategoryId;
  readonly role: 'P' | 'S';
  readonly result: ResultShapeId;
  readonly source: string;
}

/** The protocol form's state. */
export interface ProtocolDraft {
  readonly priority: PriorityPresetId;
  readonly placements: Readonly<Record<CategoryId, PlacementChoice>>;
  /** Vertebral levels per occipital area, as typed: "T5, T6". */
  readonly cmrtMap: Readonly<Record<AreaKey, string>>;
  readonly disabled: readonly string[];
  readonly added: readonly AddedIndicatorDraft[];
}

const emptyBlock = (side: BlockSpec['side']): BlockDraft => ({
  used: true,
  side,
  landmark: 'trochanter',
  direction: '',
});

/** A fresh "own placement", starting from the pack's placement for the category. */
export function ownPlacementFrom(spec: PlacementSpec): PlacementChoice {
  const block = (order: 1 | 2): BlockDraft => {
    const b = spec.blocks.find((x) => x.order === order);
    return b === undefined
      ? { ...emptyBlock(order === 1 ? 'category' : 'opposite'), used: spec.blocks.length === 0 }
      : { used: true, side: b.side, landmark: b.landmark, direction: b.direction ?? '' };
  };
  return {
    kind: 'own',
    position: spec.position,
    mode: 'pack',
    blocks: [block(1), block(2)],
    recheck: spec.recheck,
    endpoint: spec.endpoint,
    source: spec.sources[0] ?? '',
  };
}

function choiceOf(entry: NonNullable<ProtocolOverride['placements']>[CategoryId]): PlacementChoice {
  if (entry === undefined) return { kind: 'pack' };
  if ('preset' in entry) return { kind: 'preset', preset: entry.preset };
  return { ...ownPlacementFrom(entry), mode: entry.placement } as PlacementChoice;
}

/** The form state of a stored override (none: everything as the pack has it). */
export function draftOf(base: ProtocolPack, override: ProtocolOverride | null): ProtocolDraft {
  const map = override?.cmrtMap ?? {};
  return {
    priority: override?.priority ?? base.priority,
    placements: {
      I: choiceOf(override?.placements?.I),
      II: choiceOf(override?.placements?.II),
      III: choiceOf(override?.placements?.III),
    },
    cmrtMap: Object.fromEntries(areaKeys.map((k) => [k, (map[k] ?? []).join(', ')])) as Record<
      AreaKey,
      string
    >,
    disabled: override?.disableIndicators ?? [],
    added: (override?.addIndicators ?? []).map((spec) => ({
      id: spec.id,
      name: spec.name,
      description: spec.description,
      category: spec.category ?? '',
      role: spec.role ?? 'S',
      result: spec.result,
      source: spec.sources[0] ?? '',
    })),
  };
}

function placementOf(choice: PlacementChoice): NonNullable<ProtocolOverride['placements']>[CategoryId] {
  if (choice.kind === 'pack') return undefined;
  if (choice.kind === 'preset') return { preset: choice.preset };
  const sources = choice.source === '' ? [] : [choice.source];
  const blocks =
    choice.mode === 'practitioner'
      ? []
      : choice.blocks.flatMap((b, i) =>
          b.used
            ? [
                {
                  order: (i + 1) as 1 | 2,
                  side: b.side,
                  landmark: b.landmark,
                  ...(b.direction.trim() === '' ? {} : { direction: b.direction.trim() }),
                  certainty: 'practitioner-defined' as const,
                  sources,
                },
              ]
            : [],
        );
  return {
    position: choice.position,
    placement: choice.mode,
    blocks,
    recheck: [...choice.recheck],
    endpoint: choice.endpoint.trim(),
    certainty: 'practitioner-defined',
    sources,
  };
}

function addedOf(draft: AddedIndicatorDraft): IndicatorSpec {
  return {
    id: draft.id.trim(),
    name: draft.name.trim(),
    description: draft.description.trim(),
    category: draft.category === '' ? null : draft.category,
    role: draft.category === '' ? null : draft.role,
    result: draft.result,
    region: null,
    partLetter: null,
    sources: draft.source === '' ? [] : [draft.source],
    certainty: 'practitioner-defined',
  };
}

/**
 * The override to store: the form's fields over whatever else the stored override holds (blocking
 * timing, clinic sources), so saving the form never drops what it does not show.
 */
export function overrideOf(draft: ProtocolDraft, stored: ProtocolOverride | null): ProtocolOverride {
  const placements: NonNullable<ProtocolOverride['placements']> = {};
  for (const category of placementCategories) {
    const entry = placementOf(draft.placements[category]);
    if (entry !== undefined) placements[category] = entry;
  }
  const cmrtMap: Record<string, string[]> = {};
  for (const area of areaKeys) {
    const levels = draft.cmrtMap[area]
      .split(/[\s,;]+/)
      .map((s) => s.trim().toUpperCase())
      .filter((s) => s !== '');
    if (levels.length > 0) cmrtMap[area] = levels;
  }
  const {
    placements: _p,
    cmrtMap: _c,
    disableIndicators: _d,
    addIndicators: _a,
    priority: _r,
    ...rest
  } = stored ?? {};
  return {
    ...rest,
    priority: draft.priority,
    ...(Object.keys(placements).length === 0 ? {} : { placements }),
    ...(Object.keys(cmrtMap).length === 0 ? {} : { cmrtMap: cmrtMap as ProtocolOverride['cmrtMap'] }),
    ...(draft.disabled.length === 0 ? {} : { disableIndicators: [...draft.disabled] }),
    ...(draft.added.length === 0 ? {} : { addIndicators: draft.added.map(addedOf) }),
  };
}
