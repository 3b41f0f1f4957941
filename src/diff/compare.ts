/**
 * Compares two normalised models and classifies each difference (rules in ./rules.ts). Both sides
 * went through the same normalisation, so anything still different here is a real change.
 */
import { redactMap, redactPair } from '../core/redact.js';
import { createTwoFilesPatch } from 'diff';
import { equal, stableJson } from './canonical.js';
import { change, type Change } from './change.js';
import type {
  ApiModel,
  AuthorizerModel,
  CorsModel,
  IntegrationModel,
  MethodSettingModel,
  OperationModel,
  StageModel,
} from './model.js';
import type { RuleId } from './rules.js';

export function compareModels(before: ApiModel, after: ApiModel): Change[] {
  const changes: Change[] = [];
  compareOperations(before, after, changes);
  compareApi(before, after, changes);
  if (before.stage && after.stage) compareStage(before.stage, after.stage, after, changes);
  return changes;
}

/** Unified diff of two texts (templates, policies), without the `===` banner. */
export function textDiff(label: string, a: string | undefined, b: string | undefined): string {
  const ensureNl = (s: string) => (s === '' || s.endsWith('\n') ? s : `${s}\n`);
  const patch = createTwoFilesPatch(`a/${label}`, `b/${label}`, ensureNl(a ?? ''), ensureNl(b ?? ''), '', '', {
    context: 3,
  });
  return patch.replace(/^=+\n/, '').replace(/\t$/gm, '');
}

function compareOperations(before: ApiModel, after: ApiModel, out: Change[]): void {
  for (const key of unionKeys(before.operations, after.operations).sort(byRoute)) {
    const a = before.operations[key];
    const b = after.operations[key];
    if (!a) out.push(change('operation-added', key, 'route added', ['operations', key]));
    else if (!b) out.push(change('operation-removed', key, 'route removed', ['operations', key]));
    else compareOperation(a, b, before, after, out);
  }
}

function compareOperation(
  a: OperationModel,
  b: OperationModel,
  modelA: ApiModel,
  modelB: ApiModel,
  out: Change[],
): void {
  const scope = a.key;
  const at = (...p: Array<string | number>) => ['operations', scope, ...p];

  for (const key of unionKeys(a.parameters, b.parameters)) {
    const pa = a.parameters[key];
    const pb = b.parameters[key];
    const label = `${LOCATION_LABEL[(pb ?? pa).location]} parameter "${(pb ?? pa).name}"`;
    if (!pa) {
      out.push(
        change(
          pb.required ? 'parameter-added-required' : 'parameter-added-optional',
          scope,
          `${label} added${pb.required ? ' (required)' : ' (optional)'}`,
          at('parameters', key),
          { after: pb },
        ),
      );
    } else if (!pb)
      out.push(change('parameter-removed', scope, `${label} removed`, at('parameters', key), { before: pa }));
    else if (pa.required !== pb.required) {
      out.push(
        change(
          pb.required ? 'parameter-made-required' : 'parameter-made-optional',
          scope,
          `${label} is now ${pb.required ? 'required' : 'optional'}`,
          at('parameters', key, 'required'),
          { before: pa.required, after: pb.required },
        ),
      );
    }
  }

  const bodyA = a.requestBody?.content ?? {};
  const bodyB = b.requestBody?.content ?? {};
  for (const type of unionKeys(bodyA, bodyB)) {
    if (!(type in bodyA))
      out.push(change('request-content-type-added', scope, `request body ${type} added`, at('requestBody', type)));
    else if (!(type in bodyB))
      out.push(change('request-content-type-removed', scope, `request body ${type} removed`, at('requestBody', type)));
    else if (!equal(bodyA[type], bodyB[type])) {
      const validated = a.validation.body && b.validation.body;
      out.push(
        change(
          validated ? 'request-schema-changed-validated' : 'request-schema-changed',
          scope,
          `request body ${type} schema changed`,
          at('requestBody', type),
          { diff: textDiff(`${scope} ${type} schema`, stableJson(bodyA[type], 2), stableJson(bodyB[type], 2)) },
        ),
      );
    }
  }

  for (const code of unionKeys(a.responses, b.responses)) {
    const ra = a.responses[code];
    const rb = b.responses[code];
    if (!ra) out.push(change('response-added', scope, `response ${code} added`, at('responses', code)));
    else if (!rb) out.push(change('response-removed', scope, `response ${code} removed`, at('responses', code)));
    else {
      for (const h of rb.headers.filter((x) => !ra.headers.includes(x))) {
        out.push(
          change(
            'response-header-added',
            scope,
            `response ${code} header "${h}" added`,
            at('responses', code, 'headers', h),
          ),
        );
      }
      for (const h of ra.headers.filter((x) => !rb.headers.includes(x))) {
        out.push(
          change(
            'response-header-removed',
            scope,
            `response ${code} header "${h}" removed`,
            at('responses', code, 'headers', h),
          ),
        );
      }
    }
  }

  compareAuth(a, b, out);
  if (a.apiKeyRequired !== b.apiKeyRequired) {
    out.push(
      change(
        b.apiKeyRequired ? 'api-key-required' : 'api-key-not-required',
        scope,
        b.apiKeyRequired ? 'API key now required' : 'API key no longer required',
        at('apiKeyRequired'),
        { before: a.apiKeyRequired, after: b.apiKeyRequired },
      ),
    );
  }
  if (modelA.type === 'rest' || modelB.type === 'rest') {
    for (const what of ['body', 'parameters'] as const) {
      if (a.validation[what] === b.validation[what]) continue;
      out.push(
        change(
          b.validation[what] ? 'validation-enabled' : 'validation-disabled',
          scope,
          `request ${what} validation ${b.validation[what] ? 'enabled' : 'disabled'}`,
          at('validation', what),
          { before: a.validation[what], after: b.validation[what] },
        ),
      );
    }
  }

  if (a.integration && !b.integration)
    out.push(change('integration-removed', scope, 'integration removed', at('integration')));
  else if (!a.integration && b.integration)
    out.push(change('integration-added', scope, `${b.integration.type} integration added`, at('integration')));
  else if (a.integration && b.integration) compareIntegration(scope, a.integration, b.integration, out);

  if (a.preflight || b.preflight) compareCors(scope, a.preflight, b.preflight, at('preflight'), out);
}

