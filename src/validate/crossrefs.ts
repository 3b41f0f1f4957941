/**
 * `checkCrossReferences`: the references between parts of a definition that the API Gateway importer
 * resolves, checked offline. Rule ids (all errors unless noted):
 *   apigw-xref-method-parameter    integration requestParameters / cacheKeyParameters name a
 *                                  method.request.{path|querystring|header}.X the operation does not declare
 *                                  (REST: "Invalid mapping expression specified" from PutIntegration)
 *   apigw-xref-method-response     integration response statusCode with no method response of that status
 *                                  (import error with header mappings, 500 at run time without)
 *   apigw-xref-response-header     method.response.header.X mapped but not declared on that method response
 *   apigw-xref-security-scheme     security requirement naming an undefined scheme
 *   apigw-xref-request-validator   x-amazon-apigateway-request-validator naming an undefined validator
 *   apigw-duplicate-operation-id   operationId used twice
 *   apigw-path-parameter    (info) path template placeholder without a declared path parameter
 *                                  (AWS imports it; warn under apigw:strict), or (warn) a declared path
 *                                  parameter without a placeholder
 * Dangling `$ref`s (including HTTP refs to components.x-amazon-apigateway-integrations that do not
 * exist) stop the loader with an input error, and remote refs are reported by the loader
 * (`apigw-ref-remote`), so they are not repeated here.
 */
import type { Finding, JsonPath, Severity } from '../core/finding.js';
import type { LoadedSpec } from '../definition/types.js';
import { ANY_METHOD, operationsOf, templateParameters, type OperationRef } from './crossrefs/operations.js';
import { opaqueReason } from './extensions/opaque.js';

export const CROSSREF_CODES = {
  methodParameter: 'apigw-xref-method-parameter',
  methodResponse: 'apigw-xref-method-response',
  responseHeader: 'apigw-xref-response-header',
  securityScheme: 'apigw-xref-security-scheme',
  requestValidator: 'apigw-xref-request-validator',
  duplicateOperationId: 'apigw-duplicate-operation-id',
  pathParameter: 'apigw-path-parameter',
} as const;

const INTEGRATION = 'x-amazon-apigateway-integration';
const VALIDATOR = 'x-amazon-apigateway-request-validator';
const VALIDATORS = 'x-amazon-apigateway-request-validators';
const isObject = (v: unknown): v is Record<string, any> => v !== null && typeof v === 'object' && !Array.isArray(v);

type Report = (code: string, severity: Severity, message: string, path: JsonPath) => void;

export function checkCrossReferences(spec: LoadedSpec): Finding[] {
  const findings: Finding[] = [];
  const report: Report = (code, severity, message, path) => {
    const where = spec.locate(path);
    findings.push({
      code,
      severity,
      message,
      path: where.path,
      source: where.file,
      range: where.range,
      category: 'references',
    });
  };
  const doc = spec.resolved;
  const operations = operationsOf(doc);
  for (const op of operations) {
    checkPathParameters(spec, op, report);
    if (spec.flavour.type === 'rest') {
      checkMethodParameters(op, report);
      checkIntegrationResponses(op, report);
    }
  }
  checkSecurity(spec, operations, report);
  if (spec.flavour.type === 'rest') checkValidators(doc, operations, report);
  checkOperationIds(spec, operations, report);
  return findings;
}

export function operationLabel(op: OperationRef): string {
  return `${op.method === ANY_METHOD ? 'ANY' : op.method.toUpperCase()} ${op.pathKey}`;
}

const METHOD_REQUEST = /^method\.request\.(path|querystring|header|multivaluequerystring|multivalueheader)\.(.+)$/;
const IN_FOR: Record<string, string> = {
  path: 'path',
  querystring: 'query',
  multivaluequerystring: 'query',
  header: 'header',
  multivalueheader: 'header',
};

