import type { Kysely } from 'kysely';
import type { AuditCommitter } from '../audit/audit-committer';
import type { AuditSink } from '../audit/audit-event';
import type { DialectName } from '../db/connect';
import type { Database } from '../db/database';
import type { AuthSettings } from './auth-settings';
import type { LoginThrottle } from './login-throttle';

/** What the account, session and audit services need. */
export interface AuthDeps {
  readonly db: Kysely<Database>;
  readonly dialect: DialectName;
  readonly audit: AuditSink;
  readonly clock: () => Date;
  readonly settings: AuthSettings;
  readonly throttle: LoginThrottle;
  /** A hash of a random password, verified against when the email is unknown so timing tells nothing. */
  dummyHash(): Promise<string>;
}

/** The session the current request arrived with (set by the session hook, null without one). */
export interface AuthSession {
  readonly id: string;
  readonly csrfToken: string;
  readonly mustChangePassword: boolean;
}

/** What tests and the demo seed reach through the app: the database and the settings in force. */
export interface AuthRuntime {
  readonly db: Kysely<Database>;
  readonly settings: AuthSettings;
  readonly clock: () => Date;
}

declare module 'fastify' {
  interface FastifyInstance {
    /** The audit log: `record` resolves once the row is durable, `within` writes it with a change. */
    audit: AuditCommitter;
    auth: AuthRuntime;
  }
  interface FastifyRequest {
    authSession: AuthSession | null;
  }
}
