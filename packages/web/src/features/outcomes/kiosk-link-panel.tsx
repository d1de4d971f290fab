import type { Consent, CreatedKioskLink } from '@sotchart/contract';
import { instrumentIds, type InstrumentId } from '@sotchart/engine';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { outcomeKeys, outcomesApi } from '../../api/outcomes-api';
import { Alert } from '../../ui/alert';
import { Badge } from '../../ui/badge';
import { Button } from '../../ui/button';
import { formatDateTime } from '../../ui/date-format';
import { SelectField } from '../../ui/select-field';
import { consentTypeLabels } from '../consents/consent-labels';
import { instrumentShortNames } from './instrument-labels';

type Kind = 'questionnaire' | 'intake' | 'consent';

const kindLabels: Readonly<Record<Kind, string>> = {
  questionnaire: 'Questionnaire',
  intake: 'New-patient intake form',
  consent: 'Consent to sign',
};

/**
 * Makes a one-time link to one form for this patient and shows its QR code to scan with the clinic's
 * tablet (or opens it on this device). The link works once and only for a few minutes.
 */
export function KioskLinkPanel({
  patientId,
  timeZone,
}: {
  readonly patientId: string;
  readonly timeZone: string;
}) {
  const queryClient = useQueryClient();
  const [kind, setKind] = useState<Kind>('questionnaire');
  const [instrumentId, setInstrumentId] = useState<InstrumentId>('nprs');
  const [consentType, setConsentType] = useState<Consent['type']>('treatment');
  const [minutes, setMinutes] = useState('30');
  const [created, setCreated] = useState<CreatedKioskLink | null>(null);
  const links = useQuery({
    queryKey: outcomeKeys.kioskLinks(patientId),
    queryFn: () => outcomesApi.kioskLinks(patientId),
  });
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
              . It works once, until {formatDateTime(created.expiresAt, timeZone)}.
            </p>
            <p className="muted small">
              The link opens only this form for this patient; nothing else of the record.
            </p>
          </div>
        </div>
      )}
      {links.data !== undefined && links.data.length > 0 ? (
        <ul className="plain-list">
          {links.data.slice(0, 5).map((l) => (
            <li key={l.id}>
              {l.kind === 'questionnaire' && l.instrumentId !== null
                ? instrumentShortNames[l.instrumentId]
                : l.kind === 'consent' && l.consentType !== null
                  ? `Consent: ${consentTypeLabels[l.consentType]}`
                  : kindLabels[l.kind]}{' '}
              <span className="muted">made {formatDateTime(l.createdAt, timeZone)}</span>{' '}
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
