import { uuidv7 } from 'uuidv7';
import { AuditCommitter } from '../audit/audit-committer';
import type { AuthSettings } from '../auth/auth-settings';
import { createUser } from '../auth/create-user';
import type { DatabaseHandle } from '../db/connect';
import { createClinic } from '../services/clinic-setup.service';
import { clinicChoices, hasDemoClinic } from '../services/clinic.service';
import { feeScheduleService } from '../services/fee-schedule.service';
import { StartupError } from '../startup-error';
import { seedDemoSchedule } from './demo-schedule';
import { seedDemoRecords } from './seed-demo';

/** The demo clinic's sign-in, printed on start so a new user can look around at once. */
export const demoLogin = { email: 'demo@example.com', password: 'sot-demo-2026-table' } as const;
/** The demo's second practitioner, an associate with a column of their own in the appointment book. */
export const demoAssociateLogin = {
  email: 'associate@example.com',
  password: 'sot-demo-2026-blocks',
} as const;

export interface DemoSeedResult {
  readonly clinicId: string;
  readonly patients: number;
  readonly visits: number;
  readonly appointments: number;
}

/**
 * Builds the demo clinic: the clinic (marked as demo), its owner with the demo login and an associate,
 * 45 patients with deterministic SOT histories, and the appointment book of this week and next (dated
 * from `clock`), written through the same services as the API.
 */
export async function seedDemoClinic(
  handle: DatabaseHandle,
  settings: Pick<AuthSettings, 'argon2'>,
  clock: () => Date = () => new Date(),
): Promise<DemoSeedResult> {
  if (await hasDemoClinic(handle.db)) {
    throw new StartupError(`A demo clinic already exists; sign in as ${demoLogin.email}.`);
  }
  const clinicId = uuidv7();
  const now = clock().toISOString();
  await handle.db.transaction().execute((trx) =>
    createClinic(
      trx,
      {
        id: clinicId,
        name: 'Harbour SOT Chiropractic (demo)',
        address: '12 Harbour Road, Springfield, IL 62704',
        // A number from the range set aside for fiction (555-01xx).
        phone: '(217) 555-0142',
        timeZone: 'America/Chicago',
        isDemo: true,
        // Made-up billing facts (an EIN in no real use; NPIs with a valid check digit) for the claim samples.
        taxId: '99-1234567',
        billingNpi: '1987654328',
      },
      now,
    ),
  );
  const owner = await createUser(
    handle.db,
    {
      clinicId,
      email: demoLogin.email,
      displayName: 'Dr Dana Demo',
      role: 'owner',
      password: demoLogin.password,
      profile: {
        nameAsSigned: 'Dana Demo, DC',
        degree: 'DC',
        licenceNumber: 'DC-000000',
        licenceState: 'IL',
        npi: '1234567802',
      },
    },
    settings,
    clock,
  );
  const associate = await createUser(
    handle.db,
    {
      clinicId,
      email: demoAssociateLogin.email,
      displayName: 'Dr Sam Rivera',
      role: 'practitioner',
      password: demoAssociateLogin.password,
      profile: {
        nameAsSigned: 'Sam Rivera, DC',
        degree: 'DC',
        licenceNumber: 'DC-000001',
        licenceState: 'IL',
        npi: '7654321091',
      },
    },
    settings,
    clock,
  );
  const audit = new AuditCommitter({ db: handle.db, dialect: handle.dialect, clock });
  try {
    const ctx = {
      clinicId,
      userId: owner.id,
      role: 'owner' as const,
      requestId: 'seed-demo',
      ip: '127.0.0.1',
    };
    const deps = { db: handle.db, audit, clock, newId: uuidv7 };
    // Made-up fees, so the demo's superbills and claim forms carry charges.
    await feeScheduleService.put(deps, ctx, {
      currency: 'USD',
      version: 0,
      entries: [
        { code: '98940', modifier: null, amount: 48 },
        { code: '98941', modifier: null, amount: 62 },
        { code: '98942', modifier: null, amount: 76 },
        { code: '98943', modifier: null, amount: 40 },
        { code: '99203', modifier: null, amount: 110 },
      ],
    });
    const seeded = await seedDemoRecords(deps, ctx);
    const book = await seedDemoSchedule(
      deps,
      ctx,
      { ...ctx, userId: associate.id, role: 'practitioner' },
      seeded,
    );
    return {
      clinicId,
      // The new patient booked for the demo's day has no history yet.
      patients: seeded.length + 1,
      visits: seeded.reduce((sum, p) => sum + p.visits, 0) + book.visits,
      appointments: book.appointments,
    };
  } finally {
    await audit.close();
  }
}

/** True when the database holds no clinic at all: a brand-new install. */
export async function isEmptyDatabase(handle: DatabaseHandle): Promise<boolean> {
  return (await clinicChoices(handle.db)).length === 0;
}
