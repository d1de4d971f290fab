import type { AppointmentEntry, CreatedKioskLink } from '@sotchart/contract';
import { Button } from '../../ui/button';
import { Dialog } from '../../ui/dialog';
import { consentTypeLabels } from '../consents/consent-labels';
import { instrumentShortNames } from '../outcomes/instrument-labels';
import { clinicClockTime } from './appointment-timing';

/** What the link hands over, in the order the tablet asks. */
function handOver(link: CreatedKioskLink): string {
  const steps = [
    'arrival',
    ...link.instrumentIds.map((id) => instrumentShortNames[id]),
    ...link.consentTypes.map((t) => `consent to ${consentTypeLabels[t].toLowerCase()}`),
  ];
  return steps.length === 1 ? 'arrival only (nothing else is due)' : steps.join(', then ');
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
  const open = entry !== null && link !== null;
  return (
    <Dialog
      open={open}
      title={entry === null ? 'Tablet check-in' : `Tablet check-in: ${entry.patientName}`}
      onClose={onClose}
    >
      {open ? (
        <div className="stack">
          <div className="kiosk-link-card">
            <img
              className="kiosk-qr"
              src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(link.qrSvg)}`}
              alt="QR code of the check-in link"
              width={200}
              height={200}
            />
            <div className="stack">
              <p>
                For the {clinicClockTime(entry.startAt, timeZone)} {entry.typeName}: {handOver(link)}.
              </p>
              <p>
                Scan it with the clinic tablet, or{' '}
                <a href={link.url} target="_blank" rel="noreferrer">
                  open the check-in on this device
                </a>
                , then hand the tablet over. It works once, until {clinicClockTime(link.expiresAt, timeZone)}.
              </p>
              <p className="day-check-in-url small">{link.url}</p>
              <p className="muted small">The tablet shows this patient’s check-in only; nothing else.</p>
            </div>
          </div>
          <div className="form-actions">
            <Button variant="primary" onClick={onClose}>
              Done
            </Button>
          </div>
        </div>
      ) : null}
    </Dialog>
  );
}
