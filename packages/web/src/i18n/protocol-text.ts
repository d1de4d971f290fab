import type { Namespace, TFunction } from '@sotchart/i18n';
import { defaultPack, type PlacementSpec, type ProtocolPack } from '@sotchart/engine';
import { createElement, Fragment, useCallback, type ReactElement } from 'react';
import { useTranslation } from './translation';

/** The kinds of protocol-pack item whose wording the `protocolContent` catalogue translates. */
export type ProtocolTextKind =
  | 'pack'
  | 'indicator'
  | 'category'
  | 'rule'
  | 'priorityPreset'
  | 'placement'
  | 'placementPreset'
  | 'blocking'
  | 'cmrt'
  | 'cranial'
  | 'redFlag'
  | 'contraindication'
  | 'urgency'
  | 'evidence'
  | 'source';

/**
 * One text field of a protocol pack: its catalogue key `<kind>.<id>.<field>`, where it sits in the
 * pack (a dotted path, e.g. `indicators.3.name`) and its English wording.
 */
export interface ProtocolTextEntry {
  readonly key: string;
  readonly path: string;
  readonly text: string;
}

/**
 * Every text field of a pack with its catalogue key. The keys:
 * - `pack.<pack id>.name`; `indicator.<id>.name|description`; `category.<I|II|III>.name`;
 *   `rule.<id>.summary`; `priorityPreset.<id>.name`; `source.<id>.title`;
 * - `placement.<I|II|III>.endpoint`, `placement.<I|II|III>.block<order>.direction`, and the same
 *   fields under `placementPreset.<id>.…` beside the preset's `name`;
 * - `blocking.default.breathing`; `evidence.default.text`; `urgency.<urgency>.message` (the referral
 *   message); `cmrt.line<n>.name|tender|listing`, `cmrt.<level>.organ`, `cmrt.default.claimNote`;
 * - `cranial.<structure id>.name` — the pack holds only the id; its English text is the id with
 *   spaces for underscores ("sagittal_suture" → "sagittal suture");
 * - `redFlag.<id>.name|question`; `contraindication.<id>.name|question|warning` (a warning may hold
 *   `{position}`, which the engine fills with the plan's position).
 *
 * @example
 * protocolTextEntries(defaultPack).find((e) => e.key === 'indicator.arm_fossa.name')?.text; // 'Arm–fossa test'
 */
export function protocolTextEntries(pack: ProtocolPack): ProtocolTextEntry[] {
  const out: ProtocolTextEntry[] = [];
  const add = (key: string, path: string, text: string) => out.push({ key, path, text });
  const addPlacement = (prefix: string, path: string, placement: PlacementSpec) => {
    add(`${prefix}.endpoint`, `${path}.endpoint`, placement.endpoint);
    placement.blocks.forEach((block, i) => {
      if (block.direction !== undefined)
        add(`${prefix}.block${block.order}.direction`, `${path}.blocks.${i}.direction`, block.direction);
    });
  };
  add(`pack.${pack.id}.name`, 'name', pack.name);
  pack.indicators.forEach((spec, i) => {
    add(`indicator.${spec.id}.name`, `indicators.${i}.name`, spec.name);
    add(`indicator.${spec.id}.description`, `indicators.${i}.description`, spec.description);
  });
  pack.categories.forEach((c, i) => add(`category.${c.id}.name`, `categories.${i}.name`, c.name));
  pack.priorityPresets.forEach((p, i) =>
    add(`priorityPreset.${p.id}.name`, `priorityPresets.${i}.name`, p.name),
  );
  pack.rules.forEach((rule, i) => add(`rule.${rule.id}.summary`, `rules.${i}.summary`, rule.summary));
  for (const category of ['I', 'II', 'III'] as const)
    addPlacement(`placement.${category}`, `placements.${category}`, pack.placements[category]);
  pack.placementPresets.forEach((preset, i) => {
    add(`placementPreset.${preset.id}.name`, `placementPresets.${i}.name`, preset.name);
    addPlacement(`placementPreset.${preset.id}`, `placementPresets.${i}.placement`, preset.placement);
  });
  add('blocking.default.breathing', 'blocking.breathing', pack.blocking.breathing);
  pack.cmrt.lines.forEach((line, i) => {
    for (const field of ['name', 'tender', 'listing'] as const)
      add(`cmrt.line${line.line}.${field}`, `cmrt.lines.${i}.${field}`, line[field]);
  });
  pack.cmrt.viscera.forEach((v, i) => add(`cmrt.${v.level}.organ`, `cmrt.viscera.${i}.organ`, v.organ));
  add('cmrt.default.claimNote', 'cmrt.claimNote', pack.cmrt.claimNote);
  pack.cranialStructures.forEach((s, i) =>
    add(`cranial.${s}.name`, `cranialStructures.${i}`, s.replaceAll('_', ' ')),
  );
  pack.redFlags.forEach((flag, i) => {
    add(`redFlag.${flag.id}.name`, `redFlags.${i}.name`, flag.name);
    add(`redFlag.${flag.id}.question`, `redFlags.${i}.question`, flag.question);
  });
  pack.contraindications.forEach((ci, i) => {
    for (const field of ['name', 'question', 'warning'] as const)
      add(`contraindication.${ci.id}.${field}`, `contraindications.${i}.${field}`, ci[field]);
  });
  for (const urgency of ['emergency', 'urgent', 'prompt'] as const)
    add(`urgency.${urgency}.message`, `referralMessages.${urgency}`, pack.referralMessages[urgency]);
  add('evidence.default.text', 'evidenceNote.text', pack.evidenceNote.text);
  pack.sources.forEach((s, i) => add(`source.${s.id}.title`, `sources.${i}.title`, s.title));
  return out;
}

