/**
 * `apigw test-template template.yaml --route KEY`: renders the request template a WebSocket route's
 * integration selects for one message, with WebSocket semantics (the message is `$input`, the
 * WebSocket `$context`, selection by TemplateSelectionExpression, the integration's passthrough).
 */
import { InputError } from '../core/errors.js';
import { subString } from '../definition/intrinsics.js';
import type { JsonPath } from '../core/finding.js';
import { TemplateFailure, type TestTemplateOutput } from './run.js';
import { parseTemplate, renderTemplate, TemplateRenderError } from './render.js';
import type { RenderOptions, TemplateInput } from './types.js';
import { eventTypeOf, selectWebSocketTemplate, webSocketContext } from './websocket.js';
import { referenced } from '../definition/template/refs.js';
import { javaRegex } from './java-regex.js';
import type { V2Api, V2Resource, V2Route } from '../definition/template/v2-resources.js';

export interface RouteTarget {
  /** The CloudFormation/SAM template. */
  file: string;
  routeKey: string;
  /** Logical id of the AWS::ApiGatewayV2::Api, when the template has several WebSocket APIs. */
  api?: string;
}

export async function runRoute(
  target: RouteTarget,
  input: TemplateInput,
  options: {
    now?: Date;
    limits?: RenderOptions['limits'];
    /** Render the integration response instead: `true` takes the status from the event (default 200), a number sets it. */
    response?: boolean | number;
  } = {},
): Promise<TestTemplateOutput> {
  const { loadDefinitions } = await import('../definition/definitions.js');
  const { v2ApisOf } = await import('../definition/template/v2-resources.js');
  const loaded = await loadDefinitions(target.file);
  if (!loaded.template)
    throw new InputError(
      '--route needs a CloudFormation/SAM template that defines a WebSocket API (AWS::ApiGatewayV2::Api, ProtocolType WEBSOCKET)',
      { file: loaded.file },
    );
  const { template, intrinsics } = loaded.template;
  const apis = v2ApisOf((template.data as { Resources: never }).Resources).filter((a) => a.protocol === 'websocket');
  const lineOf = (path: JsonPath) => template.rangeOf(path).start.line + 1;
  if (apis.length === 0)
    throw new InputError('no WebSocket API in this template (AWS::ApiGatewayV2::Api with ProtocolType WEBSOCKET)', {
      file: template.path,
    });
  const api = target.api ? apis.find((a) => a.id === target.api) : apis.length === 1 ? apis[0] : undefined;
  if (!api) {
    const ids = apis.map((a) => a.id).join(', ');
    throw new InputError(
      target.api
        ? `no WebSocket API '${target.api}' in this template (WebSocket APIs: ${ids})`
        : `the template has several WebSocket APIs (${ids}): pick one with --api LOGICAL_ID`,
      { file: template.path },
    );
  }
  const route = api.routes.find((r) => r.routeKey === target.routeKey);
  if (!route)
    throw new InputError(
      `${api.id} has no route '${target.routeKey}' (routes: ${api.routes.map((r) => r.routeKey).join(', ') || 'none'})`,
      { file: template.path, line: lineOf(api.at) },
    );
  const integration = route.integration;
  if (!integration)
    throw new InputError(`route '${target.routeKey}' (${route.id}) has no Target integration in this template`, {
      file: template.path,
      line: lineOf(route.at),
    });

  const type = String(integration.props.IntegrationType ?? '').toUpperCase();
  if (options.response !== undefined)
    return routeResponse(
      api,
      route,
      integration,
      input,
      { ...options, response: options.response },
      template.path,
      lineOf,
      intrinsics,
    );
  const message = input.request?.body;
  const info: Record<string, unknown> = {
    source: 'RequestTemplates',
    phase: 'request',
    api: api.id,
    route: target.routeKey,
    integration: integration.id,
    integrationType: type,
  };
  const empty = (output: string, warnings: string[]): TestTemplateOutput => ({
    output,
    statusOverride: null,
    headerOverrides: {},
    requestOverrides: { header: {}, querystring: {}, path: {} },
    responseOverride: {},
    template: info,
    warnings,
  });
  const bodyText = typeof message === 'string' ? message : message === undefined ? '' : JSON.stringify(message);
  if (type === 'AWS_PROXY' || type === 'HTTP_PROXY') {
    info.action = 'passthrough';
    info.reason = `${type} integration: mapping templates do not apply`;
    return empty(bodyText, []);
  }

  const templatesPath = [...integration.at, 'RequestTemplates'];
  const rawTemplates = integration.props.RequestTemplates;
  const templates = (rawTemplates && typeof rawTemplates === 'object' ? rawTemplates : {}) as Record<string, unknown>;
  const expression = subString(integration.props.TemplateSelectionExpression);
  const choice = selectWebSocketTemplate(templates, typeof expression === 'string' ? expression : undefined, message);
  info.reason = choice.reason;
  if (!choice.key) {
    const passthrough = String(integration.props.PassthroughBehavior ?? 'WHEN_NO_MATCH').toUpperCase();
    if (passthrough === 'NEVER') {
      info.action = 'reject';
      return empty('', [`PassthroughBehavior NEVER and no template selected: API Gateway rejects the message`]);
    }
    info.action = 'passthrough';
    return empty(bodyText, [
      `no template selected: the message is passed through unchanged (PassthroughBehavior ${passthrough})`,
    ]);
  }
  const keyPath = [...templatesPath, choice.key];
  info.action = 'template';
  info.key = choice.key;
  info.location = { file: template.path, line: lineOf(keyPath) };
  const { text, warnings } = templateText(templates[choice.key], keyPath, intrinsics);
  if (text === undefined)
    throw new InputError(`the ${choice.key} template is computed by an intrinsic and cannot be rendered offline`, {
      file: template.path,
      line: lineOf(keyPath),
    });
  try {
    const result = renderTemplate(text, input, {
      kind: 'request',
      baseContext: webSocketContext(target.routeKey),
      now: options.now,
      limits: options.limits,
    });
    info.eventType = eventTypeOf(target.routeKey);
    return {
      output: result.output,
      statusOverride: result.statusOverride,
      headerOverrides: result.headerOverrides,
      requestOverrides: result.requestOverrides,
      responseOverride: result.responseOverride,
      template: info,
      warnings: [...warnings, ...result.warnings],
    };
  } catch (error) {
    if (error instanceof TemplateRenderError) {
      const at = error.line ? `template line ${error.line}, column ${error.column}` : 'template';
      throw new TemplateFailure(`request template ${choice.key} of ${integration.id} (${at}): ${error.message}`, {
        file: template.path,
        line: lineOf(keyPath),
      });
    }
    throw error;
  }
}

