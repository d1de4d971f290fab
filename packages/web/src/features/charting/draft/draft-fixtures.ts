import { VisitRecordSchema, type Visit } from '@sotchart/contract';
import { defaultPack, runEngine } from '@sotchart/engine';
import type { VisitDraft } from './visit-draft';

// Builders for the draft tests: fixed ids and times, an empty record, so each test states only what
// it is about.
const emptyRecord = VisitRecordSchema.parse({});
const noFindingsResult = runEngine({ findings: [], overrides: [], coding: null }, defaultPack);

/** A draft visit, version 1, with nothing charted yet; `over` replaces any field. */
export function makeVisit(over: Partial<Visit> = {}): Visit {
  return {
    id: '01900000-0000-7000-8000-000000000001',
    patientId: '01900000-0000-7000-8000-000000000002',
    episodeId: null,
    practitionerId: '01900000-0000-7000-8000-000000000003',
    visitAt: '2026-03-09T09:00:00.000Z',
    type: 'follow_up',
    status: 'draft',
    chiefComplaint: '',
    pain: null,
    findings: [],
    engine: noFindingsResult,
    treatedCategory: null,
    overrides: [],
    record: emptyRecord,
    signedAt: null,
    signedBy: null,
    noteLanguage: null,
    createdAt: '2026-03-09T09:00:00.000Z',
    updatedAt: '2026-03-09T09:00:00.000Z',
    version: 1,
    ...over,
  };
}

/** A draft with nothing charted yet; `over` replaces any field. */
export function makeDraft(over: Partial<VisitDraft> = {}): VisitDraft {
  return {
    chiefComplaint: '',
    pain: null,
    findings: [],
    treatedCategory: null,
    overrides: [],
    record: emptyRecord,
    ...over,
  };
}