function checkMethodParameters(op: OperationRef, report: Report): void {
  const integration = op.operation[INTEGRATION];
  if (!isObject(integration) || !op.parametersKnown) return;
  // A placeholder of the resource path is a method request path parameter even when undeclared (the
  // console lists it under "Request paths" by itself; AWS samples map undeclared ones and deploy).
  const placeholders = templateParameters(op.pathKey);
  const declared = (location: string, name: string) =>
    (location === 'path' && placeholders.includes(name)) ||
    op.parameters.some(
      (p) =>
        p.in === location && (location === 'header' ? p.name.toLowerCase() === name.toLowerCase() : p.name === name),
    );
  const check = (expression: unknown, path: JsonPath, what: string) => {
    if (typeof expression !== 'string' || opaqueReason(expression)) return;
    const m = METHOD_REQUEST.exec(expression);
    if (!m) return;
    const location = IN_FOR[m[1]];
    if (declared(location, m[2])) return;
    report(
      CROSSREF_CODES.methodParameter,
      'error',
      `${what} uses ${expression}, but ${operationLabel(op)} declares no ${location} parameter '${m[2]}'; API Gateway rejects mappings from undeclared method request parameters`,
      path,
    );
  };
  const base = [...op.path, INTEGRATION];
  if (isObject(integration.requestParameters)) {
    for (const [target, source] of Object.entries(integration.requestParameters)) {
      check(source, [...base, 'requestParameters', target], `requestParameters['${target}']`);
    }
  }
  if (Array.isArray(integration.cacheKeyParameters)) {
    integration.cacheKeyParameters.forEach((key: unknown, i: number) =>
      check(key, [...base, 'cacheKeyParameters', i], 'cacheKeyParameters'),
    );
  }
}

function checkIntegrationResponses(op: OperationRef, report: Report): void {
  const integration = op.operation[INTEGRATION];
  if (!isObject(integration) || !isObject(integration.responses)) return;
  // Proxy integrations pass the backend response through; their `responses` are not used
  // (the DG VPC-link example declares one with no method responses).
  if (typeof integration.type === 'string' && /_proxy$/i.test(integration.type)) return;
  const responses = isObject(op.operation.responses) ? op.operation.responses : {};
  for (const [selection, response] of Object.entries(integration.responses)) {
    if (!isObject(response)) continue;
    const path = [...op.path, INTEGRATION, 'responses', selection];
    const status = response.statusCode;
    // An invalid or deploy-time status code is reported by the extension schema check.
    const code = String(status);
    if ((typeof status !== 'string' && typeof status !== 'number') || opaqueReason(status) || !/^[1-5]\d\d$/.test(code))
      continue;
    const method = methodResponse(responses, code);
    if (!method) {
      const declared = Object.keys(responses);
      // With header mappings the import fails ("No method response exists for method.", importer
      // issue #121). Without them the import keeps it, but every backend answer it selects fails:
      // "Execution failed due to configuration error: Output mapping refers to an invalid method
      // response" and the client gets 500 (API IntegrationResponse: "The status code must map to
      // an existing MethodResponse"). Broken either way, so an error either way.
      const maps = isObject(response.responseParameters) && Object.keys(response.responseParameters).length > 0;
      const effect = maps
        ? 'the import fails (No method response exists for method)'
        : `every backend answer it selects fails with 500 ("Output mapping refers to an invalid method response: ${code}")`;
      report(
        CROSSREF_CODES.methodResponse,
        'error',
        `integration response '${selection}' returns status ${code}, but ${operationLabel(op)} has no ${code} response (declared: ${declared.length ? declared.join(', ') : 'none'}); ${effect}. Declare a ${code} method response`,
        [...path, 'statusCode'],
      );
      continue;
    }
    if (!isObject(response.responseParameters)) continue;
    const headers = isObject(method.response.headers)
      ? Object.keys(method.response.headers).map((h) => h.toLowerCase())
      : [];
    for (const target of Object.keys(response.responseParameters)) {
      const m = /^method\.response\.header\.(.+)$/.exec(target);
      if (!m || headers.includes(m[1].toLowerCase())) continue;
      report(
        CROSSREF_CODES.responseHeader,
        'error',
        `integration response '${selection}' maps ${target}, but the ${method.key} response of ${operationLabel(op)} does not declare header '${m[1]}'`,
        [...path, 'responseParameters', target],
      );
    }
  }
}

/** The method response for a status: exact, then a range like 2XX (OAS 3), then `default`. */
function methodResponse(
  responses: Record<string, any>,
  code: string,
): { key: string; response: Record<string, any> } | undefined {
  const range = `${code[0]}XX`;
  for (const key of [code, range, range.toLowerCase(), 'default']) {
    if (key in responses) return { key, response: isObject(responses[key]) ? responses[key] : {} };
  }
  return undefined;
}

