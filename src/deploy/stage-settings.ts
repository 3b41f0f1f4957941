/**
 * apigw.yaml stage settings → UpdateStage patch operations (PATCH /restapis/{id}/stages/{stage}).
 * Paths follow the UpdateStage docs: `/variables/{name}`, `/tracingEnabled`, `/description`,
 * `/cacheClusterEnabled`, `/cacheClusterSize`, and method settings as
 * `/{resourcePath}/{httpMethod}/{setting}` with `/` in the resource path written `~1` and `*` / `*`
 * for all methods (API reference: API_UpdateStage, API_MethodSetting; reference §6.3).
 * All values are strings in the patch body. Only settings that differ from the live stage are sent,
 * so a re-run sends nothing new.
 */
import type { PatchOperation, Stage } from '@aws-sdk/client-api-gateway';
import type { MethodSettingConfig, StageConfig } from '../config/types.js';

export interface DesiredStage {
  config?: StageConfig;
  /** --stage-variable values, applied over apigw.yaml's. */
  variables?: Record<string, string>;
  description?: string;
}

const escapeSegment = (s: string) => s.replace(/~/g, '~0').replace(/\//g, '~1');

/** `/pets/GET` → `/~1pets/GET`; `*\/*` stays. */
export function methodSettingPrefix(key: string): string {
  if (key === '*/*') return '/*/*';
  const slash = key.lastIndexOf('/');
  const resource = key.slice(0, slash) || '/';
  const method = key.slice(slash + 1).toUpperCase();
  return `/${escapeSegment(resource)}/${method}`;
}

function methodSettingOps(prefix: string, s: MethodSettingConfig): PatchOperation[] {
  const ops: PatchOperation[] = [];
  const set = (suffix: string, value: unknown) => {
    if (value !== undefined) ops.push({ op: 'replace', path: `${prefix}/${suffix}`, value: String(value) });
  };
  set('throttling/rateLimit', s.throttling?.rateLimit);
  set('throttling/burstLimit', s.throttling?.burstLimit);
  set('caching/enabled', s.caching?.enabled);
  set('caching/ttlInSeconds', s.caching?.ttl);
  set('caching/dataEncrypted', s.caching?.encrypted);
  set('logging/loglevel', s.logging);
  set('logging/dataTrace', s.dataTrace);
  set('metrics/enabled', s.metrics);
  return ops;
}

/** Current value of a `/{res}/{method}/{setting}` path in a GetStage answer, as a string. */
function currentMethodSetting(stage: Stage | undefined, path: string): string | undefined {
  const m = /^\/(.+)\/([^/]+)\/([^/]+\/[^/]+)$/.exec(path);
  if (!m || !stage?.methodSettings) return undefined;
  const resource = m[1] === '*' ? '*' : m[1].replace(/~1/g, '/').replace(/~0/g, '~');
  const keys =
    resource === '*'
      ? ['*/*']
      : [`${resource}/${m[2]}`, `${resource.replace(/^\//, '')}/${m[2]}`, `${escapeSegment(resource)}/${m[2]}`];
  const setting = keys.map((k) => stage.methodSettings?.[k]).find(Boolean);
  if (!setting) return undefined;
  const field: Record<string, keyof NonNullable<typeof setting>> = {
    'throttling/rateLimit': 'throttlingRateLimit',
    'throttling/burstLimit': 'throttlingBurstLimit',
    'caching/enabled': 'cachingEnabled',
    'caching/ttlInSeconds': 'cacheTtlInSeconds',
    'caching/dataEncrypted': 'cacheDataEncrypted',
    'logging/loglevel': 'loggingLevel',
    'logging/dataTrace': 'dataTraceEnabled',
    'metrics/enabled': 'metricsEnabled',
  };
  const value = setting[field[m[3]]];
  return value === undefined ? undefined : String(value);
}

/** Every operation that would bring `current` to the desired settings (none when already there). */
export function stageSettingOps(desired: DesiredStage, current?: Stage): PatchOperation[] {
  const config = desired.config ?? {};
  const ops: PatchOperation[] = [];
  // API Gateway types stage variables as strings; apigw.yaml may hold numbers or booleans.
  const variables: Record<string, unknown> = { ...(config.variables ?? {}), ...(desired.variables ?? {}) };
  for (const [name, raw] of Object.entries(variables).sort(([a], [b]) => a.localeCompare(b))) {
    const value = String(raw);
    if (current?.variables?.[name] !== value)
      ops.push({ op: 'replace', path: `/variables/${escapeSegment(name)}`, value });
  }
  const description = desired.description ?? config.description;
  if (description !== undefined && current?.description !== description)
    ops.push({ op: 'replace', path: '/description', value: description });
  if (config.tracing !== undefined && Boolean(current?.tracingEnabled) !== config.tracing) {
    ops.push({ op: 'replace', path: '/tracingEnabled', value: String(config.tracing) });
  }
  const caching = config.caching;
  if (caching?.enabled !== undefined && Boolean(current?.cacheClusterEnabled) !== caching.enabled) {
    ops.push({ op: 'replace', path: '/cacheClusterEnabled', value: String(caching.enabled) });
  }
  if (caching?.enabled && caching.size !== undefined && current?.cacheClusterSize !== String(caching.size)) {
    ops.push({ op: 'replace', path: '/cacheClusterSize', value: String(caching.size) });
  }
  // Stage-wide throttling and cache TTL live in the `*/*` method setting.
  const stageWide: MethodSettingConfig = {
    throttling: config.throttling,
    caching:
      caching && (caching.ttl !== undefined || caching.encrypted !== undefined)
        ? { ttl: caching.ttl, encrypted: caching.encrypted }
        : undefined,
  };
  const methodOps = [
    ...methodSettingOps('/*/*', stageWide),
    ...Object.entries(config.methodSettings ?? {}).flatMap(([key, s]) => methodSettingOps(methodSettingPrefix(key), s)),
  ];
  for (const op of methodOps) if (currentMethodSetting(current, op.path!) !== op.value) ops.push(op);
  return ops;
}
