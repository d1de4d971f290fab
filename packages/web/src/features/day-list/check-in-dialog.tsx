import type { AppointmentEntry, CreatedKioskLink } from '@sotchart/contract';
import type { TFunction } from '@sotchart/i18n';
import { useTranslation } from '../../i18n/translation';
import { Button } from '../../ui/button';
import { Dialog } from '../../ui/dialog';
import { clinicClockTime } from './appointment-timing';
import { consentKeys, instrumentKeys } from './due-labels';
import { sortedPatientName } from './patient-display';

/** What the link hands over, in the order the tablet asks. */
function handOver(link: CreatedKioskLink, t: TFunction<'dayList'>): string {
  const steps = [
    ...link.instrumentIds.map((id) => t(instrumentKeys[id])),
    ...link.consentTypes.map((type) => t('checkIn.stepConsent', { consent: t(consentKeys[type]) })),
  ];
  if (steps.length === 0) return t('checkIn.arrivalOnly');
  return steps.reduce((previous, next) => t('checkIn.then', { previous, next }), t('checkIn.stepArrival'));
}

/**
 * The check-in link of one appointment: its QR code to scan with the clinic tablet, or its address
 * to open there. It opens only this patient's check-in, once, for 30 minutes.
 */
export function CheckInDialog({
  entry,
  link,
  timeZone,
  onClose,
}: {
  readonly entry: AppointmentEntry | null;
  readonly link: CreatedKioskLink | null;
  readonly timeZone: string;
  readonly onClose: () => void;
}) {
  const { t, i18n } = useTranslation('dayList');
  const open = entry !== null && link !== null;
  return (
    <Dialog
      open={open}
      title={
        entry === null
          ? t('checkIn.title')
          : t('checkIn.titleFor', { name: sortedPatientName(entry.patientName, i18n.language) })
      }
      onClose={onClose}
    >
      {open ? (
        <div className="stack">
          <div className="kiosk-link-card">
            <img
              className="kiosk-qr"
              src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(link.qrSvg)}`}
              alt={t('checkIn.qrAlt')}
              width={200}
              height={200}
            />
            <div className="stack">
              <p>
                {t('checkIn.handOver', {
                  time: clinicClockTime(entry.startAt, timeZone),
                  type: entry.typeName,
                  steps: handOver(link, t),
                })}
              </p>
              <p>{t('checkIn.scan', { time: clinicClockTime(link.expiresAt, timeZone) })}</p>
              <p>
                <a href={link.url} target="_blank" rel="noreferrer">
                  {t('checkIn.openHere')}
                </a>
              </p>
              <p className="day-check-in-url small" translate="no">
                {link.url}
              </p>
              <p className="muted small">{t('checkIn.thisPatientOnly')}</p>
            </div>
          </div>
          <div className="form-actions">
            <Button variant="primary" onClick={onClose}>
              {t('checkIn.done')}
            </Button>
          </div>
        </div>
      ) : null}
    </Dialog>
  );
}
