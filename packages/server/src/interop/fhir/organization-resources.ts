import type { Organization, Practitioner } from '@medplum/fhirtypes';
import type { Clinic } from '@sotchart/contract';
import type { ExportPractitioner } from './export-record';
import { systems } from './fhir-systems';

/** The clinic as an Organization. */
export function organizationOf(clinic: Clinic): Organization {
  return {
    resourceType: 'Organization',
    id: clinic.id,
    active: true,
    name: clinic.name,
    ...(clinic.address.trim() === '' ? {} : { address: [{ text: clinic.address }] }),
  };
}

/** A practitioner with the name they sign with, their degree and licence, and their NPI when known. */
export function practitionerOf(p: ExportPractitioner): Practitioner {
  const name = p.nameAsSigned.trim() === '' ? p.displayName : p.nameAsSigned;
  const licence = p.licenceNumber.trim();
  return {
    resourceType: 'Practitioner',
    id: p.id,
    active: true,
    name: [{ text: name }],
    ...(p.npi === null || p.npi === '' ? {} : { identifier: [{ system: systems.npi, value: p.npi }] }),
    ...(p.degree.trim() === '' && licence === ''
      ? {}
      : {
          qualification: [
            {
              code: { text: p.degree.trim() === '' ? 'Licence' : p.degree },
              ...(licence === '' ? {} : { identifier: [{ value: licence }] }),
              ...(p.licenceState.trim() === ''
                ? {}
                : { issuer: { display: `${p.licenceState} licensing board` } }),
            },
          ],
        }),
  };
}
