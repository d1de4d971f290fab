import { i18n } from '../../i18n/translation';

/**
 * Names a path of the protocol override in the words of the settings form: "placements.II.blocks.0.landmark"
 * is "Category II blocking placement, block 1, landmark". `within` names it from a fieldset down, so a
 * message beside the Category II fieldset reads "Block 1, landmark".
 */
const placementParts = {
  position: 'fieldName.position',
  placement: 'fieldName.blocks',
  blocks: 'fieldName.blocks',
  recheck: 'fieldName.recheck',
  endpoint: 'fieldName.endpoint',
  sources: 'fieldName.source',
  preset: 'fieldName.preset',
  certainty: 'fieldName.certainty',
} as const;

const blockParts = {
  side: 'fieldName.side',
  landmark: 'fieldName.landmark',
  direction: 'fieldName.direction',
  sources: 'fieldName.source',
  order: 'fieldName.order',
  certainty: 'fieldName.certainty',
} as const;

const addedParts = {
  id: 'fieldName.shortId',
  name: 'fieldName.name',
  description: 'fieldName.description',
  result: 'fieldName.result',
  category: 'fieldName.category',
  role: 'fieldName.role',
  sources: 'fieldName.source',
} as const;

type PartKey =
  | (typeof placementParts)[keyof typeof placementParts]
  | (typeof blockParts)[keyof typeof blockParts]
  | (typeof addedParts)[keyof typeof addedParts];

// Read at call time: the words follow the app's language as it is when the name is asked for.
const fixedT = () => i18n.getFixedT(null, 'protocol');

const part = (parts: Readonly<Record<string, PartKey>>, name: string): string => {
  const key = parts[name];
  return key === undefined ? name : fixedT()(key);
};

const ordinal = (index: string | undefined): number => Number(index ?? 0) + 1;

function placementPart(rest: readonly string[]): string[] {
  const t = fixedT();
  const [name, index, blockPart] = rest;
  if (name === undefined) return [];
  if (name === 'blocks' && index !== undefined) {
    return [
      t('fieldName.block', { order: ordinal(index) }),
      ...(blockPart === undefined ? [] : [part(blockParts, blockPart)]),
    ];
  }
  return [part(placementParts, name)];
}

/** The parts of a path's name, from the top of the form down. */
function nameParts(path: string): string[] {
  const t = fixedT();
  const [head, key, ...rest] = path.split('.');
  switch (head) {
    case 'priority':
      return [t('fieldName.priority')];
    case 'placements':
      return [t('fieldName.placement', { category: key ?? '' }), ...placementPart(rest)];
    case 'cmrtMap':
      return [
        t('fieldName.cmrtMap'),
        ...(key === undefined ? [] : [t('fieldName.area', { area: key })]),
        ...(rest[0] === undefined ? [] : [t('fieldName.level', { number: ordinal(rest[0]) })]),
      ];
    case 'disableIndicators':
      return [t('fieldName.disabled')];
    case 'addIndicators': {
      const name = rest[0];
      return [
        key === undefined ? t('fieldName.added') : t('fieldName.addedItem', { number: ordinal(key) }),
        ...(name === undefined ? [] : [part(addedParts, name)]),
      ];
    }
    case 'blocking':
      return [t('fieldName.blocking')];
    case 'sources':
      return [t('fieldName.sources')];
    default:
      return [t('fieldName.other')];
  }
}

// The parts read as a path, top down: "Category II blocking placement, block 1, landmark".
const sentence = (parts: readonly string[]): string => {
  const text = parts.join(fixedT()('fieldName.separator'));
  return text.charAt(0).toLocaleUpperCase(i18n.language) + text.slice(1);
};

/** The whole name of a path, for the summary at the top of the form. */
export function overrideFieldName(path: string): string {
  return sentence(nameParts(path));
}

/** The name of `path` below the fieldset that shows `prefix`, or '' for the fieldset itself. */
export function overrideFieldNameWithin(path: string, prefix: string): string {
  return sentence(nameParts(path).slice(nameParts(prefix).length));
}
