/**
 * apigw.yaml `usagePlans`, deployed with the API: each plan (found by name) is created or updated
 * to the file's throttle, quota and description, gets this API's listed stages that exist, and the
 * API keys the file names (created when missing: AWS generates the value, which apigw never asks
 * for nor prints). Plans not in the file that serve the deployed stage are listed; --prune detaches
 * the stage from them (it does not delete a plan other APIs may use).
 *
 * Calls (API reference): GetUsagePlans, CreateUsagePlan, UpdateUsagePlan (`replace /throttle/rateLimit`,
 * `/throttle/burstLimit`, `/quota/limit`, `/quota/period`, `/quota/offset`, `/description`;
 * `add` / `remove /apiStages` with value `{apiId}:{stage}`), GetApiKeys (nameQuery), CreateApiKey,
 * GetUsagePlanKeys, CreateUsagePlanKey (keyType API_KEY).
 */
import type { ApiKey, PatchOperation, UsagePlan, UsagePlanKey } from '@aws-sdk/client-api-gateway';
import type { ApiGatewaySession } from '../aws/client.js';
import { allPages } from '../aws/pages.js';
import { ApigwError, ExitCode } from '../core/errors.js';
import type { UsagePlanConfig } from '../config/types.js';

export interface UsagePlanChange {
  name: string;
  id?: string;
  action: 'create' | 'update' | 'unchanged' | 'undeclared' | 'detach';
  /** Human phrases (`throttle rateLimit 50 -> 100`, `stage prod added`, `key partner-a attached`). */
  details: string[];
  ops: PatchOperation[];
  /** Stages of this API to attach. */
  stages: string[];
  /** Key names to attach (created when missing). */
  keys: string[];
  config?: UsagePlanConfig;
}

export async function listUsagePlans(session: ApiGatewaySession): Promise<UsagePlan[]> {
  const sdk = await import('@aws-sdk/client-api-gateway');
  return allPages<UsagePlan>(session, (position) => new sdk.GetUsagePlansCommand({ limit: 500, position }));
}

/** What deploying `plans` would do; `existingStages` are this API's stages that exist (after the deploy). */
export async function planUsagePlans(
  session: ApiGatewaySession,
  plans: UsagePlanConfig[],
  apiId: string | undefined,
  existingStages: Set<string>,
  deployedStage: string,
  prune: boolean,
): Promise<UsagePlanChange[]> {
  if (!plans.length && !apiId) return [];
  const live = await listUsagePlans(session);
  const out: UsagePlanChange[] = [];
  for (const config of plans) {
    const named = live.filter((p) => p.name === config.name);
    if (named.length > 1)
      throw new ApigwError(
        `${named.length} usage plans are named '${config.name}' (${named.map((p) => p.id).join(', ')}): apigw cannot tell which to update`,
        { exitCode: ExitCode.aws },
      );
    const current = named[0];
    const wanted = (config.stages ?? []).filter((s) => existingStages.has(s) || s === deployedStage);
    const attached = new Set((current?.apiStages ?? []).filter((s) => s.apiId === apiId).map((s) => s.stage!));
    const stages = apiId ? wanted.filter((s) => !attached.has(s)) : [];
    const details = stages.map((s) => `stage ${s} added`);
    for (const s of (config.stages ?? []).filter((x) => !wanted.includes(x)))
      details.push(`stage ${s} does not exist yet (attached when it is deployed)`);
    const keys = config.apiKeys ?? [];
    if (!current) {
      out.push({
        name: config.name,
        action: 'create',
        details: [...describe(config), ...details, ...keys.map((k) => `key ${k}`)],
        ops: [],
        stages,
        keys,
        config,
      });
      continue;
    }
    const ops = usagePlanOps(config, current);
    details.unshift(
      ...ops.map((o) => `${o.path!.slice(1).replace('/', ' ')} ${show(current, o.path!)} -> ${o.value ?? '(none)'}`),
    );
    const attachedKeys = keys.length
      ? new Set((await planKeys(session, current.id!)).map((k) => k.name))
      : new Set<string | undefined>();
    const newKeys = keys.filter((k) => !attachedKeys.has(k));
    details.push(...newKeys.map((k) => `key ${k} attached`));
    out.push({
      name: config.name,
      id: current.id,
      action: ops.length || stages.length || newKeys.length ? 'update' : 'unchanged',
      details,
      ops,
      stages,
      keys: newKeys,
      config,
    });
  }
  if (apiId) {
    const declared = new Set(plans.map((p) => p.name));
    for (const p of live) {
      if (
        declared.has(p.name ?? '') ||
        !(p.apiStages ?? []).some((s) => s.apiId === apiId && s.stage === deployedStage)
      )
        continue;
      out.push({
        name: p.name ?? p.id!,
        id: p.id,
        action: prune ? 'detach' : 'undeclared',
        details: [],
        ops: prune ? [{ op: 'remove', path: '/apiStages', value: `${apiId}:${deployedStage}` }] : [],
        stages: [],
        keys: [],
      });
    }
  }
  return out;
}

