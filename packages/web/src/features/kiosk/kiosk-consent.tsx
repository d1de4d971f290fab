import type { ConsentText } from '@sotchart/contract';
import { useState, type FormEvent } from 'react';
import { SignaturePad, type SignatureStrokes } from './signature-pad';

/** A consent on the tablet: the wording to read, the full name, and a signature drawn on screen. */
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
  const [name, setName] = useState('');
  const [signature, setSignature] = useState<SignatureStrokes | null>(null);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (signature !== null && name.trim() !== '') onSubmit(name.trim(), signature);
  };
  return (
    <form className="kiosk-card" onSubmit={submit} noValidate>
      <h2>{consent.title}</h2>
      {/* Long wording scrolls inside its box: focusable, so it scrolls by keyboard too. */}
      <div className="consent-text" tabIndex={0} role="region" aria-label={`${consent.title}: wording`}>
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
        <label htmlFor="consent-name">Your full name (required)</label>
        <input id="consent-name" autoComplete="name" value={name} onChange={(e) => setName(e.target.value)} />
      </div>
      <p className="kiosk-hint">Sign in the box below.</p>
      <SignaturePad onChange={setSignature} />
      <div className="kiosk-actions">
        <button
          type="submit"
          className="kiosk-button kiosk-primary"
          disabled={sending || signature === null || name.trim() === ''}
        >
          {sending ? 'Sending…' : 'I agree — sign and send'}
        </button>
      </div>
    </form>
  );
}
