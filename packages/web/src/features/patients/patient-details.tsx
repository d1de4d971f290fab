import type { Patient } from '@sotchart/contract';

function Items({ items }: { readonly items: readonly string[] }) {
  if (items.length === 0) return <span className="muted">None recorded</span>;
  return (
    <ul className="plain-list">
      {items.map((item, i) => (
        <li key={i}>{item}</li>
      ))}
    </ul>
  );
}

/** History (conditions, surgeries, medications, allergies), contact details and notes. */
export function PatientDetails({ patient }: { readonly patient: Patient }) {
  const { history } = patient;
  return (
    <dl className="facts stacked">
      <div>
        <dt>Conditions</dt>
        <dd>
          <Items items={history.conditions} />
        </dd>
      </div>
      <div>
        <dt>Surgeries</dt>
        <dd>
          <Items items={history.surgeries} />
        </dd>
      </div>
      <div>
        <dt>Medications</dt>
        <dd>
          <Items items={history.medications} />
        </dd>
      </div>
      <div>
        <dt>Allergies</dt>
        <dd>
          <Items items={history.allergies} />
        </dd>
      </div>
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
      {patient.notes === '' ? null : (
        <div>
          <dt>Notes</dt>
          <dd className="pre-wrap">{patient.notes}</dd>
        </div>
      )}
    </dl>
  );
}
