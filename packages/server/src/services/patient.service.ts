import type {
  Consent,
  CreatePatient,
  Imaging,
  MedicalHistory,
  Patient,
  PatientSearch,
  PatientSummary,
  PatientWithHistory,
  UpdateMedicalHistory,
  UpdatePatient,
} from '@sotchart/contract';
import type { Kysely } from 'kysely';
import type { RequestContext } from '../auth/request-context';
import type { Database } from '../db/database';
import { patientRecordRepository } from '../db/repositories/patient-record.repository';
import { patientRepository, type PatientCursor } from '../db/repositories/patient.repository';
import { isUniqueViolation } from '../db/unique-violation';
import { notFound, validationFailed } from '../errors';
import { patched, saveVersioned } from './save-versioned';
import { auditOf, type ServiceDeps } from './service-deps';

/** Loads a patient of the caller's clinic; any other id (including another clinic's) is NOT_FOUND. */
export async function loadPatient(
  db: Kysely<Database>,
  ctx: RequestContext,
  id: string,
): Promise<PatientWithHistory> {
  const patient = await patientRepository.findById(db, ctx.clinicId, id);
  if (patient === undefined) throw notFound();
  return patient;
}

/** What every role reads of a patient: the demographics, without the history and notes. */
export function demographicsOf({
  history: _history,
  notes: _notes,
  ...patient
}: PatientWithHistory): Patient {
  return patient;
}

/** The medical history and notes of a patient, which only clinical roles read. */
export function medicalHistoryOf(patient: PatientWithHistory): MedicalHistory {
  return {
    patientId: patient.id,
    history: patient.history,
    notes: patient.notes,
    updatedAt: patient.updatedAt,
    version: patient.version,
  };
}

const emptyHistory: Pick<PatientWithHistory, 'history' | 'notes'> = {
  history: { conditions: [], surgeries: [], medications: [], allergies: [] },
  notes: '',
};

const chartNumberTaken = () =>
  validationFailed([{ path: 'chartNumber', message: 'is already used by another patient of this clinic' }]);

async function assertChartNumberFree(
  db: Kysely<Database>,
  ctx: RequestContext,
  chartNumber: string,
  exceptId: string | null,
) {
  if (await patientRepository.chartNumberTaken(db, ctx.clinicId, chartNumber, exceptId)) {
    throw validationFailed([
      { path: 'chartNumber', message: 'is already used by another patient of this clinic' },
    ]);
  }
}

function encodeCursor(cursor: PatientCursor): string {
  return Buffer.from(JSON.stringify([cursor.key, cursor.id])).toString('base64url');
}

function decodeCursor(text: string | undefined): PatientCursor | null {
  if (text === undefined) return null;
  try {
    const [key, id] = JSON.parse(Buffer.from(text, 'base64url').toString('utf8')) as unknown[];
    if (typeof key === 'string' && typeof id === 'string') return { key, id };
  } catch {
    // fall through to the validation error
  }
  throw validationFailed([{ path: 'query.cursor', message: 'is not a cursor this server issued' }]);
}

/**
 * Applies a patch to a patient in one transaction. A stale version answers VERSION_CONFLICT carrying
 * `view` of the current record, so a conflict shows a role no more than the route itself would.
 */
async function changePatient<T>(
  deps: ServiceDeps,
  ctx: RequestContext,
  id: string,
  patch: Partial<PatientWithHistory> & { version: number },
  action: 'update' | 'archive',
  view: (patient: PatientWithHistory) => T,
): Promise<T> {
  const result = await deps.db.transaction().execute(async (trx) => {
    const current = await loadPatient(trx, ctx, id);
    await deps.audit.within(trx, auditOf(ctx, action, 'patient', [id], id));
    return saveVersioned({
      current,
      expected: patch.version,
      change: async (stored) => {
        const next = patched(stored, patch);
        if (next === null) return null;
        if (next.chartNumber !== stored.chartNumber)
          await assertChartNumberFree(trx, ctx, next.chartNumber, id);
        return { ...next, updatedAt: deps.clock().toISOString() };
      },
      write: (next, expected) => patientRepository.update(trx, ctx.clinicId, next, expected, ctx.userId),
      reload: () => loadPatient(trx, ctx, id),
      view,
    });
  });
  return view(result);
}

