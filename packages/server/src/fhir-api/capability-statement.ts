import type { CapabilityStatement } from '@medplum/fhirtypes';
import { tokenPath } from '../smart/smart-configuration';
import type { SearchableType } from './fhir-search';

const bulkDataCapability = 'http://hl7.org/fhir/uv/bulkdata/CapabilityStatement/bulk-data';
const exportOperation = 'http://hl7.org/fhir/uv/bulkdata/OperationDefinition';

/** When this statement last changed (CapabilityStatement.date is required). */
const statementDate = '2026-12-03';

const searchParams: Record<SearchableType, readonly [string, 'token' | 'string' | 'date' | 'reference'][]> = {
  Patient: [
    ['_id', 'token'],
    ['identifier', 'token'],
    ['name', 'string'],
    ['birthdate', 'date'],
  ],
  Encounter: [['patient', 'reference']],
  Observation: [
    ['patient', 'reference'],
    ['code', 'token'],
    ['date', 'date'],
  ],
  Condition: [['patient', 'reference']],
  Procedure: [['patient', 'reference']],
  QuestionnaireResponse: [['patient', 'reference']],
  Appointment: [
    ['patient', 'reference'],
    ['practitioner', 'reference'],
    ['date', 'date'],
    ['status', 'token'],
  ],
  Schedule: [['actor', 'reference']],
  Slot: [
    ['schedule', 'reference'],
    ['start', 'date'],
    ['status', 'token'],
  ],
};

/**
 * The server's CapabilityStatement (`GET /fhir/R4/metadata`): read and search per type, `$everything`,
 * the Group, Bulk Data `$export` at three levels, and SMART Backend Services as the security service.
 */
export function capabilityStatement(baseUrl: string): CapabilityStatement {
  const fhirBase = `${baseUrl}/fhir/R4`;
  return {
    resourceType: 'CapabilityStatement',
    status: 'active',
    date: statementDate,
    kind: 'instance',
    instantiates: [bulkDataCapability],
    // No version: like /api/health, the API tells anonymous callers nothing that helps pick an exploit.
    software: { name: 'SOT Chart' },
    implementation: { description: 'SOT Chart FHIR R4 API', url: fhirBase },
    fhirVersion: '4.0.1',
    format: ['application/fhir+json'],
    rest: [
      {
        mode: 'server',
        security: {
          cors: false,
          service: [
            {
              coding: [
                {
                  system: 'http://terminology.hl7.org/CodeSystem/restful-security-service',
                  code: 'SMART-on-FHIR',
                },
              ],
              text: `SMART Backend Services (client_credentials with a private_key_jwt assertion, RS384 or ES384): token endpoint ${baseUrl}${tokenPath}; read scopes system/*.read, system/*.rs or per resource type`,
            },
          ],
          extension: [
            {
              url: 'http://fhir-registry.smarthealthit.org/StructureDefinition/oauth-uris',
              extension: [{ url: 'token', valueUri: `${baseUrl}${tokenPath}` }],
            },
          ],
        },
        resource: [
          ...Object.entries(searchParams).map(([type, params]) => ({
            type: type as SearchableType,
            interaction: [{ code: 'read' as const }, { code: 'search-type' as const }],
            searchParam: params.map(([name, kind]) => ({ name, type: kind })),
            ...(type === 'Patient'
              ? {
                  operation: [
                    {
                      name: 'everything',
                      definition: 'http://hl7.org/fhir/OperationDefinition/Patient-everything',
                    },
                    { name: 'export', definition: `${exportOperation}/patient-export` },
                  ],
                }
              : {}),
          })),
          {
            type: 'Group',
            interaction: [{ code: 'read' as const }],
            operation: [{ name: 'export', definition: `${exportOperation}/group-export` }],
          },
        ],
        operation: [{ name: 'export', definition: `${exportOperation}/export` }],
      },
    ],
  };
}
