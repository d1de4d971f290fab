import { ErrorCode, type ProtocolState } from '@sotchart/contract';
import type { CategoryId } from '@sotchart/engine';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from '../../i18n/translation';
import { ApiError } from '../../api/api-error';
import { clinicApi } from '../../api/clinic-api';
import { fieldErrorsOf } from '../../api/field-errors';
import { queryKeys } from '../../api/query-keys';
import { ReviewNote } from '../../i18n/review-note';
import { Alert } from '../../ui/alert';
import { Button } from '../../ui/button';
import { ErrorSummary } from '../../ui/error-summary';
import { Loading } from '../../ui/loading';
import { PageTitle } from '../../ui/page-title';
import { AddedIndicatorsFieldset } from './added-indicators-fieldset';
import { CmrtMapFieldset } from './cmrt-map-fieldset';
import { DisabledIndicatorsFieldset } from './disabled-indicators-fieldset';
import { EffectivePackPanel } from './effective-pack-panel';
import { messagesUnder, overrideErrors } from './override-errors';
import { overrideFieldName } from './override-field-names';
import { PlacementFieldset } from './placement-fieldset';
import { PriorityFieldset } from './priority-fieldset';
import { draftOf, overrideOf, placementCategories, type ProtocolDraft } from './protocol-draft';

/** The field of a placement an error names, as own-placement-fields.tsx gives them ids. */
function placementTarget([category = '', part, index, field]: readonly string[]): string {
  const id = `placement-${category}`;
  if (part === 'position' || part === 'endpoint') return `${id}-${part}`;
  if (part === 'sources') return `${id}-source`;
  if (
    part === 'blocks' &&
    index !== undefined &&
    field !== undefined &&
    ['side', 'landmark', 'direction'].includes(field)
  )
    return `${id}-block${index}-${field}`;
  return id;
}

function summaryTarget(path: string): string | undefined {
  const head = path.split('.')[0];
  if (head === 'priority') return 'protocol-priority';
  if (head === 'placements') return placementTarget(path.split('.').slice(1));
  if (head === 'cmrtMap') return 'protocol-cmrt-map';
  if (head === 'disableIndicators') return 'protocol-disabled';
  if (head === 'addIndicators') return 'protocol-added';
  return undefined;
}

function ProtocolForm({ state }: { readonly state: ProtocolState }) {
  const { t } = useTranslation('protocol');
  const [draft, setDraft] = useState<ProtocolDraft>(() => draftOf(state.base, state.override));
  const queryClient = useQueryClient();
  const save = useMutation({
    mutationFn: () => clinicApi.putProtocol(state.revision, overrideOf(draft, state.override)),
    onSuccess: (saved) => queryClient.setQueryData(queryKeys.protocol, saved),
  });
  const errors = overrideErrors(fieldErrorsOf(save.error));
  const set = <K extends keyof ProtocolDraft>(key: K, value: ProtocolDraft[K]) =>
    setDraft({ ...draft, [key]: value });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate();
  };
  const conflict = save.error instanceof ApiError && save.error.code === ErrorCode.VERSION_CONFLICT;
  return (
    <form className="stack" onSubmit={submit} noValidate aria-label={t('form.label')}>
      <ErrorSummary
        title={t('form.notSaved')}
        revision={save.submittedAt}
        items={Object.entries(errors).map(([path, message]) => {
          const fieldId = summaryTarget(path);
          return {
            message: t('error.named', { field: overrideFieldName(path), message }),
            ...(fieldId === undefined ? {} : { fieldId }),
          };
        })}
      />
      {save.isSuccess ? (
        <Alert tone="success">{t('form.saved', { revision: save.data.revision })}</Alert>
      ) : null}
      {conflict ? <Alert tone="warning">{t('form.conflict')}</Alert> : null}
      <PriorityFieldset
        base={state.base}
        value={draft.priority}
        onChange={(v) => set('priority', v)}
        error={messagesUnder(errors, 'priority')[0]}
      />
      {placementCategories.map((category: CategoryId) => (
        <PlacementFieldset
          key={category}
          category={category}
          base={state.base}
          value={draft.placements[category]}
          onChange={(v) => set('placements', { ...draft.placements, [category]: v })}
          errors={errors}
        />
      ))}
      <CmrtMapFieldset value={draft.cmrtMap} onChange={(v) => set('cmrtMap', v)} errors={errors} />
      <DisabledIndicatorsFieldset
        base={state.base}
        value={draft.disabled}
        onChange={(v) => set('disabled', v)}
        errors={messagesUnder(errors, 'disableIndicators')}
      />
      <AddedIndicatorsFieldset
        base={state.base}
        value={draft.added}
        onChange={(v) => set('added', v)}
        errors={errors}
      />
      <div className="form-actions sticky-actions">
        <Button type="submit" variant="primary" busy={save.isPending}>
          {t('form.save')}
        </Button>
        <span className="muted small">
          {state.revision === 0 ? t('form.revisionNone') : t('form.revision', { revision: state.revision })}
        </span>
      </div>
    </form>
  );
}

/**
 * The clinic's protocol settings as a form (never raw JSON) that writes its override of the default
 * pack, with the pack in effect — rules, sources and certainty — read-only beside it.
 */
export function ProtocolSettingsPage() {
  const { t } = useTranslation('protocol');
  const protocol = useQuery({ queryKey: queryKeys.protocol, queryFn: clinicApi.protocol });
  return (
    <div className="stack">
      <PageTitle title={t('page.title')} />
      <ReviewNote namespaces={['protocol', 'protocolContent']} />
      <p className="muted">{t('page.intro')}</p>
      {protocol.isPending ? <Loading /> : null}
      {protocol.isError ? <Alert tone="danger">{protocol.error.message}</Alert> : null}
      {protocol.data === undefined ? null : (
        <div className="two-columns">
          <ProtocolForm state={protocol.data} />
          <EffectivePackPanel pack={protocol.data.effective} base={protocol.data.base} />
        </div>
      )}
    </div>
  );
}
