import { defaultClinicBilling, type Clinic, type User } from '@sotchart/contract';
import type { Kysely } from 'kysely';
import { uuidv7 } from 'uuidv7';
import { startChain } from '../audit/start-chain';
import type { AuthSettings } from '../auth/auth-settings';
import { createUser } from '../auth/create-user';
import type { Database } from '../db/database';
import { clinicRepository } from '../db/repositories/clinic.repository';
import { scheduleSettingsRepository } from '../db/repositories/schedule-settings.repository';
import { defaultAppointmentTypes } from './schedule/default-appointment-types';
import type { ServiceDeps } from './service-deps';
import { storedClinicLanguage } from '../db/stored-language';

/**
 * Stores a new clinic (version 1) with the head of its audit chain and the default appointment
 * types; call it in the transaction that creates the clinic, so no clinic exists without its chain.
 */
export async function createClinic(
  trx: Kysely<Database>,
  clinic: Pick<Clinic, 'id' | 'name' | 'address' | 'timeZone' | 'isDemo'> & Partial<Omit<Clinic, 'version'>>,
  at: string,
): Promise<Clinic> {
  const created: Clinic = { ...defaultClinicBilling, phone: null, language: 'en', ...clinic, version: 1 };
  await clinicRepository.insert(trx, created, at);
  await startChain(trx, clinic.id, at);
  for (const type of defaultAppointmentTypes)
    await scheduleSettingsRepository.insertType(trx, clinic.id, { ...type, id: uuidv7(), version: 1 });
  return created;
}

/** What `sotchart setup` asks for: the clinic and its first owner. */
export interface ClinicSetup {
  readonly clinicName: string;
  readonly timeZone: string;
  readonly email: string;
  readonly name: string;
  readonly password: string;
  /** The clinical record's language; English when not given. */
  readonly language?: string;
}

/**
 * Creates a clinic and its owner in one transaction, audited as the owner's creation by no one (nobody
 * is signed in yet) under `requestId`.
 */
export async function setUpClinic(
  deps: ServiceDeps,
  input: ClinicSetup,
  settings: Pick<AuthSettings, 'argon2'>,
  requestId: string,
): Promise<{ clinic: Clinic; owner: User }> {
  return deps.db.transaction().execute(async (trx) => {
    const clinic = await createClinic(
      trx,
      {
        id: deps.newId(),
        name: input.clinicName,
        address: '',
        timeZone: input.timeZone,
        isDemo: false,
        language: storedClinicLanguage(input.language ?? 'en'),
      },
      deps.clock().toISOString(),
    );
    const owner = await createUser(
      trx,
      {
        clinicId: clinic.id,
        email: input.email,
        displayName: input.name,
        role: 'owner',
        password: input.password,
      },
      settings,
      deps.clock,
    );
    await deps.audit.within(trx, {
      clinicId: clinic.id,
      actorId: null,
      action: 'create',
      entityType: 'user',
      entityIds: [clinic.id, owner.id],
      patientId: null,
      requestId,
      ip: 'local',
    });
    return { clinic, owner };
  });
}
