import type { Patient } from '@sotchart/contract';
import { languageNames } from '@sotchart/i18n';
import { useTranslation } from '../../i18n/translation';
import { Embed, embedMark } from '../../ui/embed';

type Coverage = Patient['coverage'][number];

/** One coverage in a line: payer, insured's id, and the insured when it is not the patient. */
function CoverageLine({ coverage: c }: { readonly coverage: Coverage }) {
  const { t } = useTranslation('patients');
  const parts = [
    <span key="payer" translate="no">
      {c.payerName}
    </span>,
    <Embed key="id" text={t('patientDetails.insuredId', { id: embedMark })}>
      <span translate="no">{c.insuredId}</span>
    </Embed>,
    c.groupNumber === null ? null : (
      <Embed key="group" text={t('patientDetails.group', { group: embedMark })}>
        <span translate="no">{c.groupNumber}</span>
      </Embed>
    ),
    c.relationship === 'self' ? null : (
      <Embed
        key="insured"
        text={t('patientDetails.insured', { name: embedMark, relationship: c.relationship })}
      >
        <span translate="no">{c.insuredName}</span>
      </Embed>
    ),
  ].filter((part) => part !== null);
  return (
    <>
      {parts.map((part, i) => (
        <span key={i}>
          {i === 0 ? null : ' · '}
          {part}
        </span>
      ))}
    </>
  );
}

/** Contact details, occupation and insurance: what every role of the clinic reads. */
export function PatientDetails({ patient }: { readonly patient: Patient }) {
  const { t } = useTranslation('patients');
  const contact = [patient.phone, patient.email, patient.address].filter((v) => v !== null && v !== '');
  return (
    <dl className="facts stacked">
      <div>
        <dt>{t('patientDetails.contact')}</dt>
        <dd>
          {contact.length === 0 ? (
            t('patientDetails.noneRecorded')
          ) : (
            <span translate="no">{contact.join(' · ')}</span>
          )}
        </dd>
      </div>
      <div>
        <dt>{t('patientDetails.occupation')}</dt>
        <dd translate="no">{patient.occupation ?? '—'}</dd>
      </div>
      <div>
        <dt>{t('patientDetails.language')}</dt>
        <dd>
          {patient.language === null ? (
            t('patientDetails.clinicLanguage')
          ) : (
            <span translate="no" lang={patient.language}>
              {languageNames[patient.language]}
            </span>
          )}
        </dd>
      </div>
      {patient.coverage.map((c) => (
        <div key={c.rank}>
          <dt>{c.rank === 'primary' ? t('coverage.primary') : t('coverage.secondary')}</dt>
          <dd>
            <CoverageLine coverage={c} />
          </dd>
        </div>
      ))}
    </dl>
  );
}
