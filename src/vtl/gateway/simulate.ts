/**
 * One invocation of a REST non-proxy integration around its templates: method request -> request
 * template (or passthrough / 415) -> integration request; MOCK answers from the request template's
 * `statusCode`, other integrations answer with the event's `integrationResponse`; then integration
 * response selection -> response template -> method response status and headers.
 */
import { defaultContext, deepMerge } from '../context.js';
import { javaToString } from '../java.js';
import { renderTemplate } from '../render.js';
import type { ParamValue, RenderOptions, TemplateInput, TemplateResult } from '../types.js';
import { bodyText } from '../variables.js';
import {
  mapRequestParameters,
  requestContentType,
  selectRequestTemplate,
  type RequestTemplateChoice,
} from './request.js';
import {
  acceptOf,
  mapResponseParameters,
  selectIntegrationResponse,
  selectResponseTemplate,
  type IntegrationResponseDef,
  type ResponseTemplateChoice,
} from './response.js';

export interface IntegrationDef {
  type?: string;
  uri?: string;
  httpMethod?: string;
  passthroughBehavior?: string;
  requestTemplates?: Record<string, string>;
  requestParameters?: Record<string, string>;
  responses?: Record<string, IntegrationResponseDef>;
}

export type IntegrationKind = 'mock' | 'http' | 'aws' | 'lambda' | 'proxy';

