/**
 * Names a path of the protocol override in the words of the settings form: "placements.II.blocks.0.landmark"
 * is "Category II blocking placement, block 1, landmark". `within` names it from a fieldset down, so a
 * message beside the Category II fieldset reads "Block 1, landmark".
 */
const placementParts: Readonly<Record<string, string>> = {
  position: 'patient position',
  placement: 'blocks',
  blocks: 'blocks',
  recheck: 'indicators to re-check while blocked',
  endpoint: 'when to remove the blocks',
  sources: 'source it follows',
  preset: 'preset',
  certainty: 'certainty',
};

const blockParts: Readonly<Record<string, string>> = {
  side: 'side',
  landmark: 'landmark',
  direction: 'direction',
  sources: 'source it follows',
  order: 'order',
  certainty: 'certainty',
};

const addedParts: Readonly<Record<string, string>> = {
  id: 'short id',
  name: 'name',
  description: 'description',
  result: 'what is recorded',
  category: 'category',
  role: 'role',
  sources: 'source it follows',
};

const ordinal = (index: string | undefined): string => String(Number(index ?? 0) + 1);

function placementPart(rest: readonly string[]): string[] {
  const [part, index, blockPart] = rest;
  if (part === undefined) return [];
  if (part === 'blocks' && index !== undefined) {
    return [
      `block ${ordinal(index)}`,
      ...(blockPart === undefined ? [] : [blockParts[blockPart] ?? blockPart]),
    ];
  }
  return [placementParts[part] ?? part];
}

/** The parts of a path's name, from the top of the form down. */
function nameParts(path: string): string[] {
  const [head, key, ...rest] = path.split('.');
  switch (head) {
    case 'priority':
      return ['Category priority'];
    case 'placements':
      return [`Category ${key ?? ''} blocking placement`, ...placementPart(rest)];
    case 'cmrtMap':
      return [
        'Occipital-fibre area map',
        ...(key === undefined ? [] : [`area ${key}`]),
        ...(rest[0] === undefined ? [] : [`level ${ordinal(rest[0])}`]),
      ];
    case 'disableIndicators':
      return ['Indicators not used in this clinic'];
    case 'addIndicators': {
      const part = rest[0];
      return [
        key === undefined ? 'Indicators added by this clinic' : `Added indicator ${ordinal(key)}`,
        ...(part === undefined ? [] : [addedParts[part] ?? part]),
      ];
    }
    case 'blocking':
      return ['Blocking timing'];
    case 'sources':
      return ['Sources'];
    default:
      return ['A setting'];
  }
}

const sentence = (parts: readonly string[]): string => {
  const text = parts.join(', ');
  return text.charAt(0).toUpperCase() + text.slice(1);
};

/** The whole name of a path, for the summary at the top of the form. */
export function overrideFieldName(path: string): string {
  return sentence(nameParts(path));
}

/** The name of `path` below the fieldset that shows `prefix`, or '' for the fieldset itself. */
export function overrideFieldNameWithin(path: string, prefix: string): string {
  return sentence(nameParts(path).slice(nameParts(prefix).length));
}
