import {
  CreateKioskLinkSchema,
  CreatedKioskLinkSchema,
  IdParamsSchema,
  KioskFormSchema,
  KioskLinkSchema,
  KioskOpenSchema,
  KioskReceiptSchema,
  KioskSubmissionSchema,
  KioskSubmitSchema,
  ReviewKioskSubmissionSchema,
} from '@sotchart/contract';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { contextOf } from '../../auth/request-context';
import { AppError } from '../../errors';
import { createCheckInLink } from '../../services/kiosk-check-in';
import { kioskService } from '../../services/kiosk.service';
import type { ServiceDeps } from '../../services/service-deps';
import type { KioskRateLimitHooks } from '../kiosk-rate-limit';
import { ownedBy } from '../owned-by';
import { defineRoute } from '../route';

export interface KioskRouteOptions {
  /** The address tablets reach the server at (PUBLIC_URL), read per link: the demo start learns it late. */
  readonly publicUrl: () => string | undefined;
  /** The rate limit of the two public token routes. */
  readonly rateLimit: KioskRateLimitHooks;
}

/**
 * The base of every kiosk link: the configured public address, never the request's Host header (which
 * any client can set, and which would put a phishing site's address into the QR code staff print).
 */
function linkBase(publicUrl: string | undefined): string {
  if (publicUrl !== undefined) return publicUrl.replace(/\/+$/, '');
  throw new AppError('VALIDATION_FAILED', {
    message:
      'Kiosk links need the address tablets use to reach this server: set PUBLIC_URL (for example http://192.168.1.20:3000) and restart it.',
    details: [{ path: 'PUBLIC_URL', message: 'is not set on the server' }],
  });
}

/**
 * The kiosk: staff make one-time links and review what comes back; the tablet opens and submits one
 * form with the link's token. The two token routes are public, rate-limited per address and per token,
 * and reach nothing but that link's form; the token travels in the body, never in a URL.
 */
export function kioskRoutes(app: FastifyInstance, deps: ServiceDeps, options: KioskRouteOptions): void {
  const patientOwned = ownedBy(deps.db, 'patient');
  const caller = (request: FastifyRequest) => ({ requestId: request.id, ip: request.ip });

  defineRoute(app, {
    method: 'POST',
    url: '/api/patients/:id/kiosk-links',
    permission: 'demographicsWrite',
    ownedBy: patientOwned,
    schema: {
      summary: 'Make a one-time, time-limited kiosk link (with QR code) to one form for this patient',
      params: IdParamsSchema,
      body: CreateKioskLinkSchema,
      response: CreatedKioskLinkSchema,
      status: 201,
    },
    handler: async (request, _reply, { params, body }) =>
      kioskService.createLink(deps, contextOf(request), params.id, body, linkBase(options.publicUrl())),
  });
  defineRoute(app, {
    method: 'POST',
    url: '/api/appointments/:id/check-in-link',
    permission: 'demographicsWrite',
    ownedBy: ownedBy(deps.db, 'appointment'),
    schema: {
      summary:
        'Make a one-time, 30-minute kiosk check-in link (with QR code) for this appointment: arrival, then what is due',
      params: IdParamsSchema,
      response: CreatedKioskLinkSchema,
      status: 201,
    },
    handler: async (request, _reply, { params }) =>
      createCheckInLink(deps, contextOf(request), params.id, linkBase(options.publicUrl())),
  });
  defineRoute(app, {
    method: 'GET',
    url: '/api/patients/:id/kiosk-links',
    permission: 'demographicsRead',
    ownedBy: patientOwned,
    schema: {
      summary: "A patient's kiosk links, newest first",
      params: IdParamsSchema,
      response: z.array(KioskLinkSchema),
    },
    handler: (request, _reply, { params }) => kioskService.listLinks(deps, contextOf(request), params.id),
  });
  defineRoute(app, {
    method: 'GET',
    url: '/api/patients/:id/kiosk-submissions',
    permission: 'demographicsRead',
    ownedBy: patientOwned,
    schema: {
      summary:
        "Intake forms and signed consents from the kiosk, newest first (an intake's content only for clinical roles)",
      params: IdParamsSchema,
      response: z.array(KioskSubmissionSchema),
    },
    handler: (request, _reply, { params }) =>
      kioskService.listSubmissions(deps, contextOf(request), params.id),
  });
  defineRoute(app, {
    method: 'POST',
    url: '/api/kiosk-submissions/:id/review',
    permission: 'demographicsWrite',
    ownedBy: ownedBy(deps.db, 'kiosk_submission'),
    schema: {
      summary:
        'Accept a kiosk submission into the record (a consent becomes a consent record); an intake needs a clinical role',
      params: IdParamsSchema,
      body: ReviewKioskSubmissionSchema,
      response: KioskSubmissionSchema,
    },
    handler: (request, _reply, { params, body }) =>
      kioskService.review(deps, contextOf(request), params.id, body),
  });
  defineRoute(app, {
    method: 'POST',
    url: '/api/kiosk/open',
    permission: 'public',
    onRequest: options.rateLimit.onRequest,
    preValidation: options.rateLimit.preValidation,
    schema: {
      summary: 'Open a kiosk link: its one form (410 LINK_EXPIRED once used or expired)',
      body: KioskOpenSchema,
      response: KioskFormSchema,
    },
    handler: (request, _reply, { body }) => kioskService.open(deps, caller(request), body.token),
  });
  defineRoute(app, {
    method: 'POST',
    url: '/api/kiosk/submit',
    permission: 'public',
    onRequest: options.rateLimit.onRequest,
    preValidation: options.rateLimit.preValidation,
    schema: {
      summary: "Submit a kiosk link's form; uses the link up (410 LINK_EXPIRED once used or expired)",
      body: KioskSubmitSchema,
      response: KioskReceiptSchema,
      status: 201,
    },
    handler: (request, _reply, { body }) => kioskService.submit(deps, caller(request), body),
  });
}