const LOCATION_LABEL = { path: 'path', querystring: 'query', header: 'header' } as const;

function describeAuth(op: OperationModel): string {
  const { type, authorizer, scopes } = op.auth;
  const who = authorizer ? `${type} (${authorizer})` : type;
  return scopes.length ? `${who} scopes ${scopes.join(' ')}` : who;
}

function compareAuth(a: OperationModel, b: OperationModel, out: Change[]): void {
  const scope = a.key;
  const path = ['operations', scope, 'auth'];
  const before = describeAuth(a);
  const after = describeAuth(b);
  if (before === after) return;
  if (a.auth.type === b.auth.type && a.auth.authorizer === b.auth.authorizer) {
    const removed = a.auth.scopes.filter((s) => !b.auth.scopes.includes(s));
    // A token needs at least one of the route's scopes: removing scopes or adding the first ones narrows access.
    const narrowed = (removed.length > 0 && b.auth.scopes.length > 0) || a.auth.scopes.length === 0;
    out.push(
      change(
        narrowed ? 'auth-scopes-narrowed' : 'auth-scopes-widened',
        scope,
        `authorization scopes ${fmtList(a.auth.scopes)} → ${fmtList(b.auth.scopes)}`,
        [...path, 'scopes'],
        { before: a.auth.scopes, after: b.auth.scopes },
      ),
    );
    return;
  }
  const rule: RuleId = a.auth.type === 'NONE' ? 'auth-added' : b.auth.type === 'NONE' ? 'auth-removed' : 'auth-changed';
  out.push(change(rule, scope, `authorization ${before} → ${after}`, path, { before: a.auth, after: b.auth }));
}

const INTEGRATION_FIELDS: Array<[keyof IntegrationModel, RuleId, string]> = [
  ['type', 'integration-type-changed', 'type'],
  ['uri', 'integration-uri-changed', 'URI'],
  ['httpMethod', 'integration-method-changed', 'HTTP method'],
  ['timeoutInMillis', 'integration-timeout-changed', 'timeout (ms)'],
  ['credentials', 'integration-credentials-changed', 'credentials'],
  ['passthroughBehavior', 'integration-passthrough-changed', 'passthrough behavior'],
  ['contentHandling', 'integration-content-handling-changed', 'content handling'],
  ['connectionType', 'integration-connection-changed', 'connection type'],
  ['connectionId', 'integration-connection-changed', 'connection id'],
  ['integrationTarget', 'integration-connection-changed', 'integration target'],
  ['cacheKeyParameters', 'integration-cache-key-changed', 'cache key parameters'],
  ['tlsConfig', 'integration-tls-changed', 'TLS config'],
  ['payloadFormatVersion', 'integration-payload-format-changed', 'payload format version'],
  ['integrationSubtype', 'integration-subtype-changed', 'subtype'],
  ['responseTransferMode', 'integration-transfer-mode-changed', 'response transfer mode'],
];

