import { ErrorCode } from '@sotchart/contract';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
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
      : { problem: 'must be a JSON object with a "keys" list' };
  } catch {
    return { problem: 'is not valid JSON' };
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
    <form className="stack" onSubmit={submit} noValidate aria-label="Register a backend system">
      <ErrorSummary
        title="The system was not registered"
        revision={register.submittedAt}
        items={summaryItems(errors, [
          { path: 'name', label: 'Name', id: 'backend-name' },
          { path: 'jwks', label: 'Public key set (JWKS)', id: 'backend-jwks' },
          { path: 'scopes', label: 'Allowed scopes', id: 'backend-scopes' },
        ])}
      />
      {register.error instanceof ApiError && register.error.code !== ErrorCode.VALIDATION_FAILED ? (
        <Alert tone="danger">{register.error.message}</Alert>
      ) : null}
      <TextField
        id="backend-name"
        label="Name"
        value={name}
        onChange={setName}
        error={errorFor(errors, 'name')}
        autoComplete="off"
      />
      <TextAreaField
        id="backend-jwks"
        label="Public key set (JWKS)"
        hint='Paste the JSON the system gives you: {"keys": [...]}, RS384 or ES384 public keys only.'
        value={jwksText}
        onChange={setJwksText}
        error={errorFor(errors, 'jwks')}
        rows={8}
        spellCheck={false}
      />
      <TextField
        id="backend-scopes"
        label="Allowed scopes"
        hint="Separated by spaces, such as system/*.read or system/Patient.read system/Observation.rs."
        value={scopesText}
        onChange={setScopesText}
        error={errorFor(errors, 'scopes')}
        autoComplete="off"
      />
      <div className="form-actions">
        <Button type="submit" variant="primary" busy={register.isPending}>
          Register
        </Button>
        <Button onClick={onCancel}>Cancel</Button>
      </div>
    </form>
  );
}