interface Template {
  readonly key: string;
  readonly pattern: RegExp;
  readonly names: readonly string[];
}

interface DefaultIndex {
  readonly byKey: ReadonlyMap<string, string>;
  readonly byText: ReadonlyMap<string, string>;
  readonly templates: readonly Template[];
}

const escapeRegExp = (text: string) => text.replaceAll(/[.*+?^${}()|[\]\\]/g, String.raw`\$&`);

function indexOf(pack: ProtocolPack): DefaultIndex {
  const byKey = new Map<string, string>();
  const byText = new Map<string, string>();
  const templates: Template[] = [];
  for (const { key, text } of protocolTextEntries(pack)) {
    byKey.set(key, text);
    if (!byText.has(text)) byText.set(text, key);
    // A message the engine fills in at run time ("{position} positioning") is matched as a pattern.
    const names = [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '');
    if (names.length > 0) {
      const source = text
        .split(/\{\w+\}/)
        .map(escapeRegExp)
        .join('(.+?)');
      templates.push({ key, pattern: new RegExp(`^${source}$`), names });
    }
  }
  return { byKey, byText, templates };
}

let defaultIndex: DefaultIndex | undefined;

// Words the engine puts into a pack message ("{position} positioning"), by argument and value.
const valueKeys: Readonly<
  Record<string, Readonly<Record<string, 'packValue.position.prone' | 'packValue.position.supine'>>>
> = {
  position: { prone: 'packValue.position.prone', supine: 'packValue.position.supine' },
};

/** A catalogue message by key with its values, or undefined when the catalogue has no such message. */
export type ProtocolTranslate = (key: string, values: Readonly<Record<string, string>>) => string | undefined;

/** A pack text in the app's language, and whether it is the clinic's own wording (shown as written). */
export interface ResolvedProtocolText {
  readonly text: string;
  readonly own: boolean;
}

/**
 * The wording to show for a pack text: the catalogue's message when the text is the default pack's
 * wording (for this key, or the same wording elsewhere in the default pack, e.g. a preset's endpoint
 * adopted as a category's; a message the engine filled in is matched with its values), else the
 * pack's own text as the clinic wrote it.
 *
 * @example
 * resolveProtocolText('indicator', 'arm_fossa', 'name', 'Arm–fossa test', translate).text;
 */
