import { pseudoLanguage } from '@sotchart/i18n';
import { useMemo } from 'react';
import { useTranslation, useTranslationIn } from '../../../i18n/translation';
import { useSession } from '../../auth/session-context';
import { Button } from '../../../ui/button';
import { TextAreaField } from '../../../ui/text-area-field';
import { withRecord, type VisitDraft } from '../draft/visit-draft';
import {
  narrativeNamespaces,
  noteWords,
  soapNarrative,
  type NarrativeInput,
  type Soap,
} from './soap-narrative';

const parts = [
  { key: 'subjective', label: 'soap.subjective' },
  { key: 'objective', label: 'soap.objective' },
  { key: 'assessment', label: 'soap.assessment' },
  { key: 'plan', label: 'soap.plan' },
] as const satisfies readonly { readonly key: keyof Soap; readonly label: string }[];

/** The SOAP note: written from the structured record in one step, then edited freely. */
export function SoapSection(
  props: NarrativeInput & { readonly update: (change: (draft: VisitDraft) => VisitDraft) => void },
) {
  const { draft, update } = props;
  const { t, i18n } = useTranslation('chartingNote');
  // The note is written in the clinical record's language, whatever the screen's (the pseudo-locale's
  // in its browser tests, so hard-coded words show there too).
  const clinicLanguage = useSession().clinic.language;
  const language = i18n.language === pseudoLanguage ? pseudoLanguage : clinicLanguage;
  useTranslationIn(language, narrativeNamespaces);
  const words = useMemo(() => noteWords(language), [language]);
  const soap = draft.record.soap;
  const generated = soapNarrative(props, words);
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
          {empty ? t('soap.write') : current ? t('soap.matches') : t('soap.rewrite')}
        </Button>
        {!empty && !current ? <span className="muted small">{t('soap.changedSince')}</span> : null}
      </div>
      {parts.map((p) => (
        <TextAreaField
          key={p.key}
          label={t(p.label)}
          value={soap[p.key]}
          rows={3}
          translate="no"
          onChange={(text) => set(p.key, text)}
        />
      ))}
    </div>
  );
}
