import { AppError, type ErrorDetail } from '../../errors';

/** What a kick-off asks for, once checked. */
export interface BulkRequest {
  /** Resource types to export; empty means every type the caller may read. */
  readonly types: readonly string[];
  readonly since: string | null;
}

const ndjsonFormats = new Set(['application/fhir+ndjson', 'application/ndjson', 'ndjson']);
const typeName = /^[A-Z][A-Za-z]{1,63}$/;
const instant = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

const list = (raw: unknown): string[] =>
  (Array.isArray(raw) ? raw : [raw])
    .flatMap((v) => (typeof v === 'string' ? v.split(',') : []))
    .map((v) => v.trim());

/**
 * Checks a kick-off (Bulk Data Access IG v2 §Kick-off request): `Prefer: respond-async` and
 * `Accept: application/fhir+json`, `_outputFormat` NDJSON, `_type` resource type names, `_since` an
 * instant. Any other parameter (`_elements`, `_typeFilter`, `patient`, …) is refused rather than
 * ignored, so a client never takes a partial export for what it asked.
 * @throws AppError VALIDATION_FAILED naming each problem.
 */
export function parseBulkRequest(
  headers: Readonly<Record<string, unknown>>,
  query: Readonly<Record<string, unknown>>,
): BulkRequest {
  const details: ErrorDetail[] = [];
  const prefer = typeof headers.prefer === 'string' ? headers.prefer : '';
  if (!prefer.split(/[,;]/).some((p) => p.trim() === 'respond-async'))
    details.push({ path: 'headers.prefer', message: 'must be respond-async' });
  const accept = typeof headers.accept === 'string' ? headers.accept : '';
  if (!accept.split(',').some((a) => a.split(';')[0]?.trim() === 'application/fhir+json'))
    details.push({ path: 'headers.accept', message: 'must be application/fhir+json' });
  let types: string[] = [];
  let since: string | null = null;
  for (const [name, raw] of Object.entries(query)) {
    const path = `query.${name}`;
    const values = list(raw);
    if (name === '_outputFormat') {
      if (!values.every((v) => ndjsonFormats.has(v)))
        details.push({ path, message: 'must be application/fhir+ndjson' });
    } else if (name === '_type') {
      if (!values.every((v) => typeName.test(v)))
        details.push({ path, message: 'must be resource type names' });
      else types = [...new Set([...types, ...values])];
    } else if (name === '_since') {
      const value = values.at(-1) ?? '';
      if (!instant.test(value) || Number.isNaN(Date.parse(value)))
        details.push({ path, message: 'must be an instant such as 2026-01-01T00:00:00Z' });
      else since = new Date(value).toISOString();
    } else {
      details.push({ path, message: 'is not a kick-off parameter this server supports' });
    }
  }
  if (details.length > 0) throw new AppError('VALIDATION_FAILED', { details });
  return { types, since };
}
