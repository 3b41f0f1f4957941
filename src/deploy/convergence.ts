/**
 * Convergence: what the live stage carries that apigw.yaml (and --stage-variable) does not declare.
 * A setting removed from apigw.yaml (a secret variable!) otherwise stays on the stage forever.
 * The plan always lists these; `deploy --prune` removes them in the same UpdateStage that moves
 * the stage:
 *   variable                  remove /variables/{name}
 *   method setting (incl. the stage-wide throttling and cache TTL in `*\/*`)
 *                             remove /{key}, the key as GetStage reports it (as terraform-provider-aws
 *                             removes aws_api_gateway_method_settings)
 *   tracing on                replace /tracingEnabled "false"
 *   cache cluster on          replace /cacheClusterEnabled "false"
 */
import type { PatchOperation, Stage } from '@aws-sdk/client-api-gateway';
import type { StageConfig } from '../config/types.js';

export interface Undeclared {
  /** Shown in the plan, e.g. `variable oldSecret`, `X-Ray tracing (on)`. */
  label: string;
  op: PatchOperation;
}

const escapeSegment = (s: string) => s.replace(/~/g, '~0').replace(/\//g, '~1');

/** `/pets/GET`, `pets/GET` and `~1pets/GET` name the same method setting. */
export function methodSettingId(key: string): string {
  return key === '*/*' ? key : key.replace(/^~1/, '/').replace(/~1/g, '/').replace(/~0/g, '~').replace(/^\/+/, '');
}

export function declaredMethodSettings(config: StageConfig | undefined): Set<string> {
  const keys = new Set(Object.keys(config?.methodSettings ?? {}).map(methodSettingId));
  const c = config?.caching;
  if (config?.throttling || (c && (c.ttl !== undefined || c.encrypted !== undefined))) keys.add('*/*');
  return keys;
}

export function undeclaredStageSettings(
  config: StageConfig | undefined,
  flagVariables: Record<string, string>,
  live: Stage | undefined,
): Undeclared[] {
  if (!live) return [];
  const out: Undeclared[] = [];
  const declaredVars = new Set([...Object.keys(config?.variables ?? {}), ...Object.keys(flagVariables)]);
  for (const name of Object.keys(live.variables ?? {}).sort()) {
    if (!declaredVars.has(name))
      out.push({ label: `variable ${name}`, op: { op: 'remove', path: `/variables/${escapeSegment(name)}` } });
  }
  const declared = declaredMethodSettings(config);
  for (const key of Object.keys(live.methodSettings ?? {}).sort()) {
    if (!declared.has(methodSettingId(key)))
      out.push({ label: `method setting ${key}`, op: { op: 'remove', path: `/${key}` } });
  }
  if (live.tracingEnabled && config?.tracing === undefined)
    out.push({ label: 'X-Ray tracing (on)', op: { op: 'replace', path: '/tracingEnabled', value: 'false' } });
  if (live.cacheClusterEnabled && config?.caching?.enabled === undefined) {
    out.push({
      label: `cache cluster (${live.cacheClusterSize ?? '?'} GB)`,
      op: { op: 'replace', path: '/cacheClusterEnabled', value: 'false' },
    });
  }
  return out;
}
