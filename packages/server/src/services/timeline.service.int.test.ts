import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import type {
  KyselyPlugin,
  PluginTransformQueryArgs,
  PluginTransformResultArgs,
  QueryResult,
  RootOperationNode,
  UnknownRow,
} from 'kysely';
import {
  apiClient,
  dialects,
  freshDatabase,
  patientInput,
  signIn,
  testAppOptions,
  type TestDatabase,
} from '@sotchart/test-support';
import { buildApp } from '../app';
import type { RequestContext } from '../auth/request-context';

import { timelineService } from './timeline.service';

/** Counts the statements a Kysely instance sends. */
class QueryCounter implements KyselyPlugin {
  count = 0;
  transformQuery(args: PluginTransformQueryArgs): RootOperationNode {
    this.count += 1;
    return args.node;
  }
  transformResult(args: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
    return Promise.resolve(args.result);
  }
}

for (const dialect of dialects) {
  describe(`timelineService.get on ${dialect}`, () => {
    let database: TestDatabase;
    let app: FastifyInstance;
    let ctx: RequestContext;
    let api: ReturnType<typeof apiClient>;

    before(async () => {
      database = await freshDatabase(dialect);
      app = await buildApp(testAppOptions(database.handle));
      const owner = await signIn(app, { role: 'owner' });
      api = apiClient(app, owner.headers);
      ctx = {
        clinicId: owner.clinicId,
        userId: owner.userId,
        role: 'owner',
        requestId: 'test',
        ip: '127.0.0.1',
      };
    });
    after(async () => {
      await app.close();
      await database.drop();
    });

    async function patientWithVisits(chartNumber: string, visits: number): Promise<string> {
      const patientId = (
        (await api('POST', '/api/patients', patientInput({ chartNumber }))).body as { id: string }
      ).id;
      for (let n = 0; n < visits; n++) {
        const res = await api('POST', `/api/patients/${patientId}/visits`, {
          visitAt: `2026-01-${String(n + 1).padStart(2, '0')}T10:00:00Z`,
          type: 'follow_up',
        });
        assert.equal(res.status, 201);
      }
      return patientId;
    }

    async function countedTimeline(
      patientId: string,
    ): Promise<{ queries: number; entries: number; dates: string[] }> {
      const counter = new QueryCounter();
      const deps = {
        db: database.handle.db.withPlugin(counter),
        audit: app.audit,
        clock: () => new Date(),
        newId: () => 'unused',
      };
      const timeline = await timelineService.get(deps, ctx, patientId);
      return {
        queries: counter.count,
        entries: timeline.entries.length,
        dates: timeline.entries.map((e) => e.visitAt),
      };
    }

    test('uses the same number of queries for 2 visits as for 12, newest first', async () => {
      const few = await countedTimeline(await patientWithVisits('Q-2', 2));
      const many = await countedTimeline(await patientWithVisits('Q-12', 12));
      assert.equal(few.entries, 2);
      assert.equal(many.entries, 12);
      assert.equal(few.queries, 2);
      assert.equal(many.queries, few.queries);
      assert.deepEqual(many.dates.slice(0, 2), ['2026-01-12T10:00:00Z', '2026-01-11T10:00:00Z']);
    });
  });
}
