import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { z } from 'zod';
import { answerProblem, type Answer } from './answer-check';
import type { RouteSchemas } from './route';

const json = 'application/json; charset=utf-8';
const point: RouteSchemas = {
  summary: 'a point',
  response: z.object({ x: z.number(), note: z.string().optional() }),
};
const errorBody = (code: string) => JSON.stringify({ error: { code, message: 'No.', requestId: 'r1' } });

// Each row: what a route declares, what it answered, and the problem expected (undefined: inside).
const cases: readonly {
  readonly name: string;
  readonly schemas: RouteSchemas;
  readonly answer: Answer;
  readonly problem: RegExp | undefined;
}[] = [
  {
    name: 'accepts a body that is exactly its schema',
    schemas: point,
    answer: { status: 200, contentType: json, payload: '{"x":1,"note":"n"}' },
    problem: undefined,
  },
  {
    name: 'names a field of the wrong type',
    schemas: point,
    answer: { status: 200, contentType: json, payload: '{"x":"1"}' },
    problem: /^x: /,
  },
  {
    name: 'names a field the schema does not list (OpenAPI promises no others)',
    schemas: point,
    answer: { status: 200, contentType: json, payload: '{"x":1,"secret":"s"}' },
    problem: /^secret: /,
  },
  {
    name: 'names a field the schema would fill in with its default',
    schemas: { summary: 'a list', response: z.object({ items: z.array(z.string()).default([]) }) },
    answer: { status: 200, contentType: json, payload: '{}' },
    problem: /^items: /,
  },
  {
    name: 'refuses a success status other than the declared one',
    schemas: { ...point, status: 201 },
    answer: { status: 200, contentType: json, payload: '{"x":1}' },
    problem: /status 200, but the route declares 201/,
  },
  {
    name: 'refuses JSON from a route that declares no response schema',
    schemas: { summary: 'a PDF', file: 'application/pdf' },
    answer: { status: 200, contentType: json, payload: '{"x":1}' },
    problem: /declares no response schema/,
  },
  {
    name: 'accepts the declared file type without reading it',
    schemas: { summary: 'a CSV', file: 'text/csv' },
    answer: { status: 200, contentType: 'text/csv; charset=utf-8; header=present', payload: 'a,b\n' },
    problem: undefined,
  },
  {
    name: 'refuses a file type the route does not declare',
    schemas: { summary: 'a CSV', file: 'text/csv' },
    answer: { status: 200, contentType: 'application/pdf', payload: Buffer.from('%PDF') },
    problem: /is application\/pdf/,
  },
  {
    name: 'accepts a 204 without a body',
    schemas: { summary: 'sign out', status: 204 },
    answer: { status: 204, contentType: '', payload: undefined },
    problem: undefined,
  },
  {
    name: 'accepts an error answer with the shared error body',
    schemas: point,
    answer: { status: 404, contentType: json, payload: errorBody('NOT_FOUND') },
    problem: undefined,
  },
  {
    name: 'refuses an error answer with a code outside the catalogue',
    schemas: point,
    answer: { status: 404, contentType: json, payload: errorBody('GONE_FISHING') },
    problem: /^error\.code: /,
  },
  {
    name: 'refuses an error answer that is not JSON',
    schemas: point,
    answer: { status: 500, contentType: 'text/plain', payload: 'oops' },
    problem: /not an error body/,
  },
];

describe(answerProblem.name, () => {
  for (const c of cases) {
    test(c.name, () => {
      const problem = answerProblem(c.schemas, c.answer);
      if (c.problem === undefined) assert.equal(problem, undefined);
      else assert.match(problem ?? '(no problem found)', c.problem);
    });
  }
});
