/**
 * OpenAPI structure: is the document a valid Swagger 2.0 / OpenAPI 3.0 document, as
 * @apidevtools/swagger-parser's `validate` judges it (the official JSON Schemas, plus its Swagger
 * 2.0 semantic checks; reproduced in structure/openapi-schema.ts without loading swagger-parser
 * itself)? Each problem becomes one positioned Finding.
 *
 * Codes (see README "Finding codes"):
 * - `oas-schema` (error): the document breaks the OpenAPI/Swagger JSON Schema.
 * - `oas-spec` (error): a Swagger 2.0 rule the schema cannot express (swagger-parser stops at the
 *   first one: duplicate parameters, undeclared path placeholders, invalid response codes, ...).
 * - `oas-schema-intrinsic` (info): a schema check could not be decided because the value is a
 *   CloudFormation intrinsic (`!GetAtt`, `{ "Ref": ... }`, ...) that only CloudFormation resolves.
 * - `apigw-openapi-version` (error): OpenAPI 3.1 (API Gateway rejects it), or Swagger 2.0 for an
 *   HTTP API (HTTP APIs import OpenAPI 3.0 only). Shared with the loader, never reported twice.
 * - `oas-structure-unchecked` (warn): the check could not run on this document at all (where
 *   swagger-parser would have stopped: an unsupported `openapi` version, a `$ref` to nothing).
 */
import { emptyRange, type Finding, type JsonPath } from '../core/finding.js';
import { isIntrinsic } from '../definition/intrinsics.js';
import type { LoadedSpec } from '../definition/types.js';
import { distilErrors, valueAt, type SchemaProblem } from './structure/ajv-errors.js';
import { buildValidationDocument } from './structure/prepare.js';
import { locateSpecMessage } from './structure/spec-errors.js';
import { checkOpenApiDocument } from './structure/openapi-schema.js';

/**
 * OpenAPI-schema violations are info (warn under `extends: [apigw:strict]`, see lint/settings.ts
 * CONFORMANCE_CODES): API Gateway's importer tolerates the common ones (empty
 * `responses`, no `info.version`, response headers without `schema`: AWS's own samples carry them
 * and import), so "would API Gateway import this" cannot call them errors. The violations the
 * importer does reject are checked with their own rules (extension schemas, cross-references) or
 * raised to error below (no `paths`, OpenAPI 3.1). Other tools reading the file will still choke
 * on them, which is why they are reported at all.
 */
const OAS_SCHEMA_SEVERITY = 'info';

export const STRUCTURE_CODES = [
  'oas-schema',
  'oas-spec',
  'oas-schema-intrinsic',
  'apigw-openapi-version',
  'oas-structure-unchecked',
] as const;

