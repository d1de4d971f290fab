import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Fastify, { type FastifyInstance } from 'fastify';
import { uuidv7 } from 'uuidv7';
import type { AuthSettings } from './auth/auth-settings';
import { installAuth } from './auth/install-auth';
import type { DatabaseHandle } from './db/connect';
import { installAnswerCheck } from './http/answer-check';
import { installErrorHandler, routingErrorHandler } from './http/error-handler';
import { defaultHttpTimeouts, serverTimeoutOptions, type HttpTimeouts } from './http/http-timeouts';
import { installJsonBodyParser } from './http/json-body-parser';
import { kioskRateLimit, type KioskRateLimits } from './http/kiosk-rate-limit';
import { clinicRoutes } from './http/routes/clinic.routes';
import { docsRoutes } from './http/routes/docs.routes';
import { documentRoutes } from './http/routes/documents.routes';
import { draftRoutes } from './http/routes/draft.routes';
import { exportRoutes } from './http/routes/export.routes';
import { backendClientRoutes } from './http/routes/backend-clients.routes';
import { appointmentRoutes } from './http/routes/appointment.routes';
import { calendarFeedRoutes } from './http/routes/calendar-feed.routes';
import { scheduleSettingsRoutes } from './http/routes/schedule-settings.routes';
import { installFhirApi } from './fhir-api/fhir-api';
import { fhirRoutes } from './http/routes/fhir.routes';
import { healthRoutes } from './http/routes/health.routes';
import { kioskRoutes } from './http/routes/kiosk.routes';
import { outcomesRoutes } from './http/routes/outcomes.routes';
import { patientRoutes } from './http/routes/patient.routes';
import { visitRoutes } from './http/routes/visit.routes';
import type { ServiceDeps } from './services/service-deps';
import { serveWebApp } from './http/web-app';
import { loggerOptions, RequestLog } from './logger';
import { requestIds } from './http/request-id';

export interface AppOptions {
  readonly handle: DatabaseHandle;
  readonly logLevel?: string;
  readonly logStream?: NodeJS.WritableStream;
  /** Folder of the built web app; unset serves the default build when it exists. */
  readonly webDir?: string;
  /** Largest accepted request body in bytes. */
  readonly bodyLimit?: number;
  /** Password hashing, session lifetimes and sign-in limits; unset fields come from the environment or defaults. */
  readonly auth?: Partial<AuthSettings>;
  /** The time source of sessions, sign-in limits and audit rows (tests pass a fixed clock). */
  readonly clock?: () => Date;
  /** How long the audit log waits to batch a lone event, in ms (default 2). */
  readonly auditCommitIntervalMs?: number;
  /**
   * The address tablets reach this server at (PUBLIC_URL, no trailing slash), the base of kiosk links;
   * a function when it is only known once listening. Unset, making a kiosk link is refused.
   */
  readonly publicUrl?: string | (() => string | undefined);
  /** Header, body, idle and keep-alive timeouts; unset fields take the defaults. */
  readonly timeouts?: Partial<HttpTimeouts>;
  /** The public kiosk routes' limits per address and per token; unset fields take the defaults. */
  readonly kioskRateLimit?: Partial<KioskRateLimits>;
  /**
   * Parse every route's answer against the schema it declares and abort any answer outside it
   * (`http/answer-check.ts`). Integration tests turn it on; a served app skips the cost.
   */
  readonly checkAnswers?: boolean;
  /**
   * The folder FHIR Bulk Data export files are written to (the server uses its data folder); unset, a
   * folder of the system's temporary folder.
   */
  readonly bulkExportDir?: string;
}

/** Builds the HTTP application: routes, error handling and the web app. Listening is the caller's job. */
export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: loggerOptions(options.logLevel ?? 'info', options.logStream),
    bodyLimit: options.bodyLimit ?? 1_048_576,
    genReqId: requestIds(),
    logController: new RequestLog(options.logLevel ?? 'info'),
    trustProxy: process.env.TRUST_PROXY === '1',
    frameworkErrors: routingErrorHandler,
    ...serverTimeoutOptions({ ...defaultHttpTimeouts, ...options.timeouts }),
  });
  // The API speaks JSON only: any other body is UNSUPPORTED_MEDIA_TYPE, not a string to validate.
  app.removeContentTypeParser('text/plain');
  installJsonBodyParser(app);
  if (options.checkAnswers === true) installAnswerCheck(app);
  const accountRoutes = await installAuth(app, options);
  const hasWeb = await serveWebApp(app, options.webDir);
  installErrorHandler(app, hasWeb);
  healthRoutes(app, options.handle);
  accountRoutes();
  const deps: ServiceDeps = {
    db: options.handle.db,
    audit: app.audit,
    clock: options.clock ?? (() => new Date()),
    newId: uuidv7,
  };
  patientRoutes(app, deps);
  visitRoutes(app, deps);
  draftRoutes(app, deps);
  clinicRoutes(app, deps);
  outcomesRoutes(app, deps);
  const { publicUrl } = options;
  kioskRoutes(app, deps, {
    publicUrl: typeof publicUrl === 'function' ? publicUrl : () => publicUrl,
    rateLimit: kioskRateLimit(options.kioskRateLimit, deps.clock),
  });
  documentRoutes(app, deps);
  exportRoutes(app, deps);
  fhirRoutes(app, deps);
  backendClientRoutes(app, deps);
  scheduleSettingsRoutes(app, deps);
  appointmentRoutes(app, deps);
  calendarFeedRoutes(app, deps, {
    publicUrl: typeof publicUrl === 'function' ? publicUrl : () => publicUrl,
    rateLimit: options.kioskRateLimit,
  });
  await installFhirApi(app, deps, {
    publicUrl: typeof publicUrl === 'function' ? publicUrl : () => publicUrl,
    bulkExportDir: options.bulkExportDir ?? join(tmpdir(), 'sotchart-bulk-export'),
  });
  docsRoutes(app);
  return app;
}
