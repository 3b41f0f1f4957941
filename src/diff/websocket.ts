/**
 * `apigw diff` of WebSocket APIs in two template revisions: the routes by route key, each with its
 * authorization, API key requirement, model selection, route response and integration (type, URI,
 * method, timeout, request templates and their selection). WebSocket APIs exist only as template
 * resources (or an AWS::Serverless::WebSocketApi), so they are read from the template, not from a
 * definition document.
 */
import type { V2Api, V2Resource } from '../definition/template/v2-resources.js';
import { change, type Change } from './change.js';
import { textDiff } from './compare.js';
import type { RuleId } from './rules.js';

export interface WsRouteModel {
  authorizationType: string;
  authorizer?: string;
  apiKeyRequired: boolean;
  modelSelectionExpression?: string;
  requestModels: Record<string, string>;
  routeResponseSelectionExpression?: string;
  integration?: {
    type: string;
    uri?: string;
    method?: string;
    timeoutInMillis: number;
    passthroughBehavior: string;
    templateSelectionExpression?: string;
    requestTemplates: Record<string, string>;
  };
}

export interface WsApiModel {
  routeSelectionExpression?: string;
  apiKeySelectionExpression: string;
  routes: Record<string, WsRouteModel>;
}

/** Text of a value as written: strings as they are, intrinsics as canonical JSON (a change in them is a change). */
function str(value: unknown): string | undefined {
  if (value === undefined || value === null) return undefined;
  return typeof value === 'string' ? value : JSON.stringify(value);
}

function strings(value: unknown): Record<string, string> {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return {};
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, str(v) ?? '']));
}

function integrationOf(i: V2Resource | undefined): WsRouteModel['integration'] {
  if (!i) return undefined;
  const p = i.props;
  const timeout = Number(p.TimeoutInMillis);
  return {
    type: String(str(p.IntegrationType) ?? '').toUpperCase(),
    uri: str(p.IntegrationUri),
    method: str(p.IntegrationMethod)?.toUpperCase(),
    // AWS's default WebSocket integration timeout is 29 s.
    timeoutInMillis: Number.isFinite(timeout) && p.TimeoutInMillis !== undefined ? timeout : 29_000,
    passthroughBehavior: String(str(p.PassthroughBehavior) ?? 'WHEN_NO_MATCH').toUpperCase(),
    templateSelectionExpression: str(p.TemplateSelectionExpression),
    requestTemplates: strings(p.RequestTemplates),
  };
}

export function wsModelOf(api: V2Api): WsApiModel {
  const routes: Record<string, WsRouteModel> = {};
  for (const route of api.routes) {
    const key = route.routeKey ?? route.id;
    const p = route.props;
    const authorizer = api.authorizers.find((a) => JSON.stringify(p.AuthorizerId ?? null).includes(`"${a.id}"`));
    routes[key] = {
      authorizationType: String(str(p.AuthorizationType) ?? 'NONE').toUpperCase(),
      ...(authorizer ? { authorizer: str(authorizer.props.Name) ?? authorizer.id } : {}),
      apiKeyRequired: p.ApiKeyRequired === true || p.ApiKeyRequired === 'true',
      modelSelectionExpression: str(p.ModelSelectionExpression),
      requestModels: strings(p.RequestModels),
      routeResponseSelectionExpression: str(p.RouteResponseSelectionExpression),
      integration: integrationOf(route.integration),
    };
  }
  return {
    routeSelectionExpression: str(api.props.RouteSelectionExpression),
    apiKeySelectionExpression: str(api.props.ApiKeySelectionExpression) ?? '$request.header.x-api-key',
    routes,
  };
}

const EMPTY: WsApiModel = { apiKeySelectionExpression: '$request.header.x-api-key', routes: {} };

