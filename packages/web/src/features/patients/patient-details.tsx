import type { Patient } from '@sotchart/contract';

/** Contact details and occupation: what every role of the clinic reads. */
export function PatientDetails({ patient }: { readonly patient: Patient }) {
  return (
    <dl className="facts stacked">
      <div>
        <dt>Contact</dt>
        <dd>
          {[patient.phone, patient.email, patient.address]
            .filter((v) => v !== null && v !== '')
            .join(' · ') || 'None recorded'}
        </dd>
      </div>
      <div>
        <dt>Occupation</dt>
        <dd>{patient.occupation ?? '—'}</dd>
      </div>
    </dl>
  );
}
