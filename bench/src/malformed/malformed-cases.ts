/**
 * Invalid requests generated from the OpenAPI document: for every operation, bodies with a field of
 * the wrong type, a required field missing, strings past their limit, deep JSON, bad UTF-8, broken
 * JSON, wrong content types; path ids with traversal and junk; hostile query values; and, for
 * signed-in writes, a missing CSRF token. Every body, id and header case is invalid by construction,
 * so none may change stored data; a hostile query value may still be one a read accepts (a search
 * for "abc"), which changes nothing either.
 */

interface JsonSchema {
  readonly type?: string | readonly string[];
  readonly nullable?: boolean;
  readonly enum?: readonly unknown[];
  readonly const?: unknown;
  readonly properties?: Record<string, JsonSchema>;
  readonly required?: readonly string[];
  readonly items?: JsonSchema;
  readonly anyOf?: readonly JsonSchema[];
  readonly oneOf?: readonly JsonSchema[];
  readonly allOf?: readonly JsonSchema[];
  readonly maxLength?: number;
  readonly minLength?: number;
  readonly maximum?: number;
  readonly minimum?: number;
  readonly maxItems?: number;
}

export interface Operation {
  readonly method: string;
  /** OpenAPI path, e.g. /api/visits/{id}. */
  readonly path: string;
  readonly permission: string;
  readonly pathParams: readonly string[];
  readonly queryParams: readonly { readonly name: string; readonly schema: JsonSchema }[];
  readonly body: JsonSchema | null;
}

export interface MalformedRequest {
  readonly kind: string;
  readonly method: string;
  /** Raw request target, sent as is (no normalisation of `..`). */
  readonly url: string;
  readonly headers: Record<string, string>;
  readonly body?: Buffer;
  /** Send the session cookie (false: anonymous). */
  readonly signedIn: boolean;
  /** Send the CSRF token with the cookie. */
  readonly csrf: boolean;
}

interface OpenApiDocument {
  readonly paths: Record<string, Record<string, Record<string, unknown>>>;
}

/** Every operation of the document, with its parameters and body schema. */
export function operationsOf(document: OpenApiDocument): Operation[] {
  const operations: Operation[] = [];
  for (const [path, methods] of Object.entries(document.paths)) {
    for (const [method, op] of Object.entries(methods)) {
      const parameters = (op.parameters ?? []) as { name: string; in: string; schema: JsonSchema }[];
      const requestBody = op.requestBody as { content?: Record<string, { schema?: JsonSchema }> } | undefined;
      operations.push({
        method: method.toUpperCase(),
        path,
        permission: String(op['x-permission'] ?? ''),
        pathParams: parameters.filter((p) => p.in === 'path').map((p) => p.name),
        queryParams: parameters
          .filter((p) => p.in === 'query')
          .map((p) => ({ name: p.name, schema: p.schema })),
        body: requestBody?.content?.['application/json']?.schema ?? null,
      });
    }
  }
  return operations;
}

/** The JSON types a schema accepts; null means "anything" (no usable type information). */
function acceptedTypes(schema: JsonSchema): Set<string> | null {
  const alternatives = schema.anyOf ?? schema.oneOf;
  if (alternatives !== undefined) {
    const all = new Set<string>();
    for (const alternative of alternatives) {
      const types = acceptedTypes(alternative);
      if (types === null) return null;
      for (const t of types) all.add(t);
    }
    return all;
  }
  if (schema.allOf !== undefined)
    return schema.allOf[0] === undefined ? null : acceptedTypes(schema.allOf[0]);
  let types: string[];
  if (schema.type !== undefined)
    types = Array.isArray(schema.type) ? [...schema.type] : [schema.type as string];
  else if (schema.enum !== undefined) types = [...new Set(schema.enum.map(jsonType))];
  else if (schema.const !== undefined) types = [jsonType(schema.const)];
  else if (schema.properties !== undefined) types = ['object'];
  else return null;
  const set = new Set(types.flatMap((t) => (t === 'integer' ? ['integer', 'number'] : [t])));
  if (schema.nullable === true || schema.enum?.includes(null) === true) set.add('null');
  return set;
}