const COVERED_BY_CROSSREFS =
  /missing path parameter|no corresponding \{|multiple path placeholders|Duplicate operation id/;

export async function validateStructure(spec: LoadedSpec): Promise<Finding[]> {
  const findings: Finding[] = [];
  const versionProblem = (message: string, key: string): void => {
    const already = spec.problems.some((p) => p.code === 'apigw-openapi-version' && p.source === spec.rootFile);
    if (!already) findings.push(at(spec, [key], 'apigw-openapi-version', 'error', message));
  };

  if (spec.version === 'oas31') {
    // Sources: DG "api-gateway-import-api" (2.0 and 3.0 only); aws/aws-cli#8191 and
    // smithy-lang/smithy#985 quote the import error "Invalid OpenAPI input." for 3.1.
    versionProblem(
      `OpenAPI ${spec.versionText} is not supported: API Gateway rejects OpenAPI 3.1 (import fails with "Invalid OpenAPI input.")`,
      'openapi',
    );
    return findings;
  }
  if (spec.version === 'unknown') return findings; // the loader reports the unknown version; no schema to check against
  if (spec.version === 'swagger2' && spec.flavour.type === 'http') {
    // Source: DG-2023 "http-api-open-api.md" / "api-gateway-import-api-errors-warnings.md": HTTP APIs
    // import OpenAPI 3.0 only; a swagger 2.0 document is an import error.
    versionProblem(
      `HTTP APIs import OpenAPI 3.0 only: a Swagger ${spec.versionText} document is rejected (${spec.flavour.reason})`,
      'swagger',
    );
  }

  let doc: Record<string, unknown>;
  try {
    const built = buildValidationDocument(spec);
    doc = built.doc;
    for (const a of built.adjustments) findings.push(at(spec, a.path, 'oas-schema', a.severity, a.message));
  } catch (error) {
    return [...findings, unchecked(spec, error)];
  }

  const outcome = await checkOpenApiDocument(
    spec.rootFile,
    doc,
    spec.version,
    () => buildValidationDocument(spec, { copyAll: true }).doc,
  );
  switch (outcome.kind) {
    case 'valid':
      break;
    case 'schema':
      findings.push(...schemaFindings(spec, distilErrors(outcome.errors, outcome.api, outcome.schema), outcome.api));
      break;
    case 'spec':
      // Path placeholders and duplicate operationIds are the importer's cross-reference checks
      // (crossrefs: apigw-path-parameter, apigw-duplicate-operation-id), reported there with
      // API Gateway's severity; saying it twice, with another severity, would only confuse.
      if (COVERED_BY_CROSSREFS.test(outcome.message)) break;
      findings.push(
        at(
          spec,
          locateSpecMessage(outcome.message, outcome.api as Record<string, unknown>),
          'oas-spec',
          'error',
          outcome.message,
        ),
      );
      break;
    case 'failed':
      findings.push(unchecked(spec, outcome.error));
      break;
  }
  return findings;
}

function schemaFindings(spec: LoadedSpec, problems: SchemaProblem[], doc: unknown): Finding[] {
  const out: Finding[] = [];
  const undecided = new Set<string>();
  for (const problem of problems) {
    if (awsShaped(doc, problem)) continue;
    const intrinsicAt = intrinsicAlong(doc, problem.path);
    if (intrinsicAt) {
      // One note per intrinsic, whatever number of schema errors it caused.
      const id = intrinsicAt.path.join('\u0000');
      if (undecided.has(id)) continue;
      undecided.add(id);
      out.push(
        at(
          spec,
          intrinsicAt.path,
          'oas-schema-intrinsic',
          'info',
          `value is a CloudFormation intrinsic (${intrinsicAt.fn}): the OpenAPI schema check cannot be decided until CloudFormation resolves it`,
        ),
      );
      continue;
    }
    const ignored = ignoredOperation(problem);
    out.push(
      ignored
        ? at(spec, problem.path, 'oas-schema', 'warn', ignored)
        : at(spec, problem.path, 'oas-schema', OAS_SCHEMA_SEVERITY, problem.message),
    );
  }
  return out;
}

/**
 * Shapes AWS documents and exports that the OpenAPI schema calls wrong: an HTTP API JWT authorizer
 * is an `oauth2` scheme with `x-amazon-apigateway-authorizer` and no `flows` (DG
 * http-api-jwt-authorizer / x-amazon-apigateway-authorizer examples; AWS's own export writes it so).
 */
function awsShaped(doc: unknown, problem: SchemaProblem): boolean {
  if (problem.message === "must have required property 'flows'") {
    const scheme = valueAt(doc, problem.path) as Record<string, unknown> | undefined;
    return !!scheme && typeof scheme === 'object' && 'x-amazon-apigateway-authorizer' in scheme;
  }
  return false;
}

/**
 * A key of a path item that is no OpenAPI method (`any:`, `Get:`) is not conformance trivia: API
 * Gateway creates no method for it, silently (DG api-gateway-swagger-extensions-any-method), so it
 * stays a warning.
 */
function ignoredOperation(problem: SchemaProblem): string | undefined {
  if (problem.path.length !== 3 || problem.path[0] !== 'paths') return undefined;
  const m = /^property '(.+)' is not allowed here$/.exec(problem.message);
  if (!m || m[1].startsWith('x-')) return undefined;
  const hint =
    m[1].toLowerCase() === 'any'
      ? ': write the ANY method as x-amazon-apigateway-any-method'
      : /^(get|put|post|delete|options|head|patch|trace)$/i.test(m[1])
        ? `: methods are lower case (${m[1].toLowerCase()})`
        : '';
  return `'${m[1]}' is not an OpenAPI method: API Gateway creates no method for it and says nothing${hint}`;
}

/** The first intrinsic met walking from the root along `path` (including its end). */
function intrinsicAlong(
  doc: unknown,
  path: readonly (string | number)[],
): { path: (string | number)[]; fn: string } | undefined {
  for (let i = 0; i <= path.length; i++) {
    const node = valueAt(doc, path.slice(0, i));
    if (isIntrinsic(node)) return { path: path.slice(0, i), fn: Object.keys(node)[0]! };
    if (node === undefined) return undefined;
  }
  return undefined;
}

function at(spec: LoadedSpec, path: JsonPath, code: string, severity: Finding['severity'], message: string): Finding {
  const where = spec.locate(path);
  return { code, severity, message, path: where.path, source: where.file, range: where.range };
}

function unchecked(spec: LoadedSpec, error: unknown): Finding {
  return {
    code: 'oas-structure-unchecked',
    severity: 'warn',
    message: `the OpenAPI structure check could not run: ${firstLine(error)}`,
    ...wholeDefinition(spec),
  };
}

/**
 * Where a finding about the whole definition goes: line 1 of a definition file, or the property
 * holding it in a template (DefinitionBody, Body), which is where the user looks.
 */
function wholeDefinition(spec: LoadedSpec): Pick<Finding, 'path' | 'source' | 'range'> {
  const where = spec.locate([]);
  const placed = where.file === spec.rootFile && where.range.start.line > 0;
  return placed
    ? { path: [], source: where.file, range: where.range }
    : { path: [], source: spec.rootFile, range: emptyRange };
}

function firstLine(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.split('\n')[0]!.trim();
}
