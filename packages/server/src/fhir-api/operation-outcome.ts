import type { OperationOutcome, OperationOutcomeIssue } from '@medplum/fhirtypes';
import type { ExpectedErrorCode } from '@sotchart/contract';
import type { FastifyInstance } from 'fastify';
import { toAppError } from '../http/error-handler';
import { statusFor } from '../http/status-for';
import { fhirJson } from './fhir-reply';

/** The FHIR issue type (R4 `issue-type`) of each expected failure. */
const issueCodes = {
  VALIDATION_FAILED: 'invalid',
  UNAUTHENTICATED: 'login',
  FORBIDDEN: 'forbidden',
  NOT_FOUND: 'not-found',
  VERSION_CONFLICT: 'conflict',
  VISIT_SIGNED: 'business-rule',
  LINK_EXPIRED: 'expired',
  PAYLOAD_TOO_LARGE: 'too-costly',
  UNSUPPORTED_MEDIA_TYPE: 'not-supported',
  OVERRIDE_REASON_REQUIRED: 'business-rule',
  SCREEN_INCOMPLETE: 'business-rule',
  CODING_INVALID: 'business-rule',
  RATE_LIMITED: 'throttled',
  DATABASE_UNAVAILABLE: 'transient',
  CLINIC_CHOICE_REQUIRED: 'login',
  SLOT_TAKEN: 'conflict',
} as const satisfies Record<ExpectedErrorCode, OperationOutcomeIssue['code']>;

/** An OperationOutcome of one error issue. */
export function operationOutcome(
  code: OperationOutcomeIssue['code'],
  diagnostics: string,
  expression?: readonly string[],
): OperationOutcome {
  return {
    resourceType: 'OperationOutcome',
    issue: [
      {
        severity: 'error',
        code,
        diagnostics,
        ...(expression === undefined || expression.length === 0 ? {} : { expression: [...expression] }),
      },
    ],
  };
}

/**
 * The FHIR API's error handler: the same expected failures and statuses as the rest of the API
 * (`status-for.ts`), but answered as an OperationOutcome (FHIR R4 §3.1.0.4), the fields a bad request
 * names as `expression`. A 401 also says `WWW-Authenticate: Bearer`.
 */
export function installOperationOutcomes(fhir: FastifyInstance): void {
  fhir.setErrorHandler((error, request, reply) => {
    const known = toAppError(error);
    if (known === undefined) {
      request.log.error({ err: error }, 'unhandled error');
      return fhirJson(
        reply,
        500,
        operationOutcome('exception', `Something went wrong on the server (request ${request.id}).`),
      );
    }
    if (known.code === 'UNAUTHENTICATED') void reply.header('www-authenticate', 'Bearer');
    if (known.retryAfterSeconds !== undefined)
      void reply.header('retry-after', String(known.retryAfterSeconds));
    const expression = known.details?.map((d) => d.path);
    const detail = known.details?.map((d) => `${d.path}: ${d.message}`).join('; ');
    const text = detail === undefined || detail === '' ? known.message : `${known.message} ${detail}`;
    return fhirJson(reply, statusFor[known.code], operationOutcome(issueCodes[known.code], text, expression));
  });
  fhir.setNotFoundHandler((request, reply) =>
    fhirJson(
      reply,
      404,
      operationOutcome(
        'not-supported',
        `No FHIR interaction ${request.method} ${request.url.split('?')[0] ?? ''}.`,
      ),
    ),
  );
}