function jsonType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value === 'number' ? 'number' : typeof value;
}

const wrongValues: readonly { readonly type: string; readonly value: unknown }[] = [
  { type: 'string', value: '../../etc/passwd' },
  { type: 'number', value: 1e308 },
  { type: 'boolean', value: true },
  { type: 'null', value: null },
  { type: 'array', value: [1, 'two', { three: 3 }] },
  { type: 'object', value: { $gt: '', __proto__: { polluted: true } } },
];

/** A value of a type the schema does not accept, or undefined when it accepts every type. */
function wrongValueFor(schema: JsonSchema, pick: number): unknown {
  const accepted = acceptedTypes(schema);
  if (accepted === null) return undefined;
  const candidates = wrongValues.filter((w) => !accepted.has(w.type));
  return candidates.length === 0 ? undefined : candidates[pick % candidates.length]?.value;
}

/** A value the schema accepts (as far as this generator can tell), for the fields left valid. */
function sampleValue(schema: JsonSchema, name: string): unknown {
  if (schema.enum !== undefined && schema.enum.length > 0) return schema.enum[0];
  if (schema.const !== undefined) return schema.const;
  const alternatives = schema.anyOf ?? schema.oneOf;
  if (alternatives?.[0] !== undefined) return sampleValue(alternatives[0], name);
  const type = Array.isArray(schema.type) ? schema.type[0] : schema.type;
  switch (type) {
    case 'integer':
    case 'number':
      return name === 'version' ? 1 : Math.max(schema.minimum ?? 0, 1);
    case 'boolean':
      return false;
    case 'array':
      return [];
    case 'object':
      return validObject(schema);
    default:
      return 'x'.repeat(Math.max(1, schema.minLength ?? 1));
  }
}

/** An object with every required field set to a plausible value (the base each case breaks). */
function validObject(schema: JsonSchema): Record<string, unknown> {
  const object: Record<string, unknown> = {};
  for (const name of schema.required ?? []) {
    const property = schema.properties?.[name];
    if (property !== undefined) object[name] = sampleValue(property, name);
  }
  return object;
}

const json = (value: unknown): Buffer => Buffer.from(JSON.stringify(value));

function deepArray(depth: number): Buffer {
  return Buffer.from(`${'['.repeat(depth)}${']'.repeat(depth)}`);
}