/** Changes between two revisions of one WebSocket API (`id` its logical id, used as the scope prefix). */
export function compareWebSocketApis(id: string, a: WsApiModel = EMPTY, b: WsApiModel = EMPTY): Change[] {
  const out: Change[] = [];
  const push = (
    rule: RuleId,
    scope: string,
    message: string,
    path: (string | number)[],
    before?: unknown,
    after?: unknown,
    diff?: string,
  ) => out.push(change(rule, `${id}: ${scope}`, message, [id, ...path], { before, after, diff }));
  if (a.routeSelectionExpression !== b.routeSelectionExpression)
    push(
      'ws-route-selection-changed',
      'API',
      `route selection expression: ${a.routeSelectionExpression ?? '(none)'} → ${b.routeSelectionExpression ?? '(none)'}`,
      ['routeSelectionExpression'],
      a.routeSelectionExpression,
      b.routeSelectionExpression,
    );
  if (a.apiKeySelectionExpression !== b.apiKeySelectionExpression)
    push(
      'api-key-source-changed',
      'API',
      `API key selection expression: ${a.apiKeySelectionExpression} → ${b.apiKeySelectionExpression}`,
      ['apiKeySelectionExpression'],
      a.apiKeySelectionExpression,
      b.apiKeySelectionExpression,
    );
  const keys = [...new Set([...Object.keys(a.routes), ...Object.keys(b.routes)])].sort();
  for (const key of keys) {
    const x = a.routes[key];
    const y = b.routes[key];
    const scope = `route ${key}`;
    const at = (...p: (string | number)[]) => ['routes', key, ...p];
    if (!x || !y) {
      push(x ? 'ws-route-removed' : 'ws-route-added', scope, x ? 'route removed' : 'route added', at());
      continue;
    }
    const auth = (r: WsRouteModel) => `${r.authorizationType}${r.authorizer ? ` (${r.authorizer})` : ''}`;
    if (auth(x) !== auth(y)) {
      const rule: RuleId =
        x.authorizationType === 'NONE'
          ? 'auth-added'
          : y.authorizationType === 'NONE'
            ? 'auth-removed'
            : 'auth-changed';
      push(rule, scope, `authorization: ${auth(x)} → ${auth(y)}`, at('authorization'), auth(x), auth(y));
    }
    if (x.apiKeyRequired !== y.apiKeyRequired)
      push(
        y.apiKeyRequired ? 'api-key-required' : 'api-key-not-required',
        scope,
        `API key ${y.apiKeyRequired ? 'now required' : 'no longer required'}`,
        at('apiKeyRequired'),
        x.apiKeyRequired,
        y.apiKeyRequired,
      );
    if (
      x.modelSelectionExpression !== y.modelSelectionExpression ||
      JSON.stringify(x.requestModels) !== JSON.stringify(y.requestModels)
    )
      push(
        'ws-model-selection-changed',
        scope,
        `request models: ${x.modelSelectionExpression ?? '(no selection)'} ${JSON.stringify(x.requestModels)} → ${y.modelSelectionExpression ?? '(no selection)'} ${JSON.stringify(y.requestModels)}`,
        at('requestModels'),
      );
    if (x.routeResponseSelectionExpression !== y.routeResponseSelectionExpression)
      push(
        'ws-route-response-changed',
        scope,
        `route response selection expression: ${x.routeResponseSelectionExpression ?? '(none: one-way)'} → ${y.routeResponseSelectionExpression ?? '(none: one-way)'}`,
        at('routeResponseSelectionExpression'),
        x.routeResponseSelectionExpression,
        y.routeResponseSelectionExpression,
      );
    compareIntegration(`${id}: ${scope}`, x.integration, y.integration, (rule, message, path, before, after, diff) =>
      push(rule, scope, message, at('integration', ...path), before, after, diff),
    );
  }
  return out;
}

type Emit = (
  rule: RuleId,
  message: string,
  path: (string | number)[],
  before?: unknown,
  after?: unknown,
  diff?: string,
) => void;

const FIELDS: [keyof NonNullable<WsRouteModel['integration']>, RuleId, string][] = [
  ['type', 'integration-type-changed', 'type'],
  ['uri', 'integration-uri-changed', 'URI'],
  ['method', 'integration-method-changed', 'method'],
  ['timeoutInMillis', 'integration-timeout-changed', 'timeout'],
  ['passthroughBehavior', 'integration-passthrough-changed', 'passthrough behavior'],
  ['templateSelectionExpression', 'integration-template-changed', 'template selection expression'],
];

function compareIntegration(
  scope: string,
  a: WsRouteModel['integration'],
  b: WsRouteModel['integration'],
  emit: Emit,
): void {
  if (!a || !b) {
    if (a || b)
      emit(a ? 'integration-removed' : 'integration-added', a ? 'integration removed' : 'integration added', []);
    return;
  }
  for (const [field, rule, label] of FIELDS)
    if (a[field] !== b[field])
      emit(
        rule,
        `integration ${label}: ${a[field] ?? '(none)'} → ${b[field] ?? '(none)'}`,
        [field],
        a[field],
        b[field],
      );
  for (const key of [...new Set([...Object.keys(a.requestTemplates), ...Object.keys(b.requestTemplates)])].sort()) {
    const [x, y] = [a.requestTemplates[key], b.requestTemplates[key]];
    if (x === y) continue;
    const verb = x === undefined ? 'added' : y === undefined ? 'removed' : 'changed';
    emit(
      'integration-template-changed',
      `integration request template ${key} ${verb}`,
      ['requestTemplates', key],
      undefined,
      undefined,
      textDiff(`${scope} integration request template ${key}`, x, y),
    );
  }
}
