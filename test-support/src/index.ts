export { launchBrowser } from './browser';
export { dialects, freshDatabase, testPostgresUrl, type TestDatabase } from './database-harness';
export { fixedClock, type FixedClock } from './fixed-clock';
export { seededIds } from './seeded-ids';
export { runCli, startServerProcess, type ServerProcess } from './server-process';
