import type { AppointmentEntry } from '@sotchart/contract';
import { useState, type FormEvent } from 'react';
import { useTranslation } from '../../i18n/translation';
import { Alert } from '../../ui/alert';
import { Button } from '../../ui/button';
import { Dialog } from '../../ui/dialog';
import { TextField } from '../../ui/text-field';
import { sortedPatientName } from './patient-display';

/** Cancelling takes its reason, which the day list shows beside the cancelled appointment. */
export function CancelDialog({
  entry,
  busy,
  error,
  onCancel,
  onClose,
}: {
  readonly entry: AppointmentEntry | null;
  readonly busy: boolean;
  readonly error: string | null;
  readonly onCancel: (reason: string) => void;
  readonly onClose: () => void;
}) {
  const { t, i18n } = useTranslation('dayList');
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (reason.trim() === '') {
      setMissing(true);
      return;
    }
    onCancel(reason.trim());
  };
  const close = () => {
    setReason('');
    setMissing(false);
    onClose();
  };
  return (
    <Dialog
      open={entry !== null}
      title={
        entry === null
          ? t('cancel.title')
          : t('cancel.titleFor', { name: sortedPatientName(entry.patientName, i18n.language) })
      }
      onClose={close}
    >
      <form className="stack" onSubmit={submit} noValidate>
        <TextField
          label={t('cancel.reason')}
          value={reason}
          onChange={setReason}
          required
          maxLength={300}
          autoFocus
          error={missing ? t('cancel.reasonMissing') : undefined}
        />
        {error === null ? null : <Alert tone="danger">{error}</Alert>}
        <div className="form-actions">
          <Button type="submit" variant="danger" busy={busy}>
            {t('cancel.submit')}
          </Button>
          <Button onClick={close}>{t('cancel.keep')}</Button>
        </div>
      </form>
    </Dialog>
  );
}
