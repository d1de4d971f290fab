import type { ProtocolState } from '@sotchart/contract';
import {
  defaultPack,
  mergePack,
  parseOverride,
  type ProtocolOverride,
  type ProtocolPack,
} from '@sotchart/engine';
import type { Kysely } from 'kysely';
import type { RequestContext } from '../auth/request-context';
import type { Database } from '../db/database';
import { protocolRepository, type StoredOverride } from '../db/repositories/protocol.repository';
import { AppError } from '../errors';
import { saveVersioned } from './save-versioned';
import { auditOf, type ServiceDeps } from './service-deps';

export interface EffectivePack {
  readonly pack: ProtocolPack;
  readonly revision: number;
  readonly override: ProtocolOverride | null;
}

// Merged packs by clinic and revision: a revision never changes once written, so this never goes stale.
const merged = new Map<string, ProtocolPack>();

/** The pack a clinic charts with now: the default merged with its latest override revision. */
export async function effectivePack(db: Kysely<Database>, clinicId: string): Promise<EffectivePack> {
  return packOf(clinicId, await protocolRepository.latest(db, clinicId));
}

/**
 * The pack a visit was charted with, on today's default pack: the clinic's override at the revision
 * its `packRef` names (`…+clinic.r3`), or the default alone. Recomputing an old visit's result uses
 * it, so the visit keeps the clinic's protocol of its day.
 */
export async function packOfRef(
  db: Kysely<Database>,
  clinicId: string,
  packRef: string,
): Promise<EffectivePack> {
  const revision = Number(/\+clinic\.r(\d+)$/.exec(packRef)?.[1] ?? 0);
  if (revision === 0) return packOf(clinicId, undefined);
  return packOf(clinicId, await protocolRepository.atRevision(db, clinicId, revision));
}

function packOf(clinicId: string, stored: StoredOverride | undefined): EffectivePack {
  if (stored === undefined) return { pack: defaultPack, revision: 0, override: null };
  const override = stored.override as ProtocolOverride;
  const key = `${clinicId}#${stored.revision}`;
  let pack = merged.get(key);
  if (pack === undefined) {
    pack = mergePack(defaultPack, override, stored.revision);
    merged.set(key, pack);
  }
  return { pack, revision: stored.revision, override };
}

export const protocolService = {
  async get(deps: ServiceDeps, ctx: RequestContext): Promise<ProtocolState> {
    const { pack, revision, override } = await effectivePack(deps.db, ctx.clinicId);
    return { base: defaultPack, revision, override, effective: pack };
  },

  /** Stores a new override revision; `version` must be the revision the caller last read. */
  async put(
    deps: ServiceDeps,
    ctx: RequestContext,
    body: { version: number; override: unknown },
  ): Promise<ProtocolState> {
    const parsed = parseOverride(body.override);
    if (!parsed.ok) {
      throw new AppError('VALIDATION_FAILED', {
        details: parsed.error.details.map((d) => ({
          path: d.path === '' ? 'override' : `override.${d.path}`,
          message: d.message,
        })),
      });
    }
    return deps.db.transaction().execute(async (trx) => {
      const current = await effectivePack(trx, ctx.clinicId);
      const state: ProtocolState = {
        base: defaultPack,
        revision: current.revision,
        override: current.override,
        effective: current.pack,
      };
      // The revision is the override's version. Revisions are append-only: a write inserts the next
      // one, and the primary key (clinic, revision) refuses a second writer of it, so no write here
      // reports a lost race to reload after.
      const { version: revision } = await saveVersioned({
        current: { ...state, version: state.revision },
        expected: body.version,
        change: (stored) => stored,
        write: async (next) => {
          const at = deps.clock().toISOString();
          await protocolRepository.insert(trx, ctx.clinicId, next.version, parsed.value, at, ctx.userId);
          return true;
        },
        reload: async () => undefined,
        view: ({ version: _version, ...read }) => read,
      });
      await deps.audit.within(trx, auditOf(ctx, 'update', 'protocol_override', [String(revision)], null));
      return {
        base: defaultPack,
        revision,
        override: parsed.value,
        effective: mergePack(defaultPack, parsed.value, revision),
      };
    });
  },
};
