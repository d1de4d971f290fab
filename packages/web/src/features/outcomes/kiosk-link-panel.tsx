import type { Consent, CreatedKioskLink, KioskLink } from '@sotchart/contract';
import { instrumentIds, type InstrumentId } from '@sotchart/engine';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { outcomeKeys, outcomesApi } from '../../api/outcomes-api';
import { Alert } from '../../ui/alert';
import { Badge } from '../../ui/badge';
import { Button } from '../../ui/button';
import { formatDateTime } from '../../ui/date-format';
import { SelectField } from '../../ui/select-field';
import { consentTypeLabels } from '../consents/consent-labels';
import { instrumentShortNames } from './instrument-labels';

type Kind = 'due_questionnaires' | 'questionnaire' | 'intake' | 'consent';

const kindLabels: Readonly<Record<Kind, string>> = {
  due_questionnaires: 'Every questionnaire due',
  questionnaire: 'One questionnaire',
  intake: 'New-patient intake form',
  consent: 'Consent to sign',
};

/** A link as listed: its questionnaires (with how many are answered, when several), intake or consent. */
function linkLabel(link: KioskLink): string {
  const { instrumentIds, answered } = link;
  if (link.kind === 'check_in') return 'Check-in for an appointment (from the day list)';
  if (instrumentIds.length > 1)
    return `${instrumentIds.map((id) => instrumentShortNames[id]).join(', ')} (${answered} of ${instrumentIds.length} answered)`;
  if (instrumentIds[0] !== undefined) return instrumentShortNames[instrumentIds[0]];
  if (link.consentType !== null) return `Consent: ${consentTypeLabels[link.consentType]}`;
  return kindLabels[link.kind];
}

/**
 * Makes a one-time link for this patient, to one form or to every questionnaire due (answered one
 * after another in one hand-over), and shows its QR code to scan with the clinic's tablet (or opens
 * it on this device). The link works until its forms are sent, and only for a few minutes.
 */
export function KioskLinkPanel({
  patientId,
  timeZone,
  links,
}: {
  readonly patientId: string;
  readonly timeZone: string;
  /** The patient's links, newest first (kept current by the page). */
  readonly links: readonly KioskLink[] | undefined;
}) {
  const queryClient = useQueryClient();
  const [kind, setKind] = useState<Kind>('due_questionnaires');
  const [instrumentId, setInstrumentId] = useState<InstrumentId>('nprs');
  const [consentType, setConsentType] = useState<Consent['type']>('treatment');
  const [minutes, setMinutes] = useState('30');
  const [created, setCreated] = useState<CreatedKioskLink | null>(null);
  const create = useMutation({
    mutationFn: () => {
      const expiresInMinutes = Number(minutes);
      return outcomesApi.createKioskLink(
        patientId,
        kind === 'questionnaire'
          ? { kind, instrumentId, expiresInMinutes }
          : kind === 'consent'
            ? { kind, consentType, expiresInMinutes }
            : { kind, expiresInMinutes },
      );
    },
    onSuccess: async (link) => {
      setCreated(link);
      await queryClient.invalidateQueries({ queryKey: outcomeKeys.kioskLinks(patientId) });
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    create.mutate();
  };
  return (
    <div className="stack">
      <form className="stack" onSubmit={submit}>
        <div className="form-grid">
          <SelectField
            label="Form"
            value={kind}
            options={(Object.keys(kindLabels) as Kind[]).map((k) => ({ value: k, label: kindLabels[k] }))}
            onChange={(v) => setKind(v as Kind)}
          />
          {kind === 'questionnaire' ? (
            <SelectField
              label="Questionnaire"
              value={instrumentId}
              options={instrumentIds.map((id) => ({ value: id, label: instrumentShortNames[id] }))}
              onChange={(v) => setInstrumentId(v as InstrumentId)}
            />
          ) : null}
          {kind === 'consent' ? (
            <SelectField
              label="Consent"
              value={consentType}
              options={(Object.keys(consentTypeLabels) as Consent['type'][]).map((t) => ({
                value: t,
                label: consentTypeLabels[t],
              }))}
              onChange={(v) => setConsentType(v as Consent['type'])}
            />
          ) : null}
          <SelectField
            label="Valid for"
            value={minutes}
            options={['15', '30', '60', '120'].map((m) => ({ value: m, label: `${m} minutes` }))}
            onChange={setMinutes}
          />
        </div>
        <div className="form-actions">
          <Button type="submit" variant="primary" busy={create.isPending}>
            Make tablet link
          </Button>
        </div>
        {create.isError ? <Alert tone="danger">{create.error.message}</Alert> : null}
      </form>
      {created === null ? null : (
        <div className="kiosk-link-card" aria-live="polite">
          <img
            className="kiosk-qr"
            src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(created.qrSvg)}`}
            alt="QR code of the tablet link"
            width={200}
            height={200}
          />
          <div className="stack">
            <p>
              Scan with the clinic tablet, or{' '}
              <a href={created.url} target="_blank" rel="noreferrer">
                open the link on this device
              </a>
              . It works until its {created.instrumentIds.length > 1 ? 'forms are' : 'form is'} sent, and only
              until {formatDateTime(created.expiresAt, timeZone)}.
            </p>
            <p className="muted small">
              The link opens only {created.instrumentIds.length > 1 ? 'these forms' : 'this form'} for this
              patient; nothing else of the record.
            </p>
          </div>
        </div>
      )}
      {links !== undefined && links.length > 0 ? (
        <ul className="plain-list">
          {links.slice(0, 5).map((l) => (
            <li key={l.id}>
              {linkLabel(l)} <span className="muted">made {formatDateTime(l.createdAt, timeZone)}</span>{' '}
              <Badge tone={l.status === 'open' ? 'accent' : l.status === 'used' ? 'success' : 'neutral'}>
                {l.status}
              </Badge>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
