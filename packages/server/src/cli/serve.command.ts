import { loadConfig } from '../config';
import { demoAssociateLogin, demoLogin } from '../demo/seed-demo-clinic';
import { startServer } from '../serve';
import { hasDemoClinic } from '../services/clinic.service';

/** `sotchart serve`: migrate, then serve until SIGINT or SIGTERM, then shut down cleanly. */
export async function serveCommand(): Promise<number> {
  const server = await startServer(loadConfig());
  if (server.demo !== null) {
    console.log(
      `Seeded the demo clinic: ${server.demo.patients} patients, ${server.demo.visits} visits (SOTCHART_DEMO=0 skips this).`,
    );
  }
  if (server.demo !== null || (await hasDemoClinic(server.handle.db))) {
    console.log(`Demo sign-in: ${demoLogin.email} / ${demoLogin.password}`);
    console.log(`Demo associate: ${demoAssociateLogin.email} / ${demoAssociateLogin.password}`);
  }
  console.log(
    server.publicUrl === undefined
      ? 'Kiosk links are off until PUBLIC_URL is set to the address tablets reach this server at.'
      : `Kiosk links and their QR codes point to ${server.publicUrl} (PUBLIC_URL).`,
  );
  console.log(`SOT Chart is running at ${server.url} (database: ${server.handle.dialect})`);
  await new Promise<void>((resolve) => {
    const shutdown = (): void => {
      process.off('SIGINT', shutdown);
      process.off('SIGTERM', shutdown);
      void server.stop().finally(resolve);
    };
    process.on('SIGINT', shutdown);
    process.on('SIGTERM', shutdown);
  });
  return 0;
}
