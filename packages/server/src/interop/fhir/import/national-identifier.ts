/**
 * National identifiers (social security, citizen service, driver's licence numbers) identify a person
 * everywhere, not a chart: they are never a chart number, are shown with their last 4 characters only,
 * and never reach logs, import results or the research export.
 */
const nationalSystems = new Set([
  'http://hl7.org/fhir/sid/us-ssn',
  'urn:oid:2.16.840.1.113883.4.1', // US SSN as an OID
  'http://fhir.nl/fhir/NamingSystem/bsn',
  'urn:oid:2.16.840.1.113883.2.4.6.3', // Dutch BSN as an OID (HL7's f201 example patient)
]);

/** v2-0203 identifier types that name a national or state-issued number. */
const nationalTypes = new Set(['SS', 'SSN', 'SB', 'NI', 'DL', 'PPN', 'BSN']);

/** Whether an identifier of this system and type (v2-0203 code or text) is a national one. */
export function isNationalIdentifier(system: string, type: string | null): boolean {
  if (nationalSystems.has(system)) return true;
  if (type === null) return false;
  const code = type.toUpperCase();
  // NNxxx: v2-0203 "National unique individual identifier" of country xxx (NNNLD, NNGBR, …).
  return nationalTypes.has(code) || /^NN[A-Z]{3}$/.test(code);
}

/** The value as it may be shown: its last 4 characters, the rest as dots. */
export function maskedValue(value: string): string {
  const shown = value.slice(-4);
  return `${'•'.repeat(Math.max(value.length - shown.length, 1))}${shown}`;
}
