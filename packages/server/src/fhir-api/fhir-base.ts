import type { FastifyRequest } from 'fastify';
import { fhirBasePath } from '../smart/smart-configuration';

/**
 * The server's public address: PUBLIC_URL when set (the address clients were given), else the address
 * the request was made to. Assertions' `aud`, Bundle links and bulk file URLs are built from it.
 */
export type PublicUrlOf = (request: FastifyRequest) => string;

export function publicUrlResolver(publicUrl: () => string | undefined): PublicUrlOf {
  return (request) => publicUrl() ?? `${request.protocol}://${request.host}`;
}

/** The FHIR base URL of a request, `https://host/fhir/R4`. */
export const fhirBaseOf = (urlOf: PublicUrlOf, request: FastifyRequest): string =>
  `${urlOf(request)}${fhirBasePath}`;
