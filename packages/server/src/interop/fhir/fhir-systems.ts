/**
 * Every URL the FHIR export writes: the project's own CodeSystem, extensions and identifier systems,
 * and the standard code systems it uses where one exists. The project URLs are canonical names; they
 * never change once published (docs/interop.md documents each).
 */
export const sotBase = 'https://sotchart.org/fhir';

export const systems = {
  /** SOT concepts: indicators, segments, categories, procedures, visit types (docs/interop.md). */
  sot: `${sotBase}/CodeSystem/sot`,
  /** A patient's chart number, unique within the clinic named by `Identifier.assigner`. */
  chartNumber: `${sotBase}/sid/chart-number`,
  /** The id SOT Chart gives each record, for matching a later export with an earlier one. */
  recordId: `${sotBase}/sid/record-id`,
  icd10cm: 'http://hl7.org/fhir/sid/icd-10-cm',
  cpt: 'http://www.ama-assn.org/go/cpt',
  hcpcs: 'https://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets',
  loinc: 'http://loinc.org',
  snomed: 'http://snomed.info/sct',
  ucum: 'http://unitsofmeasure.org',
  npi: 'http://hl7.org/fhir/sid/us-npi',
  v2IdentifierType: 'http://terminology.hl7.org/CodeSystem/v2-0203',
  v3ActCode: 'http://terminology.hl7.org/CodeSystem/v3-ActCode',
  v3DataOperation: 'http://terminology.hl7.org/CodeSystem/v3-DataOperation',
  v3ParticipationType: 'http://terminology.hl7.org/CodeSystem/v3-ParticipationType',
  provenanceAgentType: 'http://terminology.hl7.org/CodeSystem/provenance-participant-type',
  observationCategory: 'http://terminology.hl7.org/CodeSystem/observation-category',
  conditionCategory: 'http://terminology.hl7.org/CodeSystem/condition-category',
  conditionClinical: 'http://terminology.hl7.org/CodeSystem/condition-clinical',
  conditionVerification: 'http://terminology.hl7.org/CodeSystem/condition-ver-status',
  signatureType: 'urn:iso-astm:E1762-95:2013',
} as const;

/** The project's extensions. */
export const extensions = {
  /** EpisodeOfCare: the date the patient signed an Advance Beneficiary Notice (enables GA). */
  abnDate: `${sotBase}/StructureDefinition/abn-date`,
  /** Procedure with a CPT code: a billing modifier confirmed for it (AT, GA, …). */
  billingModifier: `${sotBase}/StructureDefinition/billing-modifier`,
  /** Observation of a category: the protocol pack the analysis used, e.g. sot-standard@1.0.0. */
  protocolPack: `${sotBase}/StructureDefinition/protocol-pack`,
} as const;
