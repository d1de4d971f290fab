import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';

/** The kinds of protocol-pack item whose wording the `protocolContent` catalogue translates. */
export type ProtocolTextKind =
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
 * A protocol pack item's text in the app's language. The pack (the default or the clinic's own)
 * holds English wording by id; the `protocolContent` catalogue holds each default item's wording per
 * language under `<kind>.<id>.<field>` (e.g. `indicator.arm_fossa.name`). Where the catalogue has no
 * such message (a clinic's own item), the pack's own text is shown as it is.
 *
 * @example
 * const text = useProtocolText();
 * text('indicator', spec.id, 'name', spec.name);
 */
export function useProtocolText(): (kind: ProtocolTextKind, id: string, field: string, packText: string) => string {
  const { t, i18n } = useTranslation('protocolContent');
  return useCallback(
    (kind, id, field, packText) => {
      const key = `${kind}.${id}.${field}`;
      // The catalogue's keys are made from engine ids at run time, so they are not typed literals.
      return i18n.exists(key, { ns: 'protocolContent' }) ? t(key as never) : packText;
    },
    [t, i18n],
  );
}
