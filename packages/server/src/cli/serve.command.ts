import { loadConfig } from '../config';
import { startServer } from '../serve';

/** `sotchart serve`: migrate, then serve until SIGINT or SIGTERM, then shut down cleanly. */
export async function serveCommand(): Promise<number> {
  const server = await startServer(loadConfig());
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