function compareIntegration(scope: string, a: IntegrationModel, b: IntegrationModel, out: Change[]): void {
  const at = (...p: Array<string | number>) => ['operations', scope, 'integration', ...p];
  for (const [field, rule, label] of INTEGRATION_FIELDS) {
    if (equal(a[field], b[field])) continue;
    out.push(
      change(rule, scope, `integration ${label}: ${fmt(a[field])} → ${fmt(b[field])}`, at(field), {
        before: a[field],
        after: b[field],
      }),
    );
  }
  // AWS fills cacheNamespace with the resource id when none is given, so only compare explicit values.
  if (a.cacheNamespace !== undefined && b.cacheNamespace !== undefined && a.cacheNamespace !== b.cacheNamespace) {
    out.push(
      change(
        'integration-cache-key-changed',
        scope,
        `integration cache namespace: ${fmt(a.cacheNamespace)} → ${fmt(b.cacheNamespace)}`,
        at('cacheNamespace'),
        { before: a.cacheNamespace, after: b.cacheNamespace },
      ),
    );
  }
  compareStringMap(a.requestParameters, b.requestParameters, (key, x, y) =>
    out.push(
      change(
        'integration-parameter-changed',
        scope,
        `integration request parameter ${key}: ${fmt(x)} → ${fmt(y)}`,
        at('requestParameters', key),
        { before: x, after: y },
      ),
    ),
  );
  compareTemplates(
    scope,
    'integration request template',
    a.requestTemplates,
    b.requestTemplates,
    at('requestTemplates'),
    'integration-template-changed',
    out,
  );

  for (const pattern of unionKeys(a.responses, b.responses)) {
    const ra = a.responses[pattern];
    const rb = b.responses[pattern];
    const name = `integration response ${JSON.stringify(pattern)}`;
    const p = at('responses', pattern);
    if (!ra || !rb) {
      out.push(
        change(
          'integration-response-changed',
          scope,
          `${name} ${ra ? 'removed' : `added (status ${rb.statusCode})`}`,
          p,
        ),
      );
      continue;
    }
    if (ra.statusCode !== rb.statusCode) {
      out.push(
        change(
          'integration-response-changed',
          scope,
          `${name} status ${ra.statusCode} → ${rb.statusCode}`,
          [...p, 'statusCode'],
          { before: ra.statusCode, after: rb.statusCode },
        ),
      );
    }
    if (ra.contentHandling !== rb.contentHandling) {
      out.push(
        change(
          'integration-content-handling-changed',
          scope,
          `${name} content handling: ${fmt(ra.contentHandling)} → ${fmt(rb.contentHandling)}`,
          [...p, 'contentHandling'],
          { before: ra.contentHandling, after: rb.contentHandling },
        ),
      );
    }
    compareStringMap(ra.responseParameters, rb.responseParameters, (key, x, y) =>
      out.push(
        change(
          'integration-response-changed',
          scope,
          `${name} parameter ${key}: ${fmt(x)} → ${fmt(y)}`,
          [...p, 'responseParameters', key],
          { before: x, after: y },
        ),
      ),
    );
    compareTemplates(
      scope,
      `${name} template`,
      ra.responseTemplates,
      rb.responseTemplates,
      [...p, 'responseTemplates'],
      'integration-response-changed',
      out,
    );
  }
}

function compareTemplates(
  scope: string,
  label: string,
  a: Record<string, string>,
  b: Record<string, string>,
  path: Array<string | number>,
  rule: RuleId,
  out: Change[],
): void {
  for (const type of unionKeys(a, b)) {
    if (a[type] === b[type]) continue;
    const verb = a[type] === undefined ? 'added' : b[type] === undefined ? 'removed' : 'changed';
    out.push(
      change(rule, scope, `${label} ${type} ${verb}`, [...path, type], {
        diff: textDiff(`${scope} ${label} ${type}`, a[type], b[type]),
      }),
    );
  }
}

