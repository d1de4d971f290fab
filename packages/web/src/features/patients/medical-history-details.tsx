import type { MedicalHistory } from '@sotchart/contract';
import { useTranslation } from '../../i18n/translation';

function Items({ items }: { readonly items: readonly string[] }) {
  const { t } = useTranslation('patients');
  if (items.length === 0) return <span className="muted">{t('patientDetails.noneRecorded')}</span>;
  return (
    <ul className="plain-list" translate="no">
      {items.map((item, i) => (
        <li key={i}>{item}</li>
      ))}
    </ul>
  );
}

/** The medical history (conditions, surgeries, medications, allergies) and notes: clinical roles only. */
export function MedicalHistoryDetails({ medical }: { readonly medical: MedicalHistory }) {
  const { t } = useTranslation('patients');
  const { history } = medical;
  return (
    <dl className="facts stacked">
      <div>
        <dt>{t('history.conditions')}</dt>
        <dd>
          <Items items={history.conditions} />
        </dd>
      </div>
      <div>
        <dt>{t('history.surgeries')}</dt>
        <dd>
          <Items items={history.surgeries} />
        </dd>
      </div>
      <div>
        <dt>{t('history.medications')}</dt>
        <dd>
          <Items items={history.medications} />
        </dd>
      </div>
      <div>
        <dt>{t('history.allergies')}</dt>
        <dd>
          <Items items={history.allergies} />
        </dd>
      </div>
      {medical.notes === '' ? null : (
        <div>
          <dt>{t('history.notes')}</dt>
          <dd className="pre-wrap" translate="no">
            {medical.notes}
          </dd>
        </div>
      )}
    </dl>
  );
}
