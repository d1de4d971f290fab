import { createHash } from 'node:crypto';
import type { Attachment, DocumentReference, Provenance, Reference, Resource } from '@medplum/fhirtypes';
import type { Addendum, Clinic, Patient, Visit } from '@sotchart/contract';
import type { ExportPractitioner } from './export-record';
import { derivedId, refTo } from './fhir-id';
import { systems } from './fhir-systems';
import { addendumText, visitNoteText } from './note-text';

const progressNote = { coding: [{ system: systems.loinc, code: '11506-3', display: 'Progress note' }] };
const authorSignature = {
  system: systems.signatureType,
  code: '1.2.840.10065.1.12.1.1',
  display: "Author's Signature",
};

function textAttachment(text: string, title: string, creation: string): Attachment {
  const bytes = Buffer.from(text, 'utf8');
  return {
    contentType: 'text/plain; charset=utf-8',
    language: 'en',
    data: bytes.toString('base64'),
    size: bytes.length,
    hash: createHash('sha1').update(bytes).digest('base64'),
    title,
    creation,
  };
}

function provenance(
  id: string,
  target: Reference[],
  at: string,
  signer: string,
  activity: { code: string; display: string },
): Provenance {
  const who = refTo('Practitioner', signer);
  return {
    resourceType: 'Provenance',
    id,
    target,
    recorded: at,
    activity: { coding: [{ system: systems.v3DataOperation, ...activity }] },
    agent: [
      {
        type: { coding: [{ system: systems.provenanceAgentType, code: 'author', display: 'Author' }] },
        who,
      },
    ],
    signature: [{ type: [authorSignature], when: at, who }],
  };
}

/**
 * A signed visit's note as a DocumentReference (plain text, LOINC progress note) with a Provenance for
 * the signature; each addendum as a DocumentReference that appends to the note, with its own Provenance.
 * A draft has neither.
 */
export function signatureResources(
  visit: Visit,
  patient: Patient,
  clinic: Clinic,
  addenda: readonly Addendum[],
  practitioners: ReadonlyMap<string, ExportPractitioner>,
  names: ReadonlyMap<string, string>,
): Resource[] {
  if (visit.status !== 'signed' || visit.signedAt === null || visit.signedBy === null) return [];
  const signedAt = visit.signedAt;
  const subject = refTo('Patient', visit.patientId);
  const encounter = refTo('Encounter', visit.id);
  const noteId = derivedId(visit.id, 'note');
  const note: DocumentReference = {
    resourceType: 'DocumentReference',
    id: noteId,
    status: 'current',
    docStatus: 'final',
    type: progressNote,
    subject,
    date: signedAt,
    author: [refTo('Practitioner', visit.practitionerId)],
    authenticator: refTo('Practitioner', visit.signedBy),
    custodian: refTo('Organization', clinic.id),
    description: 'Signed SOT visit note',
    content: [
      {
        attachment: textAttachment(
          visitNoteText(visit, patient, clinic, practitioners, names),
          `Visit note ${visit.visitAt.slice(0, 10)}`,
          signedAt,
        ),
      },
    ],
    context: { encounter: [encounter], period: { start: visit.visitAt } },
  };
  const out: Resource[] = [
    note,
    provenance(
      derivedId(visit.id, 'signature'),
      [encounter, refTo('DocumentReference', noteId)],
      signedAt,
      visit.signedBy,
      {
        code: 'CREATE',
        display: 'create',
      },
    ),
  ];
  for (const a of addenda) {
    const docId = derivedId(a.id, 'addendum');
    out.push(
      {
        resourceType: 'DocumentReference',
        id: docId,
        status: 'current',
        docStatus: 'final',
        type: progressNote,
        subject,
        date: a.signedAt,
        author: [refTo('Practitioner', a.authorId)],
        authenticator: refTo('Practitioner', a.authorId),
        custodian: refTo('Organization', clinic.id),
        description: `Addendum ${a.seq} to the signed visit note`,
        relatesTo: [{ code: 'appends', target: refTo('DocumentReference', noteId) }],
        content: [
          { attachment: textAttachment(addendumText(a, practitioners), `Addendum ${a.seq}`, a.signedAt) },
        ],
        context: { encounter: [encounter], period: { start: visit.visitAt } },
      },
      provenance(
        derivedId(a.id, 'provenance'),
        [refTo('DocumentReference', docId), encounter],
        a.signedAt,
        a.authorId,
        { code: 'APPEND', display: 'append' },
      ),
    );
  }
  return out;
}