/**
 * The template text as API Gateway receives it. In a `Fn::Sub` CloudFormation turns `${!x}` into
 * `${x}` and fills `${Name}` at deploy time (left as written here, with a warning).
 */
function templateText(
  value: unknown,
  path: JsonPath,
  intrinsics: { path: JsonPath; fn: string }[],
): { text?: string; warnings: string[] } {
  const sub =
    typeof value === 'string'
      ? intrinsics.some(
          (i) => i.fn === 'Fn::Sub' && i.path.length === path.length && i.path.every((s, k) => s === path[k]),
        )
      : typeof subString(value) === 'string';
  const raw = subString(value);
  if (typeof raw !== 'string') return { warnings: [] };
  if (!sub) return { text: raw, warnings: [] };
  const names = [...raw.matchAll(/\$\{(?!!)([^}]+)\}/g)].map((m) => m[1]!);
  const unescape = (t: string) => t.replace(/\$\{!/g, '${');
  if (names.length === 0) return { text: unescape(raw), warnings: [] };
  // Each `${Name}` is printed as written: a Velocity unparsed block (`#[[...]]#`), or VTL would read it
  // as its own reference `$Name` and print nothing. Where a block cannot stand (inside a directive's
  // arguments, unquoted), the text is left for VTL and the warning says what it prints.
  const literal = unescape(raw.replace(/\$\{(?!!)([^}]+)\}/g, (_, n: string) => `#[[\${${n}}]]#`));
  const filled = `Fn::Sub fills ${names.map((n) => `\${${n}}`).join(', ')} at deploy time`;
  if (parseTemplate(literal).ok) return { text: literal, warnings: [`${filled}; rendered as written`] };
  return { text: unescape(raw), warnings: [`${filled}; rendered as VTL reads it here (an undefined reference)`] };
}

/**
 * The integration response a WebSocket route sends back for one backend answer (DG "Set up a
 * WebSocket API integration response"): proxy integrations pass the backend output through, with no
 * integration response; otherwise the IntegrationResponse whose key, a `/regex/`, matches the
 * backend status code, else the `$default` one, and in it the ResponseTemplates key its
 * TemplateSelectionExpression selects (`$default` the catch-all). Only a two-way route (one with a
 * RouteResponseSelectionExpression) sends the result to the client.
 */