/** Bodies that break the operation's body schema, each a different way. */
function badBodies(schema: JsonSchema, seed: number): { kind: string; body: Buffer; type: string }[] {
  const base = validObject(schema);
  const properties = Object.entries(schema.properties ?? {});
  const bodies: { kind: string; body: Buffer; type: string }[] = [];
  const jsonType = 'application/json';
  properties.forEach(([name, property], i) => {
    const wrong = wrongValueFor(property, seed + i);
    if (wrong !== undefined)
      bodies.push({ kind: `wrong type: ${name}`, body: json({ ...base, [name]: wrong }), type: jsonType });
    if (property.maxLength !== undefined && acceptedTypes(property)?.has('string') === true) {
      bodies.push({
        kind: `string past maxLength: ${name}`,
        body: json({ ...base, [name]: 'x'.repeat(property.maxLength + 1) }),
        type: jsonType,
      });
    }
    if (property.maximum !== undefined) {
      bodies.push({
        kind: `number past maximum: ${name}`,
        body: json({ ...base, [name]: property.maximum + 1 }),
        type: jsonType,
      });
    }
    if (property.enum !== undefined && property.enum.every((v) => typeof v === 'string')) {
      bodies.push({
        kind: `not in enum: ${name}`,
        body: json({ ...base, [name]: 'sideways' }),
        type: jsonType,
      });
    }
    if (property.maxItems !== undefined) {
      bodies.push({
        kind: `array past maxItems: ${name}`,
        body: json({ ...base, [name]: Array.from({ length: property.maxItems + 1 }, () => ({})) }),
        type: jsonType,
      });
    }
  });
  for (const name of schema.required ?? []) {
    const { [name]: _dropped, ...rest } = base;
    bodies.push({ kind: `missing required: ${name}`, body: json(rest), type: jsonType });
  }
  // A lone surrogate escape and bad UTF-8 in a key, beside a known field of the wrong type.
  const wrongField = properties
    .map(([name, property], i) => ({ name, value: wrongValueFor(property, seed + i) }))
    .find((f) => f.value !== undefined);
  if (wrongField !== undefined) {
    const rest = JSON.stringify({ ...base, [wrongField.name]: wrongField.value }).slice(1);
    bodies.push({
      kind: `lone surrogate and bad UTF-8 in a key, ${wrongField.name} of the wrong type`,
      body: Buffer.concat([Buffer.from('{"\\ud800'), Buffer.from([0xc3, 0x28]), Buffer.from(`": 1,${rest}`)]),
      type: jsonType,
    });
  }
  // Deep JSON in place of a known field (an unknown key would merely be ignored).
  const target = schema.required?.[0] ?? properties[0]?.[0];
  if (target !== undefined) {
    const text = JSON.stringify({ ...base, [target]: 0 }).replace(`"${target}":0`, `"${target}":@`);
    const [head, tail] = text.split('@') as [string, string];
    bodies.push({
      kind: `deep JSON in field ${target} (50 000 levels)`,
      body: Buffer.from(`${head}${'['.repeat(50_000)}${']'.repeat(50_000)}${tail}`),
      type: jsonType,
    });
  }
  bodies.push(
    { kind: 'body not an object: array', body: json([base]), type: jsonType },
    { kind: 'body not an object: number', body: json(42), type: jsonType },
    { kind: 'body not an object: null', body: Buffer.from('null'), type: jsonType },
    { kind: 'deep JSON (100 000 levels)', body: deepArray(100_000), type: jsonType },
    { kind: 'broken JSON', body: Buffer.from('{"version": 1, "findings": ['), type: jsonType },
    {
      kind: 'bad UTF-8 where a value goes',
      body: Buffer.concat([Buffer.from('{"version": '), Buffer.from([0xff, 0xfe, 0xfd]), Buffer.from('}')]),
      type: jsonType,
    },
    {
      kind: 'huge body (2 MB)',
      body: json({ ...base, padding: 'x'.repeat(2 * 1024 * 1024) }),
      type: jsonType,
    },
    { kind: 'content type text/plain', body: json(base), type: 'text/plain' },
    {
      kind: 'content type application/xml',
      body: Buffer.from('<visit version="1"/>'),
      type: 'application/xml',
    },
    {
      kind: 'content type form',
      body: Buffer.from('version=1&pain=3'),
      type: 'application/x-www-form-urlencoded',
    },
    {
      kind: 'content type multipart',
      body: Buffer.from('--b\r\ncontent-disposition: form-data; name="version"\r\n\r\n1\r\n--b--\r\n'),
      type: 'multipart/form-data; boundary=b',
    },
    {
      kind: 'content type octet-stream',
      body: Buffer.from([0, 1, 2, 255]),
      type: 'application/octet-stream',
    },
    {
      kind: 'JSON declared as UTF-16',
      body: Buffer.from('{"version":"x"}', 'utf16le'),
      type: 'application/json; charset=utf-16',
    },
  );
  return bodies;
}

/** Path ids that are not ids: traversal, encodings, junk, huge. */
const badIds: readonly string[] = [
  '..%2F..%2Fetc%2Fpasswd',
  '..',
  '%2e%2e%2f%2e%2e%2f',
  '....//....//etc',
  '%00',
  '%ff%fe',
  "1'%20or%20'1'='1",
  '%3Cscript%3E',
  'x'.repeat(4000),
  '1e400',
  '-1',
  '%F0%9F%92%A5',
  '00000000-0000-0000-0000-00000000000g',
];

