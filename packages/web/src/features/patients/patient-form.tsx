import { languageNames, languages } from '@sotchart/i18n';
import { type FormEvent } from 'react';
import { useTranslation } from '../../i18n/translation';
import { errorFor, type FieldErrors } from '../../api/field-errors';
import { Button } from '../../ui/button';
import { ErrorSummary } from '../../ui/error-summary';
import { SelectField } from '../../ui/select-field';
import { summaryItems } from '../../ui/summary-items';
import { TextAreaField } from '../../ui/text-area-field';
import { TextField } from '../../ui/text-field';
import { coverageKeys, coverageLabel, coveragePath, coverageRanks, coverageTitle } from './coverage-draft';
import { CoverageFields, coverageFieldId } from './coverage-fields';
import { patientFields, type DemographicKey, type PatientDraft } from './patient-draft';
import { sexLabel } from './patient-name';

export interface PatientFormProps {
  readonly draft: PatientDraft;
  readonly onChange: (draft: PatientDraft) => void;
  readonly onSubmit: () => void;
  /** The server's field errors from the last save, shown beside each field and summarised on top. */
  readonly errors: FieldErrors;
  /** Changes with every save attempt, so the error summary takes focus again. */
  readonly attempt: unknown;
  readonly busy: boolean;
  readonly submitLabel: string;
  readonly onCancel: () => void;
}

const idOf = (key: DemographicKey): string => `patient-${key}`;
const sexes: readonly PatientDraft['sex'][] = ['female', 'male', 'other', 'unknown'];

/**
 * A patient's demographics and insurance (the medical history has its own form, for clinical roles). All validation is the server's (the contract's schema), so
 * the messages match the API's; each error shows beside its field and in a summary that takes focus.
 */
export function PatientForm({
  draft,
  onChange,
  onSubmit,
  errors,
  attempt,
  busy,
  submitLabel,
  onCancel,
}: PatientFormProps) {
  const { t } = useTranslation(['patients', 'common']);
  const fields = patientFields();
  const sexOptions = sexes.map((value) => ({ value, label: sexLabel(value) }));
  const languageOptions = [
    { value: '', label: t('patientForm.clinicLanguage') },
    ...languages.map((language) => ({ value: language, label: languageNames[language], lang: language })),
  ];
  const set =
    <K extends DemographicKey>(key: K) =>
    (value: string) =>
      onChange({ ...draft, [key]: value });
  const field = (key: DemographicKey) => {
    const spec = fields.find((f) => f.key === key);
    return {
      id: idOf(key),
      label: spec?.label ?? key,
      value: draft[key],
      onChange: set(key),
      error: errorFor(errors, spec?.path ?? key),
    };
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit();
  };
  const items = summaryItems(errors, [
    ...fields.map((f) => ({ path: f.path, label: f.label, id: idOf(f.key) })),
    ...coverageRanks.flatMap((rank) => {
      const title = coverageTitle(rank);
      const rankPath = coveragePath(draft.coverage, rank, 'payerName')?.replace(/payerName$/, 'rank');
      return [
        ...coverageKeys.flatMap((key) => {
          const path = coveragePath(draft.coverage, rank, key);
          return path === undefined
            ? []
            : [
                {
                  path,
                  label: t('patientForm.coverageFieldLabel', { coverage: title, field: coverageLabel(key) }),
                  id: coverageFieldId(rank, key),
                },
              ];
        }),
        // A rank problem (a secondary without a primary) belongs to the coverage as a whole.
        ...(rankPath === undefined
          ? []
          : [{ path: rankPath, label: title, id: coverageFieldId(rank, 'payerName') }]),
      ];
    }),
  ]);
  return (
    <form className="stack" onSubmit={submit} noValidate>
      <ErrorSummary title={t('patientForm.notSaved')} items={items} revision={attempt} />
      <fieldset className="form-grid">
        <legend>{t('patientForm.identity')}</legend>
        <TextField {...field('givenName')} required autoComplete="off" />
        <TextField {...field('familyName')} required autoComplete="off" />
        <TextField {...field('nameReading')} hint={t('patientForm.nameReadingHint')} autoComplete="off" />
        <TextField {...field('chartNumber')} required autoComplete="off" />
        <TextField {...field('dateOfBirth')} required type="date" />
        <SelectField {...field('sex')} options={sexOptions} />
        <SelectField {...field('language')} options={languageOptions} hint={t('patientForm.languageHint')} />
      </fieldset>
      <fieldset className="form-grid">
        <legend>{t('patientForm.contact')}</legend>
        <TextField {...field('phone')} type="tel" autoComplete="off" />
        <TextField {...field('email')} type="email" autoComplete="off" />
        <TextField {...field('occupation')} autoComplete="off" />
        <TextAreaField {...field('address')} rows={2} />
      </fieldset>
      <CoverageFields
        drafts={draft.coverage}
        onChange={(coverage) => onChange({ ...draft, coverage })}
        errors={errors}
      />
      <div className="form-actions">
        <Button type="submit" variant="primary" busy={busy}>
          {submitLabel}
        </Button>
        <Button onClick={onCancel}>{t('cancel', { ns: 'common' })}</Button>
      </div>
    </form>
  );
}
