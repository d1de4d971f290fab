export { launchBrowser } from './browser';
export { dialects, freshDatabase, testPostgresUrl, type TestDatabase } from './database-harness';
export { fixedClock, type FixedClock } from './fixed-clock';
export { seededIds } from './seeded-ids';
export { insertClinic, signIn, signInAs, testPassword, type SignedInUser } from './sign-in';
export { runCli, startServerProcess, type ServerProcess } from './server-process';
export { apiClient, type ApiCall, type ApiResponse } from './api-client';
export { createPatient, patientInput } from './patient-input';
export { placeholderTextPack } from './placeholder-text-pack';
export { cheapArgon2, testAppOptions, testPublicUrl } from './test-app-options';
// The whole red-flag and contraindication screen answered (every item no, except those listed), as signing needs it.
export { screenFindings as screenAnswers } from '@sotchart/server/demo/demo-findings';