export function integrationKind(integration: IntegrationDef): IntegrationKind {
  const t = String(integration.type ?? '').toLowerCase();
  if (t === 'mock') return 'mock';
  if (t.endsWith('_proxy')) return 'proxy';
  if (t === 'http') return 'http';
  if (t === 'aws' && /:lambda:path\//.test(String(integration.uri ?? ''))) return 'lambda';
  return 'aws';
}

export interface RequestPhase {
  choice: RequestTemplateChoice;
  result: TemplateResult | null;
  /** What API Gateway sends to the backend. */
  integrationRequest: {
    body: string;
    header: Record<string, ParamValue>;
    querystring: Record<string, ParamValue>;
    path: Record<string, string>;
  } | null;
  warnings: string[];
}

export function runRequestPhase(
  integration: IntegrationDef,
  input: TemplateInput,
  options: RenderOptions = {},
): RequestPhase {
  const choice = selectRequestTemplate(
    integration.requestTemplates,
    integration.passthroughBehavior,
    requestContentType(input),
  );
  const context = deepMerge(defaultContext(input, options.now ?? new Date()), structuredClone(input.context ?? {}));
  const mapped = mapRequestParameters(integration.requestParameters, input, context);
  if (choice.action === 'reject') return { choice, result: null, integrationRequest: null, warnings: mapped.warnings };
  let result: TemplateResult | null = null;
  let body = bodyText(input.request?.body);
  if (choice.action === 'template') {
    result = renderTemplate(choice.template, input, { ...options, kind: 'request' });
    body = result.output;
  }
  const o = result?.requestOverrides;
  const lambdaWarning = integrationKind(integration) === 'lambda' ? lambdaPayloadProblem(body) : undefined;
  return {
    choice,
    result,
    // Overrides apply after the standard parameter mappings (DG apigateway-override-request-response-parameters).
    integrationRequest: {
      body,
      header: { ...mapped.header, ...(o?.header ?? {}) },
      querystring: { ...mapped.querystring, ...(o?.querystring ?? {}) },
      path: { ...mapped.path, ...(o?.path ?? {}) },
    },
    warnings: [...mapped.warnings, ...(result?.warnings ?? []), ...(lambdaWarning ? [lambdaWarning] : [])],
  };
}

/**
 * A Lambda custom (non-proxy) integration sends the request body as the function's event, which
 * Lambda must parse as JSON: otherwise API Gateway answers 400 `{"message": "Could not parse request
 * body into json: ..."}` (the answer users record, e.g. serverless/serverless "Multiple claims for
 * authorizer break body mapping template"). The most common real failure of request templates.
 */
export function lambdaPayloadProblem(body: string): string | undefined {
  if (body.trim() === '') return undefined;
  try {
    JSON.parse(body);
    return undefined;
  } catch {
    // No parser's wording in the text: golden cases record warnings, and Node versions word errors differently.
    return 'the body sent to the Lambda function is not JSON: API Gateway answers 400 {"message": "Could not parse request body into json: ..."}';
  }
}

/**
 * MOCK: the status comes from the request template's output `{"statusCode": 200}`. API Gateway
 * tolerates the unquoted key CDK writes (`{statusCode: 200}`); a missing or non-integer statusCode is
 * a 500 (LocalStack execute_api/integrations/mock.py, which mirrors it).
 */
export function mockStatus(output: string): number | null {
  try {
    const v = JSON.parse(output);
    return v && typeof v === 'object' && Number.isInteger(v.statusCode) ? v.statusCode : null;
  } catch {
    const m = /^\s*\{[\s\S]*?["']?statusCode["']?\s*:\s*(-?\d+)\s*[,}]/.exec(output);
    return m ? Number(m[1]) : null;
  }
}

export interface ResponsePhase {
  selected: { pattern: string; statusCode: number; reason: string } | null;
  choice: ResponseTemplateChoice | null;
  result: TemplateResult | null;
  status: number;
  headers: Record<string, ParamValue>;
  body: string;
  warnings: string[];
}

export function runResponsePhase(
  integration: IntegrationDef,
  input: TemplateInput,
  requestResult: TemplateResult | null,
  options: RenderOptions = {},
): ResponsePhase {
  const kind = integrationKind(integration);
  const backend = input.integrationResponse ?? {};
  let selectionValue: string | undefined;
  let what = 'status code';
  if (kind === 'lambda') {
    what = 'Lambda errorMessage';
    selectionValue = backend.errorMessage;
  } else selectionValue = String(backend.statusCode ?? 200);
  const selected = selectIntegrationResponse(integration.responses, selectionValue, what);
  const carried = requestResult?.responseOverride as RenderOptions['responseOverride'];
  // The request template's requestOverride values stay readable in the response template (MOCK
  // pattern recorded in LocalStack test_integration_mock_with_request_overrides_in_response_template).
  if (requestResult)
    input = {
      ...input,
      context: { ...(input.context ?? {}), requestOverride: structuredClone(requestResult.requestOverrides) },
    };
  if (!selected) {
    return {
      selected: null,
      choice: null,
      result: null,
      status: 500,
      headers: {},
      body: '{"message": "Internal server error"}',
      warnings: [
        `no integration response matches ${what} ${selectionValue ?? ''} and there is no default: API Gateway answers 500`,
      ],
    };
  }
  const context = deepMerge(defaultContext(input, options.now ?? new Date()), structuredClone(input.context ?? {}));
  const mapped = mapResponseParameters(selected.response.responseParameters, input, context);
  const choice = selectResponseTemplate(selected.response.responseTemplates, acceptOf(input));
  let result: TemplateResult | null = null;
  let body = bodyText(backend.body);
  let status = selected.statusCode;
  let headers: Record<string, ParamValue> = { ...mapped.headers };
  if (choice.action === 'template') {
    result = renderTemplate(choice.template, input, { ...options, kind: 'response', responseOverride: carried });
    body = result.output;
  }
  const override =
    result?.responseOverride ?? (requestResult?.responseOverride as Record<string, unknown> | undefined) ?? {};
  const overrideStatus = override.status;
  if (overrideStatus !== undefined && overrideStatus !== null) {
    const n = Number(javaToString(overrideStatus));
    if (Number.isInteger(n)) status = n;
  }
  const overrideHeaders =
    override.header && typeof override.header === 'object' ? (override.header as Record<string, unknown>) : {};
  for (const [k, v] of Object.entries(overrideHeaders))
    headers = { ...headers, [k]: Array.isArray(v) ? v.map(javaToString) : javaToString(v) };
  return {
    selected: { pattern: selected.pattern, statusCode: selected.statusCode, reason: selected.reason },
    choice,
    result,
    status,
    headers,
    body,
    warnings: [...mapped.warnings, ...(result?.warnings ?? [])],
  };
}

export interface Invocation {
  kind: IntegrationKind;
  request: RequestPhase;
  /** Null when the request was rejected (415) or the MOCK status could not be read (500). */
  response: ResponsePhase | null;
  status: number;
  headers: Record<string, ParamValue>;
  body: string;
  warnings: string[];
}

/** Request template -> backend (MOCK, or the event's integrationResponse) -> response template. */
export function simulate(integration: IntegrationDef, input: TemplateInput, options: RenderOptions = {}): Invocation {
  const kind = integrationKind(integration);
  const request = runRequestPhase(integration, input, options);
  const warnings = [...request.warnings];
  if (kind === 'proxy') warnings.push('proxy integrations do not apply mapping templates');
  if (request.choice.action === 'reject') {
    return {
      kind,
      request,
      response: null,
      status: 415,
      headers: {},
      body: '{"message": "Unsupported Media Type"}',
      warnings,
    };
  }
  let effective = input;
  if (kind === 'mock') {
    const status = mockStatus(request.integrationRequest?.body ?? '');
    if (status === null) {
      warnings.push('MOCK: the request template output has no integer statusCode; API Gateway answers 500');
      return {
        kind,
        request,
        response: null,
        status: 500,
        headers: {},
        body: '{"message": "Internal server error"}',
        warnings,
      };
    }
    effective = { ...input, integrationResponse: { statusCode: status, headers: {}, body: '' } };
  }
  const response = runResponsePhase(integration, effective, request.result, options);
  return {
    kind,
    request,
    response,
    status: response.status,
    headers: response.headers,
    body: response.body,
    warnings: [...warnings, ...response.warnings],
  };
}