function describe(c: UsagePlanConfig): string[] {
  const d: string[] = [];
  if (c.throttling) d.push(`throttle ${c.throttling.rateLimit ?? '-'}/s burst ${c.throttling.burstLimit ?? '-'}`);
  if (c.quota)
    d.push(`quota ${c.quota.limit} per ${c.quota.period}${c.quota.offset ? ` (offset ${c.quota.offset})` : ''}`);
  return d;
}

function show(p: UsagePlan, path: string): string {
  const v: Record<string, unknown> = {
    '/throttle/rateLimit': p.throttle?.rateLimit,
    '/throttle/burstLimit': p.throttle?.burstLimit,
    '/quota/limit': p.quota?.limit,
    '/quota/period': p.quota?.period,
    '/quota/offset': p.quota?.offset,
    '/description': p.description,
  };
  return v[path] === undefined ? '(none)' : String(v[path]);
}

/** Patch operations bringing a live plan to the file's settings (values as strings). */
export function usagePlanOps(c: UsagePlanConfig, p: UsagePlan): PatchOperation[] {
  const ops: PatchOperation[] = [];
  const set = (path: string, want: unknown, have: unknown) => {
    if (want !== undefined && String(want) !== String(have ?? ''))
      ops.push({ op: 'replace', path, value: String(want) });
  };
  set('/description', c.description, p.description);
  set('/throttle/rateLimit', c.throttling?.rateLimit, p.throttle?.rateLimit);
  set('/throttle/burstLimit', c.throttling?.burstLimit, p.throttle?.burstLimit);
  set('/quota/limit', c.quota?.limit, p.quota?.limit);
  set('/quota/period', c.quota?.period, p.quota?.period);
  if (c.quota?.offset !== undefined) set('/quota/offset', c.quota.offset, p.quota?.offset ?? 0);
  return ops;
}

export function renderUsagePlans(changes: UsagePlanChange[]): string[] {
  return changes.map((c) => {
    if (c.action === 'undeclared')
      return `  usage plan '${c.name}' serves this stage but is not in apigw.yaml: kept (--prune detaches the stage)`;
    if (c.action === 'detach')
      return `  usage plan '${c.name}' is not in apigw.yaml: the stage is detached from it (--prune)`;
    const what = c.action === 'create' ? 'will be created' : c.action === 'unchanged' ? 'unchanged' : 'will be updated';
    return `  usage plan '${c.name}': ${what}${c.details.length ? ` (${c.details.join('; ')})` : ''}`;
  });
}