function compareStringMap(
  a: Record<string, string>,
  b: Record<string, string>,
  report: (key: string, x?: string, y?: string) => void,
): void {
  for (const key of unionKeys(a, b)) if (a[key] !== b[key]) report(key, a[key], b[key]);
}

function compareCors(
  scope: string,
  a: CorsModel | undefined,
  b: CorsModel | undefined,
  path: Array<string | number>,
  out: Change[],
): void {
  if (!a && b) {
    out.push(
      change('cors-added', scope, `CORS enabled for ${b.allowOrigins.join(', ') || 'no origin'}`, path, { after: b }),
    );
    return;
  }
  if (a && !b) {
    out.push(change('cors-removed', scope, 'CORS removed', path, { before: a }));
    return;
  }
  if (!a || !b) return;
  for (const field of ['allowOrigins', 'allowMethods', 'allowHeaders', 'exposeHeaders'] as const) {
    const removed = a[field].filter((x) => !b[field].includes(x) && !b[field].includes('*'));
    const added = b[field].filter((x) => !a[field].includes(x));
    if (removed.length > 0)
      out.push(
        change('cors-narrowed', scope, `CORS ${field}: ${removed.join(', ')} no longer allowed`, [...path, field], {
          before: a[field],
          after: b[field],
        }),
      );
    else if (added.length > 0)
      out.push(
        change('cors-widened', scope, `CORS ${field}: ${added.join(', ')} now allowed`, [...path, field], {
          before: a[field],
          after: b[field],
        }),
      );
  }
  if (a.allowCredentials !== b.allowCredentials) {
    out.push(
      change(
        b.allowCredentials ? 'cors-widened' : 'cors-narrowed',
        scope,
        `CORS allowCredentials ${a.allowCredentials} → ${b.allowCredentials}`,
        [...path, 'allowCredentials'],
        { before: a.allowCredentials, after: b.allowCredentials },
      ),
    );
  }
  if (a.maxAge !== b.maxAge)
    out.push(
      change('cors-changed', scope, `CORS maxAge ${fmt(a.maxAge)} → ${fmt(b.maxAge)}`, [...path, 'maxAge'], {
        before: a.maxAge,
        after: b.maxAge,
      }),
    );
}

