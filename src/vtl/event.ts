/**
 * Event files for `apigw test-template`: our own shape (see docs/test-template.md) or a Lambda proxy
 * event (what `sam local generate-event apigateway aws-proxy` writes), both read into TemplateInput.
 */
import { readBoundedText } from '../definition/read.js';
import { parse as parseYaml } from 'yaml';
import { InputError } from '../core/errors.js';
import type { TemplateInput } from './types.js';
import { yamlErrorPlace } from './yaml-place.js';
import { unreadableReason } from './read-error.js';

function isObject(v: unknown): v is Record<string, any> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export async function readEventFile(file: string): Promise<TemplateInput> {
  let text: string;
  try {
    text = readBoundedText(file, undefined, 'an event file');
  } catch (error) {
    throw new InputError(`cannot read event file: ${unreadableReason(error)}`, { file });
  }
  let data: unknown;
  try {
    data = parseYaml(text, { prettyErrors: false });
  } catch (error) {
    const e = error as { message: string; pos?: [number, number] };
    throw new InputError(`event file is not valid YAML/JSON: ${e.message.split('\n')[0]}`, {
      file,
      ...yamlErrorPlace(text, e),
    });
  }
  return eventFromData(data ?? {}, file);
}

/** A Lambda proxy (REST, payload 1.0) event has httpMethod + requestContext at the top. */
export function isLambdaProxyEvent(data: Record<string, any>): boolean {
  return (
    typeof data.httpMethod === 'string' &&
    (isObject(data.requestContext) || 'resource' in data || 'queryStringParameters' in data)
  );
}

export function eventFromData(data: unknown, file = '<event>'): TemplateInput {
  if (!isObject(data))
    throw new InputError('event must be a mapping (request, stageVariables, context, integrationResponse)', { file });
  if (isLambdaProxyEvent(data)) return fromLambdaProxy(data);
  const allowed = new Set(['request', 'stageVariables', 'context', 'integrationResponse']);
  for (const k of Object.keys(data)) {
    if (!allowed.has(k))
      throw new InputError(
        `unknown event field "${k}" (expected ${[...allowed].join(', ')}, or a Lambda proxy event)`,
        { file },
      );
  }
  const req = data.request ?? {};
  if (!isObject(req)) throw new InputError('event.request must be a mapping', { file });
  for (const k of ['pathParameters', 'query', 'headers']) {
    if (req[k] !== undefined && !isObject(req[k]))
      throw new InputError(`event.request.${k} must be a mapping`, { file });
  }
  for (const k of ['stageVariables', 'context', 'integrationResponse']) {
    if (data[k] !== undefined && !isObject(data[k])) throw new InputError(`event.${k} must be a mapping`, { file });
  }
  const strings = (m: unknown) =>
    isObject(m)
      ? Object.fromEntries(Object.entries(m).map(([k, v]) => [k, Array.isArray(v) ? v.map(String) : String(v)]))
      : undefined;
  const input: TemplateInput = {
    request: {
      method: req.method === undefined ? undefined : String(req.method),
      path: req.path === undefined ? undefined : String(req.path),
      resourcePath: req.resourcePath === undefined ? undefined : String(req.resourcePath),
      pathParameters: strings(req.pathParameters) as Record<string, string> | undefined,
      query: strings(req.query),
      headers: strings(req.headers),
      body: req.body,
      isBase64Encoded: req.isBase64Encoded === true,
    },
    stageVariables: strings(data.stageVariables) as Record<string, string> | undefined,
    context: data.context,
  };
  if (data.integrationResponse) {
    const r = data.integrationResponse;
    input.integrationResponse = {
      statusCode: r.statusCode === undefined ? undefined : Number(r.statusCode),
      headers: strings(r.headers),
      body: r.body,
      errorMessage: r.errorMessage === undefined ? undefined : String(r.errorMessage),
    };
    if (r.statusCode !== undefined && !Number.isInteger(input.integrationResponse.statusCode)) {
      throw new InputError(
        `event.integrationResponse.statusCode must be an integer, got ${JSON.stringify(r.statusCode)}`,
        { file },
      );
    }
  }
  return input;
}

function fromLambdaProxy(e: Record<string, any>): TemplateInput {
  const rc = isObject(e.requestContext) ? e.requestContext : {};
  const merge = (single: unknown, multi: unknown) => {
    const out: Record<string, string | string[]> = {};
    if (isObject(single)) for (const [k, v] of Object.entries(single)) if (v !== null) out[k] = String(v);
    if (isObject(multi))
      for (const [k, v] of Object.entries(multi))
        if (Array.isArray(v)) out[k] = v.length === 1 ? String(v[0]) : v.map(String);
    return out;
  };
  const context: Record<string, unknown> = {};
  for (const k of [
    'accountId',
    'apiId',
    'requestId',
    'extendedRequestId',
    'resourceId',
    'stage',
    'domainName',
    'domainPrefix',
    'protocol',
    'requestTime',
    'requestTimeEpoch',
    'path',
    'deploymentId',
  ]) {
    if (rc[k] !== undefined && rc[k] !== null) context[k] = rc[k];
  }
  if (isObject(rc.identity)) context.identity = rc.identity;
  if (isObject(rc.authorizer)) context.authorizer = rc.authorizer;
  return {
    request: {
      method: e.httpMethod,
      path: e.path,
      resourcePath: e.resource ?? rc.resourcePath,
      pathParameters: isObject(e.pathParameters)
        ? Object.fromEntries(Object.entries(e.pathParameters).map(([k, v]) => [k, String(v)]))
        : {},
      query: merge(e.queryStringParameters, e.multiValueQueryStringParameters),
      headers: merge(e.headers, e.multiValueHeaders),
      body:
        e.body === null
          ? undefined
          : e.isBase64Encoded && typeof e.body === 'string'
            ? Buffer.from(e.body, 'base64').toString('utf8')
            : e.body,
      isBase64Encoded: false,
    },
    stageVariables: isObject(e.stageVariables) ? e.stageVariables : {},
    context,
  };
}
