import { segments, siteKey, type FindingSite, type ResultShapeId } from '@sotchart/engine';
import type { TFunction } from '@sotchart/i18n';
import type { ReactNode } from 'react';
import type { ProtocolTextKind } from '../../../i18n/protocol-text';
import type { EntryValue } from '../entry/entry-value';

const tsLevels = segments.filter((s) => /^(T\d+|L\d)$/.test(s));

function withSite(value: EntryValue, field: keyof FindingSite, next: string | undefined): EntryValue {
  const site: Record<string, unknown> = { ...value.site };
  if (next === undefined || next === '') delete site[field];
  else site[field] = next;
  const { site: _old, ...rest } = value;
  return Object.keys(site).length === 0 ? rest : { ...rest, site: site as FindingSite };
}

interface ChoiceProps {
  readonly label: string;
  readonly value: string | undefined;
  readonly options: readonly (readonly [string, string])[];
  readonly onChange: (value: string | undefined) => void;
  /** Options that would give a site already charted: shown, not chosen. */
  readonly isTaken?: (option: string) => boolean;
}

function Choice({ label, value, options, onChange, isTaken }: ChoiceProps) {
  return (
    <label className="entry-site">
      <span>{label}</span>
      <select
        value={value ?? ''}
        onChange={(e) => onChange(e.target.value === '' ? undefined : e.target.value)}
      >
        {options.map(([v, text]) => (
          <option
            key={v}
            value={v}
            disabled={v !== '' && v !== value && isTaken?.(v) === true}
            // A code shown as itself (a segment, A or B) is the same in every language.
            {...(v !== '' && text === v ? { translate: 'no' } : {})}
          >
            {text}
          </option>
        ))}
      </select>
    </label>
  );
}

function Direction({ label, value, onChange }: Omit<ChoiceProps, 'options'>) {
  return (
    <label className="entry-site">
      <span>{label}</span>
      <input
        type="text"
        maxLength={100}
        translate="no"
        value={value ?? ''}
        onChange={(e) => onChange(e.target.value === '' ? undefined : e.target.value)}
      />
    </label>
  );
}

/**
 * The site fields a result shape asks for beside its value: the direction, the level, the cranial
 * structure, or the TS point's level and A/B (each fossa has its own row). Required ones are marked.
 * `label` is the indicator's name as shown; `t` and `text` give the words and the protocol's names.
 * `taken` holds the site keys charted already: an option that would give one of them is disabled.
 */
export function siteFields(
  shape: ResultShapeId,
  label: string,
  cranialStructures: readonly string[],
  t: TFunction<'chartingNote'>,
  text: (kind: ProtocolTextKind, id: string, field: string, packText: string) => string,
  taken: ReadonlySet<string> = new Set(),
): ((value: EntryValue, set: (value: EntryValue) => void) => ReactNode) | undefined {
  const edit =
    (value: EntryValue, set: (v: EntryValue) => void, field: keyof FindingSite) =>
    (next: string | undefined) =>
      set(withSite(value, field, next));
  const isTaken = (value: EntryValue, field: keyof FindingSite) => (option: string) =>
    taken.has(siteKey(withSite(value, field, option).site));
  switch (shape) {
    case 'side_direction_posneg':
    case 'direction_posneg':
      return (v, set) => (
        <Direction
          label={t('siteField.direction', { name: label })}
          value={v.site?.direction}
          onChange={edit(v, set, 'direction')}
        />
      );
    case 'level_posneg':
      return (v, set) => (
        <Choice
          label={t('siteField.level', { name: label })}
          value={v.site?.level}
          options={[['', t('siteField.levelNone')], ...segments.map((s) => [s, s] as const)]}
          onChange={edit(v, set, 'level')}
        />
      );
    case 'side_structure_posneg':
      return (v, set) => (
        <Choice
          label={t('siteField.structure', { name: label })}
          value={v.site?.structure}
          options={[
            ['', t('siteField.choose')],
            ...cranialStructures.map((s) => [s, text('cranial', s, 'name', s.replaceAll('_', ' '))] as const),
          ]}
          onChange={edit(v, set, 'structure')}
          isTaken={isTaken(v, 'structure')}
        />
      );
    case 'ts_point':
      return (v, set) => (
        <>
          <Choice
            label={t('siteField.tsLevel', { name: label })}
            value={v.site?.level}
            options={[['', t('siteField.choose')], ...tsLevels.map((s) => [s, s] as const)]}
            onChange={edit(v, set, 'level')}
            isTaken={isTaken(v, 'level')}
          />
          <Choice
            label={t('siteField.tsPoint', { name: label })}
            value={v.site?.structure}
            options={[
              ['', t('siteField.choose')],
              ['A', 'A'],
              ['B', 'B'],
            ]}
            onChange={edit(v, set, 'structure')}
            isTaken={isTaken(v, 'structure')}
          />
        </>
      );
    default:
      return undefined;
  }
}
