import type { FastifyInstance } from 'fastify';
import type { ServiceDeps } from '../services/service-deps';
import { fhirBasePath } from '../smart/smart-configuration';
import { rootSmartConfiguration, smartRoutes } from '../smart/smart.routes';
import { BulkExportRunner } from './bulk/bulk-export-runner';
import { bulkExportRoutes } from './bulk/bulk-export.routes';
import { installBearerAccess } from './fhir-access';
import { publicUrlResolver } from './fhir-base';
import { fhirReadRoutes } from './fhir-read.routes';
import { installOperationOutcomes } from './operation-outcome';

export interface FhirApiOptions {
  /** PUBLIC_URL: the address clients use (unset: the address each request was made to). */
  readonly publicUrl: () => string | undefined;
  /** The folder bulk export files are written under. */
  readonly bulkExportDir: string;
}

/**
 * The FHIR R4 API at `/fhir/R4`: its own error answers (OperationOutcome), Bearer tokens of SMART
 * backend clients beside the app's session, the read API, Bulk Data and the token endpoint. Its
 * routes live in their own Fastify context, so they keep that error handler.
 */
export async function installFhirApi(
  app: FastifyInstance,
  deps: ServiceDeps,
  options: FhirApiOptions,
): Promise<void> {
  const urlOf = publicUrlResolver(options.publicUrl);
  const runner = new BulkExportRunner(deps, options.bulkExportDir, app.log);
  app.addHook('onClose', () => runner.close());
  rootSmartConfiguration(app, urlOf);
  await app.register(
    async (fhir) => {
      installOperationOutcomes(fhir);
      installBearerAccess(fhir, deps);
      fhir.addHook('onSend', async (_request, reply, payload) => {
        // Patient data: like every /api answer, never kept by a browser or proxy cache.
        void reply.header('cache-control', 'no-store');
        return payload;
      });
      smartRoutes(fhir, deps, urlOf);
      fhirReadRoutes(fhir, deps, urlOf);
      bulkExportRoutes(fhir, runner, urlOf);
    },
    { prefix: fhirBasePath },
  );
}
