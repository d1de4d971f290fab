import { useTranslation } from '../../../i18n/translation';

/** The last visit's value for a row, offered for an explicit, per-row carry-forward. */
export interface CarryOffer {
  /** The last value in shorthand, e.g. "R +". */
  readonly text: string;
  /** When it was found, e.g. "12 Nov". */
  readonly when: string;
  readonly onConfirm: () => void;
}

export interface CarryForwardProps {
  readonly offer: CarryOffer;
  readonly confirming: boolean;
  readonly onAsk: () => void;
  readonly onCancel: () => void;
}

/**
 * Shows the last visit's value as a reference. Copying it takes two steps (ask, then confirm) so no
 * finding is carried over by a stray tap; the copy is marked "carried forward, confirmed".
 */
export function CarryForward({ offer, confirming, onAsk, onCancel }: CarryForwardProps) {
  const { t } = useTranslation('chartingNote');
  return (
    <div className="entry-previous">
      <span className="muted">
        {t('carry.last', { when: offer.when })} <strong>{offer.text}</strong>
      </span>
      {confirming ? (
        <>
          <button type="button" className="link-button" tabIndex={-1} onClick={offer.onConfirm}>
            {t('carry.confirm', { value: offer.text })}
          </button>
          <button type="button" className="link-button" tabIndex={-1} onClick={onCancel}>
            {t('carry.cancel')}
          </button>
          <span className="muted small">{t('carry.keys')}</span>
        </>
      ) : (
        <button type="button" className="link-button" tabIndex={-1} onClick={onAsk}>
          {t('carry.ask')}
        </button>
      )}
    </div>
  );
}

/**
 * The row's `carry` prop for the last visit's value, or nothing when there is none. The copy leaves
 * out the note (it described that visit) and is marked carried forward.
 */
export function carryOffer<V extends { readonly note?: string }>(
  last: V | undefined,
  when: string | null,
  text: (value: V) => string,
  copy: (value: Omit<V, 'note'> & { readonly carriedForward: true }) => void,
): { carry?: CarryOffer } {
  if (last === undefined || when === null) return {};
  const { note: _note, ...copied } = last;
  return { carry: { text: text(last), when, onConfirm: () => copy({ ...copied, carriedForward: true }) } };
}
