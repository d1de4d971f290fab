import type { MedicalHistory } from '@sotchart/contract';

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

/** The medical history (conditions, surgeries, medications, allergies) and notes: clinical roles only. */
export function MedicalHistoryDetails({ medical }: { readonly medical: MedicalHistory }) {
  const { history } = medical;
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
      {medical.notes === '' ? null : (
        <div>
          <dt>Notes</dt>
          <dd className="pre-wrap">{medical.notes}</dd>
        </div>
      )}
    </dl>
  );
}
