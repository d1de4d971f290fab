import type { Patient } from '@sotchart/contract';

/** One coverage in a line: payer, insured's id, and the insured when it is not the patient. */
const coverageLine = (c: Patient['coverage'][number]): string =>
  [
    c.payerName,
    `ID ${c.insuredId}`,
    c.groupNumber === null ? null : `group ${c.groupNumber}`,
    c.relationship === 'self' ? null : `insured: ${c.insuredName} (${c.relationship})`,
  ]
    .filter((part): part is string => part !== null)
    .join(' · ');

/** Contact details, occupation and insurance: what every role of the clinic reads. */
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
      {patient.coverage.map((c) => (
        <div key={c.rank}>
          <dt>{c.rank === 'primary' ? 'Primary insurance' : 'Secondary insurance'}</dt>
          <dd>{coverageLine(c)}</dd>
        </div>
      ))}
    </dl>
  );
}
