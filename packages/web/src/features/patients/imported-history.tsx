import type { ImportedHistoryEntry, ImportedRecord } from '@sotchart/contract';
import { useQuery } from '@tanstack/react-query';
import { i18n } from '../../i18n/translation';
import { useTranslation } from '../../i18n/translation';
import { fhirImportApi } from '../../api/fhir-import-api';
import { queryKeys } from '../../api/query-keys';
import { Alert } from '../../ui/alert';
import { Badge } from '../../ui/badge';
import { Loading } from '../../ui/loading';
import { Section } from '../../ui/section';

/** The FHIR resource type in words, or as the source named it. */
function typeLabel(resourceType: string): string {
  switch (resourceType) {
    case 'Condition':
      return i18n.t('imported.type.condition', { ns: 'patients' });
    case 'AllergyIntolerance':
      return i18n.t('imported.type.allergy', { ns: 'patients' });
    case 'MedicationStatement':
      return i18n.t('imported.type.medication', { ns: 'patients' });
    case 'MedicationRequest':
      return i18n.t('imported.type.prescription', { ns: 'patients' });
    case 'Observation':
      return i18n.t('imported.type.vitalSign', { ns: 'patients' });
    case 'Procedure':
      return i18n.t('imported.type.procedure', { ns: 'patients' });
    case 'Encounter':
      return i18n.t('imported.type.encounter', { ns: 'patients' });
    default:
      return resourceType;
  }
}

/** The entry's name: its text, else its code and system. */
const nameOf = (e: ImportedHistoryEntry): string =>
  e.display ?? `${e.code ?? ''} (${e.codeSystem ?? i18n.t('imported.noSystem', { ns: 'patients' })})`;

/** A FHIR date or dateTime shown as its date part, as precise as the source gave it. */
const dateOf = (value: string | null): string => (value === null ? '' : value.slice(0, 10));

function Identifiers({ record }: { readonly record: ImportedRecord }) {
  const { t } = useTranslation('patients');
  if (record.identifiers.length === 0) return null;
  return (
    <ul className="plain-list">
      {record.identifiers.map((i) => (
        <li key={`${i.system}|${i.value}`}>
          {i.type === null ? null : (
            <Badge>
              <span translate="no">{i.type}</span>
            </Badge>
          )}{' '}
          <span className="muted" translate="no">
            {i.system}
          </span>{' '}
          <span translate="no">{i.value}</span>
          {i.national ? <span className="visually-hidden"> {t('imported.nationalId')}</span> : null}
        </li>
      ))}
    </ul>
  );
}

/**
 * What a FHIR import brought from the patient's former records: the coded history (conditions,
 * allergies, medications, vital signs, procedures, encounters) and the source's identifiers, national
 * ones with their last 4 characters only. Read-only: it is the other system's record. Shows nothing
 * for a patient never imported.
 */
export function ImportedHistory({ patientId }: { readonly patientId: string }) {
  const { t } = useTranslation('patients');
  const record = useQuery({
    queryKey: queryKeys.importedRecord(patientId),
    queryFn: () => fhirImportApi.importedRecord(patientId),
  });
  if (record.isPending) return <Loading />;
  if (record.isError) return <Alert tone="danger">{record.error.message}</Alert>;
  const r = record.data;
  const partialBirthDate = r.birthDatePrecision !== 'day';
  if (r.history.length === 0 && r.identifiers.length === 0 && !r.deceased && !partialBirthDate) return null;
  return (
    <Section title={t('imported.title')}>
      <div className="stack">
        {r.deceased ? (
          <p>
            <Badge tone="warning">
              {r.deceasedAt === null
                ? t('imported.deceased')
                : t('imported.deceasedOn', { date: dateOf(r.deceasedAt) })}
            </Badge>
          </p>
        ) : null}
        {partialBirthDate ? (
          <p className="muted">{t('imported.partialBirthDate', { precision: r.birthDatePrecision })}</p>
        ) : null}
        <Identifiers record={r} />
        {r.history.length === 0 ? null : (
          <div className="table-scroll">
            <table className="table compact">
              <caption className="visually-hidden">{t('imported.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('imported.date')}</th>
                  <th scope="col">{t('imported.kind')}</th>
                  <th scope="col">{t('imported.what')}</th>
                  <th scope="col">{t('imported.value')}</th>
                  <th scope="col">{t('imported.status')}</th>
                </tr>
              </thead>
              <tbody>
                {r.history.map((e) => (
                  <tr key={e.id}>
                    <td translate="no">
                      {dateOf(e.startDate)}
                      {e.endDate === null ? '' : ` – ${dateOf(e.endDate)}`}
                    </td>
                    <td>{typeLabel(e.resourceType)}</td>
                    <th scope="row" translate="no">
                      {nameOf(e)}
                    </th>
                    <td translate="no">{e.value ?? ''}</td>
                    <td translate="no">{e.status ?? ''}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </div>
    </Section>
  );
}
