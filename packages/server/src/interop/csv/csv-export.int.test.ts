import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import type { KyselyPlugin } from 'kysely';
import {
  apiClient,
  dialects,
  freshDatabase,
  patientInput,
  signIn,
  testAppOptions,
  type ApiCall,
  type SignedInUser,
  type TestDatabase,
} from '@sotchart/test-support';
import type { AuditEvent } from '../../audit/audit-event';
import { buildApp } from '../../app';
import { exportService } from '../../services/export.service';
import { chartPatient } from '../interop-fixtures';

/** An RFC 4180 reader for the test: quoted fields, doubled quotes, CRLF record ends. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted && c === '"' && text[i + 1] === '"') {
      field += '"';
      i++;
    } else if (quoted && c === '"') quoted = false;
    else if (quoted) field += c;
    else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += c;
  }
  assert.equal(row.length + field.length, 0, 'the text ends with CRLF');
  return rows;
}

const objects = (text: string) => {
  const [header, ...rows] = parseCsv(text);
  return rows.map((r) => Object.fromEntries((header ?? []).map((h, i) => [h, r[i] ?? ''])));
};

for (const dialect of dialects) {
  describe(`CSV export on ${dialect}`, () => {
    let database: TestDatabase;
    let app: FastifyInstance;
    let owner: SignedInUser;
    let api: ApiCall;
    let patientId: string;

    /** A table of one patient's CSV export (the whole clinic's without `of`). */
    const download = async (query: string, headers: Record<string, string> = owner.headers, of = patientId) =>
      app.inject({
        method: 'GET',
        url: `${of === '' ? '/api/exports/csv' : `/api/patients/${of}/exports/csv`}${query}`,
        headers,
      });

    before(async () => {
      database = await freshDatabase(dialect);
      app = await buildApp(testAppOptions(database.handle));
      owner = await signIn(app, { role: 'owner' });
      api = apiClient(app, owner.headers);
      const charted = await chartPatient(
        api,
        patientInput({
          givenName: 'Zoë "Zed"',
          familyName: 'Ångström, Jr',
          address: '5 Rue de l’Église\nApt 2, Québec',
          phone: '+1 418 555 0101',
        }),
      );
      patientId = charted.patientId;
    });
    after(async () => {
      await app.close();
      await database.drop();
    });

    test('writes patients as RFC 4180 UTF-8 with a header row, quoting commas, quotes and newlines', async () => {
      const res = await download('?table=patients');
      assert.equal(res.statusCode, 200);
      assert.match(String(res.headers['content-type']), /^text\/csv; charset=utf-8/);
      assert.match(String(res.headers['content-disposition']), /attachment; filename="sotchart-patients-/);
      const text = res.rawPayload.toString('utf8');
      assert.ok(text.startsWith('patient_id,chart_number,family_name,given_name,date_of_birth,sex,'));
      assert.ok(text.includes('"Ångström, Jr","Zoë ""Zed"""'), text);
      const [row] = objects(text);
      assert.equal(row?.family_name, 'Ångström, Jr');
      assert.equal(row?.given_name, 'Zoë "Zed"');
      assert.equal(row?.address, '5 Rue de l’Église\nApt 2, Québec');
      assert.equal(row?.phone, '+1 418 555 0101');
    });

    test('writes visits with category and confirmed codes, and findings with their parts', async () => {
      const visits = objects((await download('?table=visits')).rawPayload.toString('utf8'));
      assert.equal(visits.length, 2);
      const signed = visits.find((v) => v.status === 'signed');
      assert.equal(signed?.category, 'II');
      assert.equal(signed?.diagnoses, 'M99.05;M99.04;M99.03;M99.02;M54.50');
      assert.equal(signed?.procedures, '98941');
      assert.equal(signed?.modifiers, 'AT');
      const findings = objects((await download('?table=findings')).rawPayload.toString('utf8'));
      assert.equal(findings.length, 16);
      const inguinal = findings.find((f) => f.indicator === 'inguinal_tenderness');
      assert.equal(inguinal?.note, 'tender, "sharp", 3/10');
      assert.equal(inguinal?.positive, 'true');
      const fossa = findings.find((f) => f.indicator === 'arm_fossa' && f.phase === 'pre');
      assert.equal(fossa?.fossa, 'upper');
      assert.equal(findings.find((f) => f.indicator === 'leg_check')?.mm, '5');
    });

    test('lists the tables without a table, refuses assistants and audits the export', async () => {
      const index = await api<{ tables: { table: string }[] }>('GET', '/api/exports/csv');
      assert.deepEqual(
        index.body.tables.map((t) => t.table),
        ['patients', 'visits', 'findings'],
      );
      const perPatient = await api<{ tables: { url: string }[] }>(
        'GET',
        `/api/patients/${patientId}/exports/csv`,
      );
      assert.equal(perPatient.body.tables[0]?.url, `/api/patients/${patientId}/exports/csv?table=patients`);
      const assistant = await signIn(app, { role: 'assistant', clinicId: owner.clinicId });
      assert.equal((await download('?table=patients', assistant.headers)).statusCode, 403);
      // Issue 16, Medium 4: one patient for the clinical roles, the whole clinic for its owner only.
      for (const role of ['practitioner', 'auditor'] as const) {
        const user = await signIn(app, { role, clinicId: owner.clinicId });
        assert.equal((await download('?table=patients', user.headers)).statusCode, 200, role);
        assert.equal((await download('?table=patients', user.headers, '')).statusCode, 403, role);
        assert.equal((await download('', user.headers, '')).statusCode, 403, role);
      }
      assert.equal((await download('?table=patients', owner.headers, '')).statusCode, 200);
      await new Promise((r) => setTimeout(r, 20));
      const rows = await database.handle.db
        .selectFrom('audit_log')
        .select('entity_type')
        .where('action', '=', 'export')
        .where('patient_id', '=', patientId)
        .execute();
      assert.deepEqual([...new Set(rows.map((r) => r.entity_type))].sort(), [
        'findings_csv',
        'patients_csv',
        'visits_csv',
      ]);
    });

    test('streams page by page: the first rows leave before later pages are read', async () => {
      const clinicId = owner.clinicId;
      const now = new Date().toISOString();
      for (let batch = 0; batch < 6; batch++)
        await database.handle.db
          .insertInto('patient')
          .values(
            Array.from({ length: 200 }, (_, i) => ({
              id: randomUUID(),
              clinic_id: clinicId,
              chart_number: `B-${batch}-${i}`,
              given_name: 'Bulk',
              family_name: `Patient ${batch * 200 + i}`,
              search_name: `patient ${batch * 200 + i} bulk`,
              date_of_birth: '1990-01-01',
              sex: 'unknown',
              phone: null,
              email: null,
              address: null,
              occupation: null,
              history: '{"conditions":[],"surgeries":[],"medications":[],"allergies":[]}',
              notes: '',
              archived: 0,
              created_at: now,
              updated_at: now,
              updated_by: null,
              version: 1,
            })),
          )
          .execute();
      let queries = 0;
      const counting: KyselyPlugin = {
        transformQuery: (args) => {
          queries += 1;
          return args.node;
        },
        transformResult: (args) => Promise.resolve(args.result),
      };
      const events: AuditEvent[] = [];
      const deps = {
        db: database.handle.db.withPlugin(counting),
        audit: {
          record: (e: AuditEvent) => Promise.resolve(void events.push(e)),
          within: (_trx: unknown, e: AuditEvent) => Promise.resolve(void events.push(e)),
        },
        clock: () => new Date(),
        newId: randomUUID,
      };
      const actor = { clinicId, userId: owner.userId, role: 'owner' as const, requestId: 'test', ip: '::1' };
      const stream = await exportService.csv(deps, actor, 'patients', {}, 100);
      const iterator = stream[Symbol.asyncIterator]();
      const header = await iterator.next();
      const firstPage = await iterator.next();
      assert.match(String(header.value), /^patient_id,/);
      assert.equal(String(firstPage.value).split('\r\n').length - 1, 100);
      // 1 201 rows are 13 pages of 100; only the pages the reader asked for, plus one ahead, are read.
      assert.ok(queries <= 3, `${queries} queries after the first page`);
      let rows = 100;
      for (let next = await iterator.next(); next.done !== true; next = await iterator.next())
        rows += String(next.value).split('\r\n').length - 1;
      assert.equal(rows, 1201);
      assert.equal(queries, 13);
      assert.equal(events.length, 13, 'one audit event per page');
    });
  });
}
