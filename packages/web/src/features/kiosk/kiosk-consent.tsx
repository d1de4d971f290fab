import type { ConsentText } from '@sotchart/contract';
import { useState, type FormEvent } from 'react';
import { useTranslation } from '../../i18n/translation';
import { SignaturePad, type SignatureStrokes } from './signature-pad';

/**
 * A consent on the tablet: the wording to read, the full name, and a signature drawn on screen. The
 * wording is the document signed, stored with the signature as shown: no browser translator may alter it.
 */
export function KioskConsent({
  consent,
  sending,
  error,
  onSubmit,
}: {
  readonly consent: ConsentText;
  readonly sending: boolean;
  readonly error: string | null;
  readonly onSubmit: (signedName: string, signature: SignatureStrokes) => void;
}) {
  const { t } = useTranslation('kiosk');
  const [name, setName] = useState('');
  const [signature, setSignature] = useState<SignatureStrokes | null>(null);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (signature !== null && name.trim() !== '') onSubmit(name.trim(), signature);
  };
  return (
    <form className="kiosk-card" onSubmit={submit} noValidate>
      <h2 translate="no">{consent.title}</h2>
      {/* Long wording scrolls inside its box: focusable, so it scrolls by keyboard too. */}
      <div
        className="consent-text"
        tabIndex={0}
        role="region"
        aria-label={t('consent.wordingLabel', { title: consent.title })}
        translate="no"
      >
        {consent.paragraphs.map((p) => (
          <p key={p}>{p}</p>
        ))}
      </div>
      {error === null ? null : (
        <p className="kiosk-error" role="alert">
          {error}
        </p>
      )}
      <div className="kiosk-field">
        <label htmlFor="consent-name">{t('consent.nameLabel')}</label>
        <input id="consent-name" autoComplete="name" value={name} onChange={(e) => setName(e.target.value)} />
      </div>
      <p className="kiosk-hint">{t('consent.signHint')}</p>
      <SignaturePad onChange={setSignature} />
      <div className="kiosk-actions">
        <button
          type="submit"
          className="kiosk-button kiosk-primary"
          disabled={sending || signature === null || name.trim() === ''}
        >
          {sending ? t('sending') : t('consent.submit')}
        </button>
      </div>
    </form>
  );
}
