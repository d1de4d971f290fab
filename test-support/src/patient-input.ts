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