async function routeResponse(
  api: V2Api,
  route: V2Route,
  integration: V2Resource,
  input: TemplateInput,
  options: { now?: Date; limits?: RenderOptions['limits']; response: boolean | number },
  file: string,
  lineOf: (path: JsonPath) => number,
  intrinsics: { path: JsonPath; fn: string }[],
): Promise<TestTemplateOutput> {
  const type = String(integration.props.IntegrationType ?? '').toUpperCase();
  const status =
    typeof options.response === 'number' ? options.response : (input.integrationResponse?.statusCode ?? 200);
  const body = input.integrationResponse?.body;
  const bodyText = typeof body === 'string' ? body : body === undefined ? '' : JSON.stringify(body);
  const twoWay = route.props.RouteResponseSelectionExpression !== undefined;
  const info: Record<string, unknown> = {
    source: 'IntegrationResponses',
    phase: 'response',
    api: api.id,
    route: route.routeKey,
    integration: integration.id,
    integrationType: type,
    statusCode: status,
  };
  const warnings = twoWay
    ? []
    : [
        `route '${route.routeKey}' has no RouteResponseSelectionExpression: it is one-way, and nothing is sent back to the client`,
      ];
  const result = (output: string, more: string[] = []): TestTemplateOutput => ({
    output,
    statusOverride: null,
    headerOverrides: {},
    requestOverrides: { header: {}, querystring: {}, path: {} },
    responseOverride: {},
    template: info,
    warnings: [...warnings, ...more],
  });
  if (type === 'AWS_PROXY' || type === 'HTTP_PROXY') {
    info.action = 'passthrough';
    info.reason = `${type} integration: the backend output is passed through, there is no integration response`;
    return result(bodyText);
  }
  const responses = api.integrationResponses.filter((r) => referenced(r.props.IntegrationId)?.id === integration.id);
  const keyed = responses.map((r) => ({ r, key: subString(r.props.IntegrationResponseKey) }));
  const byPattern = keyed.find(
    ({ key }) => typeof key === 'string' && /^\/.*\/$/.test(key) && javaRegexMatches(key.slice(1, -1), String(status)),
  );
  const chosen = byPattern ?? keyed.find(({ key }) => key === '$default');
  if (!chosen) {
    info.action = 'none';
    info.reason = `no IntegrationResponse key matches status ${status} and there is no $default one`;
    return result('', [
      `API Gateway fails the message: no integration response for status ${status} (keys: ${keyed.map((k) => String(k.key)).join(', ') || 'none'})`,
    ]);
  }
  info.integrationResponse = chosen.r.id;
  info.integrationResponseKey = chosen.key;
  const raw = chosen.r.props.ResponseTemplates;
  const templates = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const expression = subString(chosen.r.props.TemplateSelectionExpression);
  const resolved =
    typeof expression === 'string'
      ? expression.replace(
          /\$\{integration\.response\.statuscode\}|\$integration\.response\.statuscode/g,
          String(status),
        )
      : undefined;
  const choice = selectWebSocketTemplate(templates, resolved, body);
  info.reason = `${byPattern ? `key ${chosen.key} matches status ${status}` : `no key matches status ${status}: the $default integration response`}; ${choice.reason}`;
  if (!choice.key) {
    info.action = 'passthrough';
    return result(bodyText, ['no response template selected: the backend output is passed through unchanged']);
  }
  const keyPath = [...chosen.r.at, 'ResponseTemplates', choice.key];
  info.action = 'template';
  info.key = choice.key;
  info.location = { file, line: lineOf(keyPath) };
  const { text, warnings: textWarnings } = templateText(templates[choice.key], keyPath, intrinsics);
  if (text === undefined)
    throw new InputError(
      `the ${choice.key} response template is computed by an intrinsic and cannot be rendered offline`,
      {
        file,
        line: lineOf(keyPath),
      },
    );
  try {
    const rendered = renderTemplate(
      text,
      { ...input, integrationResponse: { ...input.integrationResponse, statusCode: status } },
      {
        kind: 'response',
        baseContext: webSocketContext(String(route.routeKey)),
        now: options.now,
        limits: options.limits,
      },
    );
    return { ...result(rendered.output, [...textWarnings, ...rendered.warnings]) };
  } catch (error) {
    if (error instanceof TemplateRenderError) {
      const at = error.line ? `template line ${error.line}, column ${error.column}` : 'template';
      throw new TemplateFailure(`response template ${choice.key} of ${chosen.r.id} (${at}): ${error.message}`, {
        file,
        line: lineOf(keyPath),
      });
    }
    throw error;
  }
}

/** A `/regex/` integration response key matches the whole status code (Java regex, as API Gateway's). */
function javaRegexMatches(pattern: string, text: string): boolean {
  try {
    return javaRegex(`^(?:${pattern})$`, '').test(text);
  } catch {
    return false;
  }
}