/** Applies the planned changes; `guard` runs one call with apigw's retry rules. */
export async function applyUsagePlans(
  session: ApiGatewaySession,
  apiId: string,
  changes: UsagePlanChange[],
  call: <T>(
    label: string,
    command: object,
    policy: { lookup?: () => Promise<T | undefined>; idempotent?: boolean },
  ) => Promise<T>,
): Promise<Array<{ name: string; id: string; action: UsagePlanChange['action'] }>> {
  const sdk = await import('@aws-sdk/client-api-gateway');
  const done: Array<{ name: string; id: string; action: UsagePlanChange['action'] }> = [];
  for (const c of changes) {
    if (c.action === 'undeclared' || c.action === 'unchanged') {
      if (c.id) done.push({ name: c.name, id: c.id, action: c.action });
      if (c.action === 'undeclared' || !c.keys.length) continue;
    }
    let id = c.id;
    if (c.action === 'create') {
      const cfg = c.config!;
      const created = await call<UsagePlan>(
        'CreateUsagePlan',
        new sdk.CreateUsagePlanCommand({
          name: cfg.name,
          description: cfg.description,
          throttle: cfg.throttling
            ? { rateLimit: cfg.throttling.rateLimit, burstLimit: cfg.throttling.burstLimit }
            : undefined,
          quota: cfg.quota ? { limit: cfg.quota.limit, period: cfg.quota.period, offset: cfg.quota.offset } : undefined,
          apiStages: c.stages.map((stage) => ({ apiId, stage })),
        }),
        { lookup: async () => (await listUsagePlans(session)).find((p) => p.name === cfg.name) },
      );
      id = created.id!;
    } else {
      const ops = [
        ...c.ops,
        ...c.stages.map((s): PatchOperation => ({ op: 'add', path: '/apiStages', value: `${apiId}:${s}` })),
      ];
      if (ops.length)
        await call<UsagePlan>(
          'UpdateUsagePlan',
          new sdk.UpdateUsagePlanCommand({ usagePlanId: id!, patchOperations: ops }),
          { idempotent: true },
        );
    }
    if (c.keys.length) await attachKeys(session, id!, c.keys, call);
    done.push({ name: c.name, id: id!, action: c.action });
  }
  return done;
}

async function planKeys(session: ApiGatewaySession, usagePlanId: string): Promise<UsagePlanKey[]> {
  const sdk = await import('@aws-sdk/client-api-gateway');
  return allPages<UsagePlanKey>(
    session,
    (position) => new sdk.GetUsagePlanKeysCommand({ usagePlanId, limit: 500, position }),
  );
}

async function findKey(session: ApiGatewaySession, name: string): Promise<ApiKey | undefined> {
  const sdk = await import('@aws-sdk/client-api-gateway');
  // includeValues stays off: apigw never reads a key's value.
  const keys = await allPages<ApiKey>(
    session,
    (position) => new sdk.GetApiKeysCommand({ nameQuery: name, limit: 500, position, includeValues: false }),
  );
  const exact = keys.filter((k) => k.name === name);
  if (exact.length > 1)
    throw new ApigwError(`${exact.length} API keys are named '${name}': apigw cannot tell which to attach`, {
      exitCode: ExitCode.aws,
    });
  return exact[0];
}

async function attachKeys(
  session: ApiGatewaySession,
  usagePlanId: string,
  names: string[],
  call: Parameters<typeof applyUsagePlans>[3],
): Promise<void> {
  const sdk = await import('@aws-sdk/client-api-gateway');
  const attached = new Set((await planKeys(session, usagePlanId)).map((k) => k.id));
  for (const name of names) {
    const key =
      (await findKey(session, name)) ??
      (await call<ApiKey>('CreateApiKey', new sdk.CreateApiKeyCommand({ name, enabled: true }), {
        lookup: () => findKey(session, name),
      }));
    if (attached.has(key.id)) continue;
    await call<UsagePlanKey>(
      'CreateUsagePlanKey',
      new sdk.CreateUsagePlanKeyCommand({ usagePlanId, keyId: key.id!, keyType: 'API_KEY' }),
      {
        lookup: async () => (await planKeys(session, usagePlanId)).find((k) => k.id === key.id),
      },
    );
  }
}
