import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { emptyValuePaths } from './fhir-empty-values';
import { fhirInvariantFailures } from './fhir-invariants';
import { fhirSchemaErrors } from './fhir-schema-validator';
import { sotCodeSystem } from './sot-code-system';

const docs = new URL('../../../../../docs/samples/', import.meta.url);
const read = (name: string): unknown => JSON.parse(readFileSync(new URL(name, docs), 'utf8'));

interface Bundle {
  resourceType: string;
  entry: { fullUrl: string; resource: { resourceType: string; id: string } }[];
}

describe('docs/samples', () => {
  test('demo-bundle.json (one demo patient, exported by `sotchart export fhir --patient`) validates', () => {
    const bundle = read('demo-bundle.json') as Bundle;
    const counts: Record<string, number> = {};
    for (const { fullUrl, resource } of bundle.entry) {
      const name = `${resource.resourceType}/${resource.id}`;
      assert.deepEqual(fhirSchemaErrors(resource), [], name);
      assert.deepEqual(fhirInvariantFailures(resource), [], name);
      assert.match(fullUrl, /^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/, name);
      counts[resource.resourceType] = (counts[resource.resourceType] ?? 0) + 1;
    }
    assert.deepEqual(fhirSchemaErrors(bundle), []);
    assert.deepEqual(emptyValuePaths(bundle), []);
    assert.deepEqual(counts, {
      CodeSystem: 1,
      Organization: 1,
      Practitioner: 1,
      Patient: 1,
      Condition: 33,
      Procedure: 37,
      MedicationStatement: 1,
      AllergyIntolerance: 1,
      Consent: 1,
      EpisodeOfCare: 1,
      CarePlan: 1,
      Goal: 2,
      Encounter: 6,
      Observation: 154,
      DocumentReference: 6,
      Provenance: 6,
      QuestionnaireResponse: 12,
    });
  });

  test('sot-codesystem.json is the CodeSystem the export uses, and validates', () => {
    const published = read('sot-codesystem.json');
    assert.deepEqual(
      published,
      sotCodeSystem(),
      'regenerate docs/samples/sot-codesystem.json (docs/interop.md)',
    );
    assert.deepEqual(fhirSchemaErrors(published as { resourceType: string }), []);
  });
});