/**
 * OpenAPI requires every placeholder to be declared and every declared path parameter to have a
 * placeholder. API Gateway is laxer: REST imports accept undeclared placeholders (AWS's own samples
 * rely on it, e.g. CORS OPTIONS methods) and HTTP APIs never read parameter declarations (DG
 * http-api-open-api), hence warn/info rather than error. `proxy+` is accepted as the declared name of
 * a greedy `{proxy+}`.
 */
function checkPathParameters(spec: LoadedSpec, op: OperationRef, report: Report): void {
  if (!op.parametersKnown) return;
  // Info for both types: the REST importer takes undeclared placeholders silently (a mapping that
  // reads method.request.path.X without the declaration is apigw-xref-method-parameter's error).
  // apigw:strict raises it to warn as OpenAPI conformance.
  const undeclaredSeverity: Severity = 'info';
  const placeholders = templateParameters(op.pathKey);
  const declared = op.parameters.filter((p) => p.in === 'path').map((p) => ({ ...p, bare: p.name.replace(/\+$/, '') }));
  for (const name of placeholders) {
    if (declared.some((p) => p.bare === name)) continue;
    report(
      CROSSREF_CODES.pathParameter,
      undeclaredSeverity,
      `path ${op.pathKey} has the placeholder {${name}}, but ${operationLabel(op)} declares no path parameter '${name}'`,
      op.path,
    );
  }
  for (const p of declared) {
    if (placeholders.includes(p.bare)) continue;
    report(
      CROSSREF_CODES.pathParameter,
      'warn',
      `${operationLabel(op)} declares the path parameter '${p.name}', but path ${op.pathKey} has no {${p.bare}} placeholder`,
      [...p.path, 'name'],
    );
  }
}

function checkSecurity(spec: LoadedSpec, operations: OperationRef[], report: Report): void {
  const doc = spec.resolved;
  const schemes = spec.version === 'swagger2' ? doc?.securityDefinitions : doc?.components?.securitySchemes;
  const where = spec.version === 'swagger2' ? 'securityDefinitions' : 'components.securitySchemes';
  const defined = isObject(schemes) ? Object.keys(schemes) : [];
  const check = (requirements: unknown, path: JsonPath, owner: string) => {
    if (!Array.isArray(requirements)) return;
    requirements.forEach((requirement, i) => {
      if (!isObject(requirement)) return;
      for (const name of Object.keys(requirement)) {
        if (defined.includes(name)) continue;
        report(
          CROSSREF_CODES.securityScheme,
          'error',
          `${owner} requires security scheme '${name}', which is not defined in ${where}${defined.length ? ` (defined: ${defined.join(', ')})` : ''}`,
          [...path, i, name],
        );
      }
    });
  };
  check(doc?.security, ['security'], 'the document');
  for (const op of operations) check(op.operation.security, [...op.path, 'security'], operationLabel(op));
}

function checkValidators(doc: any, operations: OperationRef[], report: Report): void {
  const defined = isObject(doc?.[VALIDATORS]) ? Object.keys(doc[VALIDATORS]) : [];
  const check = (name: unknown, path: JsonPath, owner: string) => {
    if (typeof name !== 'string' || opaqueReason(name) || defined.includes(name)) return;
    report(
      CROSSREF_CODES.requestValidator,
      'error',
      `${owner} uses request validator '${name}', which is not defined in ${VALIDATORS}${defined.length ? ` (defined: ${defined.join(', ')})` : ' (there is none)'}`,
      path,
    );
  };
  check(doc?.[VALIDATOR], [VALIDATOR], 'the document');
  for (const op of operations) check(op.operation[VALIDATOR], [...op.path, VALIDATOR], operationLabel(op));
}

function checkOperationIds(spec: LoadedSpec, operations: OperationRef[], report: Report): void {
  const first = new Map<string, OperationRef>();
  for (const op of operations) {
    const id = op.operation.operationId;
    if (typeof id !== 'string') continue;
    const previous = first.get(id);
    if (!previous) {
      first.set(id, op);
      continue;
    }
    const at = spec.locate([...previous.path, 'operationId']).range.start.line + 1;
    report(
      CROSSREF_CODES.duplicateOperationId,
      'error',
      `operationId '${id}' of ${operationLabel(op)} is already used by ${operationLabel(previous)} (line ${at}); operationIds must be unique`,
      [...op.path, 'operationId'],
    );
  }
}