function compareApi(a: ApiModel, b: ApiModel, out: Change[]): void {
  const API = 'API';
  for (const name of unionKeys(a.authorizers, b.authorizers))
    compareAuthorizer(name, a.authorizers[name], b.authorizers[name], out);
  if (a.apiKeySource !== b.apiKeySource) {
    out.push(
      change('api-key-source-changed', API, `API key source ${a.apiKeySource} → ${b.apiKeySource}`, ['apiKeySource'], {
        before: a.apiKeySource,
        after: b.apiKeySource,
      }),
    );
  }
  for (const name of unionKeys(a.requestValidators, b.requestValidators)) {
    const va = a.requestValidators[name];
    const vb = b.requestValidators[name];
    if (equal(va, vb)) continue;
    const what = !va
      ? 'added'
      : !vb
        ? 'removed'
        : `changed (body ${va.body} → ${vb.body}, parameters ${va.parameters} → ${vb.parameters})`;
    out.push(
      change('request-validator-changed', API, `request validator "${name}" ${what}`, ['requestValidators', name], {
        before: va,
        after: vb,
      }),
    );
  }
  if (a.cors || b.cors) compareCors(API, a.cors, b.cors, ['cors'], out);
  for (const type of unionKeys(a.gatewayResponses, b.gatewayResponses)) {
    const ga = a.gatewayResponses[type];
    const gb = b.gatewayResponses[type];
    const scope = `Gateway response ${type}`;
    const path = ['gatewayResponses', type];
    if (!ga)
      out.push(
        change(
          'gateway-response-added',
          scope,
          `customised${gb.statusCode ? ` (status ${gb.statusCode})` : ''}`,
          path,
          { after: gb },
        ),
      );
    else if (!gb) out.push(change('gateway-response-removed', scope, 'customisation removed', path, { before: ga }));
    else {
      if (ga.statusCode !== gb.statusCode)
        out.push(
          change(
            'gateway-response-changed',
            scope,
            `status ${fmt(ga.statusCode)} → ${fmt(gb.statusCode)}`,
            [...path, 'statusCode'],
            { before: ga.statusCode, after: gb.statusCode },
          ),
        );
      compareStringMap(ga.responseParameters, gb.responseParameters, (key, x, y) =>
        out.push(
          change(
            'gateway-response-changed',
            scope,
            `parameter ${key}: ${fmt(x)} → ${fmt(y)}`,
            [...path, 'responseParameters', key],
            { before: x, after: y },
          ),
        ),
      );
      compareTemplates(
        scope,
        'template',
        ga.responseTemplates,
        gb.responseTemplates,
        [...path, 'responseTemplates'],
        'gateway-response-changed',
        out,
      );
    }
  }
  for (const t of b.binaryMediaTypes.filter((x) => !a.binaryMediaTypes.includes(x)))
    out.push(change('binary-media-type-added', API, `binary media type ${t} added`, ['binaryMediaTypes', t]));
  for (const t of a.binaryMediaTypes.filter((x) => !b.binaryMediaTypes.includes(x)))
    out.push(change('binary-media-type-removed', API, `binary media type ${t} removed`, ['binaryMediaTypes', t]));
  if (a.minimumCompressionSize !== b.minimumCompressionSize) {
    out.push(
      change(
        'compression-changed',
        API,
        `minimum compression size ${fmt(a.minimumCompressionSize)} → ${fmt(b.minimumCompressionSize)}`,
        ['minimumCompressionSize'],
        { before: a.minimumCompressionSize, after: b.minimumCompressionSize },
      ),
    );
  }
  const ea = a.endpoint;
  const eb = b.endpoint;
  if (ea.types && eb.types && !equal(ea.types, eb.types)) {
    out.push(
      change(
        'endpoint-type-changed',
        API,
        `endpoint type ${ea.types.join(',')} → ${eb.types.join(',')}`,
        ['endpoint', 'types'],
        { before: ea.types, after: eb.types },
      ),
    );
  }
  if (ea.disableExecuteApiEndpoint !== eb.disableExecuteApiEndpoint) {
    out.push(
      change(
        eb.disableExecuteApiEndpoint ? 'execute-api-endpoint-disabled' : 'execute-api-endpoint-enabled',
        API,
        `default execute-api endpoint ${eb.disableExecuteApiEndpoint ? 'disabled' : 'enabled'}`,
        ['endpoint', 'disableExecuteApiEndpoint'],
      ),
    );
  }
  for (const id of eb.vpcEndpointIds.filter((x) => !ea.vpcEndpointIds.includes(x)))
    out.push(change('vpc-endpoint-added', API, `VPC endpoint ${id} added`, ['endpoint', 'vpcEndpointIds', id]));
  for (const id of ea.vpcEndpointIds.filter((x) => !eb.vpcEndpointIds.includes(x)))
    out.push(change('vpc-endpoint-removed', API, `VPC endpoint ${id} removed`, ['endpoint', 'vpcEndpointIds', id]));
  if (ea.ipAddressType !== eb.ipAddressType) {
    out.push(
      change(
        'ip-address-type-changed',
        API,
        `IP address type ${fmt(ea.ipAddressType ?? 'ipv4')} → ${fmt(eb.ipAddressType ?? 'ipv4')}`,
        ['endpoint', 'ipAddressType'],
      ),
    );
  }
  if (!equal(a.policy, b.policy)) {
    const verb = a.policy === undefined ? 'added' : b.policy === undefined ? 'removed' : 'changed';
    out.push(
      change('policy-changed', API, `resource policy ${verb}`, ['policy'], {
        diff: textDiff(
          'resource policy',
          a.policy === undefined ? undefined : stableJson(a.policy, 2),
          b.policy === undefined ? undefined : stableJson(b.policy, 2),
        ),
      }),
    );
  }
}

function compareAuthorizer(
  name: string,
  a: AuthorizerModel | undefined,
  b: AuthorizerModel | undefined,
  out: Change[],
): void {
  const scope = `Authorizer ${name}`;
  const path = ['authorizers', name];
  if (!a) return void out.push(change('authorizer-added', scope, `${b!.type} authorizer added`, path, { after: b }));
  if (!b)
    return void out.push(change('authorizer-removed', scope, `${a.type} authorizer removed`, path, { before: a }));
  for (const field of Object.keys({ ...a, ...b }) as Array<keyof AuthorizerModel>) {
    if (field === 'name' || equal(a[field], b[field])) continue;
    out.push(
      change(
        field === 'resultTtlInSeconds' ? 'authorizer-ttl-changed' : 'authorizer-changed',
        scope,
        `${field}: ${fmt(a[field])} → ${fmt(b[field])}`,
        [...path, field],
        { before: a[field], after: b[field] },
      ),
    );
  }
}

