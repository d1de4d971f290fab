import { lazy, Suspense, useState } from 'react';
import { useTranslation } from '../../i18n/translation';
import { Button } from '../../ui/button';
import { Dialog } from '../../ui/dialog';
import { Loading } from '../../ui/loading';
import { useCan } from '../auth/use-can';

// The series form and its schemas load only when the dialog is first opened, not with the patient page.
const CarePlanSeriesDialog = lazy(() =>
  import('./care-plan-series-dialog').then((m) => ({ default: m.CarePlanSeriesDialog })),
);

/** "Book care-plan visits" on an open episode: the series dialog, prefilled from the episode's plan. */
export function BookCarePlanButton({
  patientId,
  patientName,
  episodeId,
}: {
  readonly patientId: string;
  readonly patientName: string;
  readonly episodeId: string;
}) {
  const { t } = useTranslation('schedule');
  const canBook = useCan('demographicsWrite');
  const [open, setOpen] = useState(false);
  if (!canBook) return null;
  return (
    <>
      <Button onClick={() => setOpen(true)}>{t('series.bookVisits')}</Button>
      <Dialog open={open} title={t('series.title')} onClose={() => setOpen(false)}>
        <Suspense fallback={<Loading />}>
          <CarePlanSeriesDialog
            patient={{ id: patientId, name: patientName }}
            episodeId={episodeId}
            onDone={() => setOpen(false)}
          />
        </Suspense>
      </Dialog>
    </>
  );
}
