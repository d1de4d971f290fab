import { resolveAuthSettings } from '../auth/auth-settings';
import { loadConfig } from '../config';
import { openDatabase } from '../db/connect';
import { migrateToLatest } from '../db/migrations';
import { demoAssociateLogin, demoLogin, seedDemoClinic } from '../demo/seed-demo-clinic';

/** `sotchart seed-demo`: adds a demo clinic with ~45 patients, their SOT histories and a fortnight of appointments. */
export async function seedDemoCommand(): Promise<number> {
  const handle = await openDatabase(loadConfig());
  try {
    await migrateToLatest(handle.db);
    const result = await seedDemoClinic(handle, resolveAuthSettings());
    console.log(
      `Seeded the demo clinic ${result.clinicId}: ${result.patients} patients, ${result.visits} visits.`,
    );
    console.log(`Demo sign-in: ${demoLogin.email} / ${demoLogin.password}`);
    console.log(`Demo associate: ${demoAssociateLogin.email} / ${demoAssociateLogin.password}`);
    return 0;
  } finally {
    await handle.close();
  }
}