/** Query values that break the parameter's schema. */
function badQueryValues(schema: JsonSchema): string[] {
  const values = ['%ff', 'x'.repeat(5000), '', '-1', 'abc', '1e999', '%5Bobject%20Object%5D', '..%2F..%2F'];
  if (schema.enum !== undefined) values.push('sideways');
  return values;
}

export interface CaseContext {
  /** Real ids by the path segment before `{id}` (patients, visits, …); `default` for any other. */
  readonly ids: Readonly<Record<string, string>>;
}

function fillPath(op: Operation, ids: CaseContext['ids'], override?: string): string {
  return op.path.replace(/\{([A-Za-z]+)\}/g, (_m, _name: string, offset: number) => {
    if (override !== undefined) return override;
    const noun = op.path.slice(0, offset).split('/').filter(Boolean).pop() ?? '';
    return ids[noun] ?? ids.default ?? '00000000-0000-7000-8000-000000000000';
  });
}

const isWrite = (method: string): boolean => !['GET', 'HEAD', 'OPTIONS'].includes(method);

/**
 * Every malformed request this generator knows for one operation, signed in (with real ids, so the
 * request reaches validation) and anonymous. Each is invalid: a body, id, query value or header that
 * the operation's schema or the session check refuses.
 */
export function casesFor(op: Operation, context: CaseContext, seed: number): MalformedRequest[] {
  const cases: MalformedRequest[] = [];
  const url = fillPath(op, context.ids);
  const add = (c: Omit<MalformedRequest, 'signedIn' | 'csrf'>, write = isWrite(op.method)) => {
    cases.push({ ...c, signedIn: true, csrf: true });
    cases.push({ ...c, kind: `anonymous, ${c.kind}`, signedIn: false, csrf: false });
    if (write) cases.push({ ...c, kind: `no CSRF token, ${c.kind}`, signedIn: true, csrf: false });
  };
  if (op.body !== null) {
    for (const bad of badBodies(op.body, seed)) {
      add({ kind: bad.kind, method: op.method, url, headers: { 'content-type': bad.type }, body: bad.body });
    }
  } else if (isWrite(op.method)) {
    // No body expected: only a body the parser refuses is malformed (a valid empty call would act).
    add({
      kind: 'broken JSON body',
      method: op.method,
      url,
      headers: { 'content-type': 'application/json' },
      body: Buffer.from('{"a":'),
    });
    add({
      kind: 'content type application/xml',
      method: op.method,
      url,
      headers: { 'content-type': 'application/xml' },
      body: Buffer.from('<a/>'),
    });
  }
  const validBody = op.body === null ? undefined : json(validObject(op.body));
  for (const id of op.pathParams.length > 0 ? badIds : []) {
    add({
      kind: `bad path id ${id.slice(0, 24)}`,
      method: op.method,
      url: fillPath(op, context.ids, id),
      headers: validBody === undefined ? {} : { 'content-type': 'application/json' },
      ...(validBody === undefined ? {} : { body: validBody }),
    });
  }
  for (const param of op.queryParams) {
    for (const value of badQueryValues(param.schema)) {
      add({
        kind: `bad query ${param.name}=${value.slice(0, 16)}`,
        method: op.method,
        url: `${url}?${param.name}=${value}`,
        headers: {},
      });
    }
    add({
      kind: `repeated query ${param.name}`,
      method: op.method,
      url: `${url}?${param.name}=1&${param.name}=2`,
      headers: {},
    });
  }
  // Whatever the operation: a session cookie that is not one, and an absurd header.
  cases.push({
    kind: 'forged session cookie',
    method: op.method,
    url,
    headers: { cookie: 'sotchart_session=forged' },
    signedIn: false,
    csrf: false,
  });
  cases.push({
    kind: 'header of 12 KB',
    method: op.method,
    url,
    headers: { 'x-junk': 'x'.repeat(12_000) },
    signedIn: false,
    csrf: false,
  });
  return cases;
}