function compareStage(a: StageModel, b: StageModel, model: ApiModel, out: Change[]): void {
  const scope = a.name === b.name ? `Stage ${b.name}` : `Stage ${a.name} → ${b.name}`;
  if (a.deploymentId !== b.deploymentId) {
    out.push(
      change(
        'stage-deployment-changed',
        scope,
        `deployment ${fmt(a.deploymentId)} → ${fmt(b.deploymentId)}`,
        ['stage', 'deploymentId'],
        { before: a.deploymentId, after: b.deploymentId },
      ),
    );
  }
  if (a.description !== b.description) {
    out.push(
      change('stage-setting-changed', scope, `description ${fmt(a.description)} → ${fmt(b.description)}`, [
        'stage',
        'description',
      ]),
    );
  }
  const used = stageVariablesInUse(model);
  for (const name of unionKeys(a.variables, b.variables)) {
    const x = a.variables[name];
    const y = b.variables[name];
    if (x === y) continue;
    const rule: RuleId =
      x === undefined
        ? 'stage-variable-added'
        : y === undefined
          ? used.has(name)
            ? 'stage-variable-removed-in-use'
            : 'stage-variable-removed'
          : 'stage-variable-changed';
    // Compared raw, shown redacted: a secret's change is reported, never its values.
    const shown = redactPair(name, x, y);
    const message =
      shown.secret && rule === 'stage-variable-changed'
        ? `variable ${name}: secret value changed (values hidden)`
        : `variable ${name}: ${fmt(shown.before)} → ${fmt(shown.after)}`;
    out.push(change(rule, scope, message, ['stage', 'variables', name], { before: shown.before, after: shown.after }));
  }
  if (a.cacheClusterEnabled !== b.cacheClusterEnabled || a.cacheClusterSize !== b.cacheClusterSize) {
    const show = (s: StageModel) => (s.cacheClusterEnabled ? `on (${s.cacheClusterSize ?? '?'} GB)` : 'off');
    out.push(
      change('stage-caching-changed', scope, `cache cluster ${show(a)} → ${show(b)}`, ['stage', 'cacheCluster']),
    );
  }
  if (a.tracingEnabled !== b.tracingEnabled) {
    out.push(
      change('stage-setting-changed', scope, `X-Ray tracing ${b.tracingEnabled ? 'enabled' : 'disabled'}`, [
        'stage',
        'tracingEnabled',
      ]),
    );
  }
  if (Boolean(a.autoDeploy) !== Boolean(b.autoDeploy)) {
    out.push(
      change(
        'stage-setting-changed',
        scope,
        `auto-deploy ${b.autoDeploy ? 'enabled' : 'disabled'}`,
        ['stage', 'autoDeploy'],
        { before: a.autoDeploy === true, after: b.autoDeploy === true },
      ),
    );
  }
  for (const field of ['destinationArn', 'format'] as const) {
    const x = a.accessLog?.[field];
    const y = b.accessLog?.[field];
    if (x !== y)
      out.push(
        change(
          'stage-setting-changed',
          scope,
          `access log ${field} ${fmt(x)} → ${fmt(y)}`,
          ['stage', 'accessLog', field],
          { before: x, after: y },
        ),
      );
  }
  for (const key of unionKeys(a.methodSettings, b.methodSettings))
    compareMethodSetting(scope, key, a.methodSettings[key], b.methodSettings[key], out);
  compareCanary(scope, a, b, out);
}

const NO_SETTING: MethodSettingModel = { throttling: {} };