export function resolveProtocolText(
  kind: ProtocolTextKind,
  id: string,
  field: string,
  packText: string,
  translate: ProtocolTranslate,
  base: ProtocolPack = defaultPack,
): ResolvedProtocolText {
  const index = base === defaultPack ? (defaultIndex ??= indexOf(base)) : indexOf(base);
  const key = `${kind}.${id}.${field}`;
  const same = index.byKey.get(key) === packText ? key : index.byText.get(packText);
  if (same !== undefined) {
    // A template shown as the pack holds it keeps its placeholders as they are.
    const names = index.templates.find((t) => t.key === same)?.names ?? [];
    const text = translate(same, Object.fromEntries(names.map((name) => [name, `{${name}}`])));
    if (text !== undefined) return { text, own: false };
  }
  const templates = [...index.templates].sort((a, b) => Number(b.key === key) - Number(a.key === key));
  for (const template of templates) {
    const match = template.pattern.exec(packText);
    if (match === null) continue;
    const values = Object.fromEntries(template.names.map((name, i) => [name, match[i + 1] ?? '']));
    // Only the words the engine itself fills in: other text in the gap is the clinic's own.
    if (!Object.entries(values).every(([name, value]) => valueKeys[name]?.[value] !== undefined)) continue;
    const text = translate(template.key, values);
    if (text !== undefined) return { text, own: false };
  }
  return { text: packText, own: true };
}

/** The messages {@link protocolTranslator} reads: the app's, or a catalogue in one language in tests. */
export interface ProtocolMessages {
  exists(key: string, options: { readonly ns: Namespace }): boolean;
  readonly t: TFunction;
}

/**
 * The catalogue lookup {@link resolveProtocolText} needs, in the messages' language: a `protocolContent` message with its values, a value the engine filled in (e.g. "prone")
 * in the instance's words.
 *
 * @example
 * resolveProtocolText('rule', rule.id, 'summary', rule.summary, protocolTranslator(i18n));
 */
export function protocolTranslator(i18n: ProtocolMessages): ProtocolTranslate {
  return (key, values) => {
    if (!i18n.exists(key, { ns: 'protocolContent' })) return undefined;
    const words = Object.fromEntries(
      Object.entries(values).map(([name, value]) => {
        const wordKey = valueKeys[name]?.[value];
        return [name, wordKey === undefined ? value : i18n.t(wordKey, { ns: 'protocol' })];
      }),
    );
    // The catalogue's keys are made from engine ids at run time, so they are not typed literals.
    return i18n.t(key as never, { ns: 'protocolContent', ...words });
  };
}

function useResolver(): (
  kind: ProtocolTextKind,
  id: string,
  field: string,
  packText: string,
) => ResolvedProtocolText {
  // `t` changes with the language, so the screens using the text render again when it changes.
  const { t, i18n } = useTranslation(['protocolContent', 'protocol']);
  return useCallback(
    (kind, id, field, packText) => resolveProtocolText(kind, id, field, packText, protocolTranslator(i18n)),
    [t, i18n],
  );
}

/**
 * A protocol pack item's text in the app's language. The pack (the default or the clinic's own)
 * holds English wording by id; the `protocolContent` catalogue holds each default item's wording per
 * language under `<kind>.<id>.<field>` (e.g. `indicator.arm_fossa.name`; see
 * {@link protocolTextEntries}). Where the clinic's pack has its own wording (an item it added, or a
 * default item it reworded), the pack's own text is shown as it is.
 *
 * @example
 * const text = useProtocolText();
 * text('indicator', spec.id, 'name', spec.name);
 */
export function useProtocolText(): (
  kind: ProtocolTextKind,
  id: string,
  field: string,
  packText: string,
) => string {
  const resolve = useResolver();
  return useCallback((kind, id, field, packText) => resolve(kind, id, field, packText).text, [resolve]);
}

/**
 * Like {@link useProtocolText}, with whether the text is the clinic's own wording, which a screen
 * marks `translate="no"` as user data (see {@link ProtocolText}).
 */
export function useProtocolTextOf(): (
  kind: ProtocolTextKind,
  id: string,
  field: string,
  packText: string,
) => ResolvedProtocolText {
  return useResolver();
}

/**
 * A pack text as an element: the catalogue's wording, or the clinic's own wording in a
 * `translate="no"` span (user data, left alone by the pseudo-locale scan and browser translators).
 *
 * @example
 * <ProtocolText kind="rule" id={rule.id} field="summary" text={rule.summary} />
 */
export function ProtocolText({
  kind,
  id,
  field,
  text,
}: {
  readonly kind: ProtocolTextKind;
  readonly id: string;
  readonly field: string;
  readonly text: string;
}): ReactElement {
  const resolved = useResolver()(kind, id, field, text);
  return resolved.own
    ? createElement('span', { translate: 'no' }, resolved.text)
    : createElement(Fragment, null, resolved.text);
}
