import type { FastifyInstance } from 'fastify';

/** A valid new-patient body; pass fields to change. */
export function patientInput(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    chartNumber: 'C-100',
    givenName: 'Ada',
    familyName: 'Lovelace',
    dateOfBirth: '1980-12-10',
    sex: 'female',
    ...overrides,
  };
}

/** Registers a patient through the API as the signed-in caller and returns its id. */
export async function createPatient(
  app: FastifyInstance,
  headers: Record<string, string>,
  overrides: Record<string, unknown> = {},
): Promise<string> {
  const res = await app.inject({
    method: 'POST',
    url: '/api/patients',
    headers,
    payload: patientInput(overrides),
  });
  if (res.statusCode !== 201)
    throw new Error(`creating a test patient answered ${res.statusCode}: ${res.body}`);
  return res.json<{ id: string }>().id;
}