function compareMethodSetting(scope: string, key: string, a = NO_SETTING, b = NO_SETTING, out: Change[]): void {
  const where = key === '*/*' ? 'stage default' : key;
  const path = ['stage', 'methodSettings', key];
  for (const limit of ['rateLimit', 'burstLimit'] as const) {
    const x = a.throttling[limit];
    const y = b.throttling[limit];
    if (x === y) continue;
    // An absent limit means the account (or stage) limit applies: treat it as unlimited here.
    const lowered = (y ?? Infinity) < (x ?? Infinity);
    out.push(
      change(
        lowered ? 'stage-throttling-lowered' : 'stage-throttling-raised',
        scope,
        `${where} throttling ${limit} ${fmt(x)} → ${fmt(y)}`,
        [...path, 'throttling', limit],
        { before: x, after: y },
      ),
    );
  }
  for (const field of ['cachingEnabled', 'cacheTtlInSeconds'] as const) {
    if (a[field] === b[field]) continue;
    out.push(
      change(
        'stage-caching-changed',
        scope,
        `${where} ${field} ${fmt(a[field])} → ${fmt(b[field])}`,
        [...path, field],
        { before: a[field], after: b[field] },
      ),
    );
  }
  for (const field of ['loggingLevel', 'dataTraceEnabled', 'metricsEnabled'] as const) {
    if (a[field] === b[field]) continue;
    out.push(
      change(
        'stage-setting-changed',
        scope,
        `${where} ${field} ${fmt(a[field])} → ${fmt(b[field])}`,
        [...path, field],
        { before: a[field], after: b[field] },
      ),
    );
  }
}

function compareCanary(scope: string, a: StageModel, b: StageModel, out: Change[]): void {
  const ca = a.canary;
  const cb = b.canary;
  const path = ['stage', 'canary'];
  const shown = (c: NonNullable<StageModel['canary']>) => ({
    ...c,
    stageVariableOverrides: redactMap(c.stageVariableOverrides) ?? {},
  });
  if (!ca && cb)
    out.push(
      change(
        'stage-canary-added',
        scope,
        `canary added (${cb.percentTraffic}% to deployment ${fmt(cb.deploymentId)})`,
        path,
        { after: shown(cb) },
      ),
    );
  else if (ca && !cb) out.push(change('stage-canary-removed', scope, 'canary removed', path, { before: shown(ca) }));
  else if (ca && cb) {
    for (const field of ['percentTraffic', 'deploymentId', 'useStageCache'] as const) {
      if (equal(ca[field], cb[field])) continue;
      out.push(
        change(
          'stage-canary-changed',
          scope,
          `canary ${field} ${fmt(ca[field])} → ${fmt(cb[field])}`,
          [...path, field],
          { before: ca[field], after: cb[field] },
        ),
      );
    }
    const [oa, ob] = [ca.stageVariableOverrides, cb.stageVariableOverrides];
    for (const name of unionKeys(oa, ob)) {
      if (oa[name] === ob[name]) continue;
      const v = redactPair(name, oa[name], ob[name]);
      const message =
        v.secret && v.before && v.after
          ? `canary override ${name}: secret value changed (values hidden)`
          : `canary override ${name}: ${fmt(v.before)} → ${fmt(v.after)}`;
      out.push(
        change('stage-canary-changed', scope, message, [...path, 'stageVariableOverrides', name], {
          before: v.before,
          after: v.after,
        }),
      );
    }
  }
}

/** Stage variables read by integrations or authorizers (`stageVariables.x`, `${stageVariables.x}`). */
function stageVariablesInUse(model: ApiModel): Set<string> {
  const used = new Set<string>();
  const text = stableJson([Object.values(model.operations).map((o) => o.integration), model.authorizers]);
  for (const m of text.matchAll(/stageVariables(?:\.([A-Za-z0-9_]+)|\[\\?['"]([A-Za-z0-9_]+)\\?['"]\])/g))
    used.add(m[1] ?? m[2]);
  return used;
}

/** Routes in path order, then method: `GET /a`, `POST /a`, `GET /a/{id}`. */
export function byRoute(x: string, y: string): number {
  const [mx, px] = splitRoute(x);
  const [my, py] = splitRoute(y);
  return px < py ? -1 : px > py ? 1 : mx < my ? -1 : mx > my ? 1 : 0;
}

function splitRoute(key: string): [string, string] {
  const space = key.indexOf(' ');
  return space < 0 ? ['', key] : [key.slice(0, space), key.slice(space + 1)];
}

function unionKeys(a: object, b: object): string[] {
  return [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
}

function fmt(value: unknown): string {
  if (value === undefined) return '(none)';
  if (typeof value === 'string') return JSON.stringify(value);
  if (Array.isArray(value)) return fmtList(value.map(String));
  return typeof value === 'object' ? stableJson(value) : String(value);
}

function fmtList(values: string[]): string {
  return values.length ? `[${values.join(', ')}]` : '[]';
}