export const patientService = {
  /**
   * Registers a patient. Over HTTP the body holds demographics only; the demo seed and imports may
   * pass a history too.
   */
  async create(
    deps: ServiceDeps,
    ctx: RequestContext,
    input: CreatePatient,
    medical: Pick<PatientWithHistory, 'history' | 'notes'> = emptyHistory,
  ): Promise<Patient> {
    const now = deps.clock().toISOString();
    const { history: _history, notes: _notes, ...demographics } = input;
    const patient: PatientWithHistory = {
      ...demographics,
      ...medical,
      id: deps.newId(),
      archived: false,
      createdAt: now,
      updatedAt: now,
      version: 1,
    };
    await deps.db
      .transaction()
      .execute(async (trx) => {
        await assertChartNumberFree(trx, ctx, input.chartNumber, null);
        await patientRepository.insert(trx, ctx.clinicId, patient, ctx.userId);
        await deps.audit.within(trx, auditOf(ctx, 'create', 'patient', [patient.id], patient.id));
      })
      .catch((error: unknown) => {
        // Two requests creating the same chart number at once: the unique index decides.
        if (isUniqueViolation(error)) throw chartNumberTaken();
        throw error;
      });
    return demographicsOf(patient);
  },

  async get(deps: ServiceDeps, ctx: RequestContext, id: string): Promise<Patient> {
    const patient = await loadPatient(deps.db, ctx, id);
    await deps.audit.record(auditOf(ctx, 'read', 'patient', [id], id));
    return demographicsOf(patient);
  },

  async getHistory(deps: ServiceDeps, ctx: RequestContext, id: string): Promise<MedicalHistory> {
    const patient = await loadPatient(deps.db, ctx, id);
    await deps.audit.record(auditOf(ctx, 'read', 'patient_history', [id], id));
    return medicalHistoryOf(patient);
  },

  updateHistory(
    deps: ServiceDeps,
    ctx: RequestContext,
    id: string,
    patch: UpdateMedicalHistory,
  ): Promise<MedicalHistory> {
    return changePatient(deps, ctx, id, patch, 'update', medicalHistoryOf);
  },

  async search(
    deps: ServiceDeps,
    ctx: RequestContext,
    search: PatientSearch,
  ): Promise<{ items: PatientSummary[]; nextCursor: string | null }> {
    const after = decodeCursor(search.cursor);
    const asTyped = await patientRepository.search(deps.db, ctx.clinicId, search, after);
    // A query that finds no one as typed is read again allowing one typo a word ("isabela"); a later
    // page of such a search finds no one as typed either, so it pages through the same list.
    const page =
      asTyped.items.length > 0 || search.q === undefined
        ? asTyped
        : await patientRepository.searchWithOneTypo(deps.db, ctx.clinicId, search, after);
    const ids = page.items.map((p) => p.id);
    if (ids.length > 0) await deps.audit.record(auditOf(ctx, 'read', 'patient_list', ids, null));
    return { items: page.items, nextCursor: page.last === null ? null : encodeCursor(page.last) };
  },

  update(deps: ServiceDeps, ctx: RequestContext, id: string, patch: UpdatePatient): Promise<Patient> {
    const { history: _history, notes: _notes, ...demographics } = patch;
    return changePatient(deps, ctx, id, demographics, 'update', demographicsOf);
  },

  archive(deps: ServiceDeps, ctx: RequestContext, id: string, version: number): Promise<Patient> {
    return changePatient(deps, ctx, id, { version, archived: true }, 'archive', demographicsOf);
  },

  async listConsents(deps: ServiceDeps, ctx: RequestContext, patientId: string): Promise<Consent[]> {
    await loadPatient(deps.db, ctx, patientId);
    const consents = await patientRecordRepository.listConsents(deps.db, ctx.clinicId, patientId);
    await deps.audit.record(auditOf(ctx, 'read', 'consent', [patientId], patientId));
    return consents;
  },

  async addConsent(
    deps: ServiceDeps,
    ctx: RequestContext,
    patientId: string,
    input: Omit<Consent, 'id' | 'patientId' | 'createdAt'>,
  ) {
    const consent: Consent = { ...input, id: deps.newId(), patientId, createdAt: deps.clock().toISOString() };
    await deps.db.transaction().execute(async (trx) => {
      await loadPatient(trx, ctx, patientId);
      await patientRecordRepository.insertConsent(trx, ctx.clinicId, consent, ctx.userId);
      await deps.audit.within(trx, auditOf(ctx, 'create', 'consent', [consent.id], patientId));
    });
    return consent;
  },

  async listImaging(deps: ServiceDeps, ctx: RequestContext, patientId: string): Promise<Imaging[]> {
    await loadPatient(deps.db, ctx, patientId);
    const studies = await patientRecordRepository.listImaging(deps.db, ctx.clinicId, patientId);
    await deps.audit.record(auditOf(ctx, 'read', 'imaging_study', [patientId], patientId));
    return studies;
  },

  async addImaging(
    deps: ServiceDeps,
    ctx: RequestContext,
    patientId: string,
    input: Omit<Imaging, 'id' | 'patientId' | 'createdAt'>,
  ) {
    const study: Imaging = { ...input, id: deps.newId(), patientId, createdAt: deps.clock().toISOString() };
    await deps.db.transaction().execute(async (trx) => {
      await loadPatient(trx, ctx, patientId);
      await patientRecordRepository.insertImaging(trx, ctx.clinicId, study, ctx.userId);
      await deps.audit.within(trx, auditOf(ctx, 'create', 'imaging_study', [study.id], patientId));
    });
    return study;
  },
};
