import { Button } from '../../../ui/button';
import { TextAreaField } from '../../../ui/text-area-field';
import { withRecord, type VisitDraft } from '../draft/visit-draft';
import { soapNarrative, type NarrativeInput, type Soap } from './soap-narrative';

const parts: readonly { readonly key: keyof Soap; readonly label: string }[] = [
  { key: 'subjective', label: 'Subjective' },
  { key: 'objective', label: 'Objective' },
  { key: 'assessment', label: 'Assessment' },
  { key: 'plan', label: 'Plan' },
];

/** The SOAP note: written from the structured record in one step, then edited freely. */
export function SoapSection(
  props: NarrativeInput & { readonly update: (change: (draft: VisitDraft) => VisitDraft) => void },
) {
  const { draft, update } = props;
  const soap = draft.record.soap;
  const generated = soapNarrative(props);
  const empty = parts.every((p) => soap[p.key].trim() === '');
  const current = parts.every((p) => soap[p.key] === generated[p.key]);
  const set = (key: keyof Soap, text: string) =>
    update((d) => withRecord(d, (r) => ({ ...r, soap: { ...r.soap, [key]: text } })));
  return (
    <div className="stack soap">
      <div className="row-actions">
        <Button
          variant={empty ? 'primary' : 'secondary'}
          disabled={current}
          onClick={() => update((d) => withRecord(d, (r) => ({ ...r, soap: generated })))}
        >
          {empty
            ? 'Write the narrative from the record'
            : current
              ? 'Narrative matches the record'
              : 'Rewrite the narrative from the record'}
        </Button>
        {!empty && !current ? (
          <span className="muted small">The record changed since; rewriting replaces all four sections.</span>
        ) : null}
      </div>
      {parts.map((p) => (
        <TextAreaField
          key={p.key}
          label={p.label}
          value={soap[p.key]}
          rows={3}
          onChange={(text) => set(p.key, text)}
        />
      ))}
    </div>
  );
}
