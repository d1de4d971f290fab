import type { Consent, CreatedKioskLink, KioskLink } from '@sotchart/contract';
import { instrumentIds, type InstrumentId } from '@sotchart/engine';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { TFunction } from '@sotchart/i18n';
import { useState, type FormEvent } from 'react';
import { useTranslation } from '../../i18n/translation';
import { outcomeKeys, outcomesApi } from '../../api/outcomes-api';
import { Alert } from '../../ui/alert';
import { Badge } from '../../ui/badge';
import { Button } from '../../ui/button';
import { formatDateTime } from '../../ui/date-format';
import { SelectField } from '../../ui/select-field';
import { consentTypes, useConsentTypeLabel } from '../consents/consent-labels';
import { instrumentShortName } from './instrument-labels';

type Kind = 'due_questionnaires' | 'questionnaire' | 'intake' | 'consent';

const kindKeys = {
  due_questionnaires: 'kioskLink.kind.due',
  questionnaire: 'kioskLink.kind.one',
  intake: 'kioskLink.kind.intake',
  consent: 'kioskLink.kind.consent',
} as const satisfies Readonly<Record<Kind, string>>;

const statusKeys = {
  open: 'kioskLink.status.open',
  used: 'kioskLink.status.used',
  expired: 'kioskLink.status.expired',
} as const satisfies Readonly<Record<KioskLink['status'], string>>;

/** A link as listed: its questionnaires (with how many are answered, when several), intake or consent. */
function linkLabel(
  link: KioskLink,
  t: TFunction<'outcomes'>,
  consentLabel: (type: Consent['type']) => string,
): string {
  const { instrumentIds, answered } = link;
  if (link.kind === 'check_in') return t('kioskLink.checkIn');
  if (instrumentIds.length > 1)
    return t('kioskLink.several', {
      instruments: instrumentIds.map((id) => instrumentShortName(id)).join(t('list.separator')),
      answered,
      total: instrumentIds.length,
    });
  if (instrumentIds[0] !== undefined) return instrumentShortName(instrumentIds[0]);
  if (link.consentType !== null) return t('kioskLink.consentOf', { consent: consentLabel(link.consentType) });
  return t(kindKeys[link.kind]);
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
  const { t } = useTranslation('outcomes');
  const consentLabel = useConsentTypeLabel();
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
            label={t('kioskLink.form')}
            value={kind}
            options={(Object.keys(kindKeys) as Kind[]).map((k) => ({ value: k, label: t(kindKeys[k]) }))}
            onChange={(v) => setKind(v as Kind)}
          />
          {kind === 'questionnaire' ? (
            <SelectField
              label={t('kioskLink.questionnaire')}
              value={instrumentId}
              options={instrumentIds.map((id) => ({ value: id, label: instrumentShortName(id) }))}
              onChange={(v) => setInstrumentId(v as InstrumentId)}
            />
          ) : null}
          {kind === 'consent' ? (
            <SelectField
              label={t('kioskLink.consent')}
              value={consentType}
              options={consentTypes.map((type) => ({ value: type, label: consentLabel(type) }))}
              onChange={(v) => setConsentType(v as Consent['type'])}
            />
          ) : null}
          <SelectField
            label={t('kioskLink.validFor')}
            value={minutes}
            options={['15', '30', '60', '120'].map((m) => ({
              value: m,
              label: t('kioskLink.minutes', { count: Number(m) }),
            }))}
            onChange={setMinutes}
          />
        </div>
        <div className="form-actions">
          <Button type="submit" variant="primary" busy={create.isPending}>
            {t('kioskLink.make')}
          </Button>
        </div>
        {create.isError ? <Alert tone="danger">{create.error.message}</Alert> : null}
      </form>
      {created === null ? null : (
        <div className="kiosk-link-card" aria-live="polite">
          <img
            className="kiosk-qr"
            src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(created.qrSvg)}`}
            alt={t('kioskLink.qrAlt')}
            width={200}
            height={200}
          />
          <div className="stack">
            <p>
              {t('kioskLink.scan')}{' '}
              <a href={created.url} target="_blank" rel="noreferrer">
                {t('kioskLink.openHere')}
              </a>
              .{' '}
              {t('kioskLink.validUntil', {
                several: created.instrumentIds.length > 1 ? 'yes' : 'no',
                time: formatDateTime(created.expiresAt, timeZone),
              })}
            </p>
            <p className="muted small">
              {t('kioskLink.onlyThese', { several: created.instrumentIds.length > 1 ? 'yes' : 'no' })}
            </p>
          </div>
        </div>
      )}
      {links !== undefined && links.length > 0 ? (
        <ul className="plain-list">
          {links.slice(0, 5).map((l) => (
            <li key={l.id}>
              {linkLabel(l, t, consentLabel)}{' '}
              <span className="muted">
                {t('kioskLink.madeAt', { date: formatDateTime(l.createdAt, timeZone) })}
              </span>{' '}
              <Badge tone={l.status === 'open' ? 'accent' : l.status === 'used' ? 'success' : 'neutral'}>
                {t(statusKeys[l.status])}
              </Badge>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
