/**
 * Where the history entries of one import find their patient: each Patient entry's fullUrl and
 * `Patient/<id>` lead to the patient it created or matched (or to why it was not imported), so a
 * `urn:uuid:` reference of a Bundle and a `Patient/<id>` reference of NDJSON both resolve.
 */
export type PatientLink =
  | { readonly kind: 'patient'; readonly patientId: string }
  /** The clinic's own patient coming back in its own export: its record is here already. */
  | { readonly kind: 'clinic-own'; readonly patientId: string }
  /** Created only in a dry run: nothing was written, so there is no id yet. */
  | { readonly kind: 'would-create'; readonly entry: number }
  | { readonly kind: 'not-imported'; readonly entry: number };

/** The key a reference is looked up by: a `urn:` as it is, else the `Type/id` its URL ends with. */
export function referenceKey(reference: string): string {
  if (reference.startsWith('urn:')) return reference;
  const parts = reference.split('/').filter((p) => p !== '');
  // A versioned reference (…/Patient/1/_history/2) names the same patient.
  const history = parts.indexOf('_history');
  const upTo = history === -1 ? parts : parts.slice(0, history);
  return upTo.slice(-2).join('/');
}

export class PatientLinks {
  private readonly links = new Map<string, PatientLink>();
  private readonly byEntry = new Map<number, PatientLink>();

  /** Records where a Patient entry (its index, fullUrl and id) leads. */
  add(entry: number, fullUrl: string | null, resourceId: string | null, link: PatientLink): void {
    this.byEntry.set(entry, link);
    if (fullUrl !== null) this.links.set(referenceKey(fullUrl), link);
    if (resourceId !== null) this.links.set(`Patient/${resourceId}`, link);
  }

  /** Where an earlier Patient entry of this import leads. */
  ofEntry(entry: number): PatientLink | undefined {
    return this.byEntry.get(entry);
  }

  get(reference: string): PatientLink | undefined {
    return this.links.get(referenceKey(reference));
  }
}
