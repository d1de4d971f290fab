import { ErrorCode } from '@sotchart/contract';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { i18n } from '../../i18n/translation';
import { useState, type FormEvent } from 'react';
import { useTranslation } from '../../i18n/translation';
import { ApiError } from '../../api/api-error';
import { backendClientsApi } from '../../api/backend-clients-api';
import { errorFor, fieldErrorsOf, type FieldErrors } from '../../api/field-errors';
import { queryKeys } from '../../api/query-keys';
import { Alert } from '../../ui/alert';
import { Button } from '../../ui/button';
import { ErrorSummary } from '../../ui/error-summary';
import { summaryItems } from '../../ui/summary-items';
import { TextAreaField } from '../../ui/text-area-field';
import { TextField } from '../../ui/text-field';

/** The pasted key set as JSON, or the reason it is not JSON (checked here: the server needs an object). */
function parsedJwks(text: string): { jwks: { keys: Record<string, unknown>[] } } | { problem: string } {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null && Array.isArray((value as { keys?: unknown }).keys)
      ? { jwks: value as { keys: Record<string, unknown>[] } }
      : { problem: i18n.t('registerBackend.jwksNotKeys', { ns: 'admin' }) };
  } catch {
    return { problem: i18n.t('registerBackend.jwksNotJson', { ns: 'admin' }) };
  }
}

/** Registers a backend system: its name, public JWKS (pasted) and the scopes it may ask for. */
export function RegisterBackendSystemForm({
  onRegistered,
  onCancel,
}: {
  readonly onRegistered: () => void;
  readonly onCancel: () => void;
}) {
  const { t } = useTranslation(['admin', 'common']);
  const [name, setName] = useState('');
  const [jwksText, setJwksText] = useState('');
  const [scopesText, setScopesText] = useState('system/*.read');
  const [localErrors, setLocalErrors] = useState<FieldErrors>({});
  const queryClient = useQueryClient();
  const register = useMutation({
    mutationFn: (jwks: { keys: Record<string, unknown>[] }) =>
      backendClientsApi.create({ name, jwks, scopes: scopesText.split(/\s+/).filter((s) => s !== '') }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: queryKeys.backendClients });
      onRegistered();
    },
  });
  const errors = { ...fieldErrorsOf(register.error), ...localErrors };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = parsedJwks(jwksText);
    if ('problem' in parsed) {
      setLocalErrors({ jwks: parsed.problem });
      return;
    }
    setLocalErrors({});
    register.mutate(parsed.jwks);
  };
  return (
    <form
      className="stack admin-form"
      onSubmit={submit}
      noValidate
      aria-label={t('registerBackend.formLabel')}
    >
      <ErrorSummary
        title={t('registerBackend.notRegistered')}
        revision={register.submittedAt}
        items={summaryItems(errors, [
          { path: 'name', label: t('registerBackend.name'), id: 'backend-name' },
          { path: 'jwks', label: t('registerBackend.jwks'), id: 'backend-jwks' },
          { path: 'scopes', label: t('registerBackend.scopes'), id: 'backend-scopes' },
        ])}
      />
      {register.error instanceof ApiError && register.error.code !== ErrorCode.VALIDATION_FAILED ? (
        <Alert tone="danger">{register.error.message}</Alert>
      ) : null}
      <TextField
        id="backend-name"
        label={t('registerBackend.name')}
        value={name}
        onChange={setName}
        error={errorFor(errors, 'name')}
        autoComplete="off"
      />
      <TextAreaField
        id="backend-jwks"
        label={t('registerBackend.jwks')}
        hint={t('registerBackend.jwksHint')}
        value={jwksText}
        onChange={setJwksText}
        error={errorFor(errors, 'jwks')}
        rows={8}
        spellCheck={false}
      />
      <TextField
        id="backend-scopes"
        label={t('registerBackend.scopes')}
        hint={t('registerBackend.scopesHint')}
        value={scopesText}
        onChange={setScopesText}
        error={errorFor(errors, 'scopes')}
        autoComplete="off"
      />
      <div className="form-actions">
        <Button type="submit" variant="primary" busy={register.isPending}>
          {t('registerBackend.submit')}
        </Button>
        <Button onClick={onCancel}>{t('cancel', { ns: 'common' })}</Button>
      </div>
    </form>
  );
}
