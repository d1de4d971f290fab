import type { FastifyReply } from 'fastify';

/** The media type of every FHIR answer (FHIR R4 §3.1.0.1.8). */
export const fhirJsonType = 'application/fhir+json; charset=utf-8';

/** Sends a FHIR resource (or a Bulk Data manifest) as `application/fhir+json`. */
export function fhirJson(reply: FastifyReply, status: number, body: unknown): FastifyReply {
  return reply.status(status).type(fhirJsonType).send(JSON.stringify(body));
}
