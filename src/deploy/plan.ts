/** What a deploy would change, against what the API and stage hold now. Printed before every deploy. */
import type { PatchOperation, Stage } from '@aws-sdk/client-api-gateway';
import type { Route } from './live.js';
import { redactValue } from '../core/redact.js';

export type RouteChange = { kind: 'add' | 'change' | 'remove' | 'keep' | 'same'; key: string; before?: Route; after?: Route };

export interface DeployPlan {
  mode: 'overwrite' | 'merge';
  apiExists: boolean;
  routes: RouteChange[];
  stageExists: boolean;
  /** The deployment the stage serves now (stays served by a canary deploy). */
  currentDeploymentId?: string;
  canary?: { percent: number; overrides: Record<string, string>; useStageCache: boolean };
  stageOps: PatchOperation[];
}

export function planRoutes(before: Route[], after: Route[], mode: 'overwrite' | 'merge'): RouteChange[] {
  const old = new Map(before.map((r) => [r.key, r]));
  const changes: RouteChange[] = [];
  for (const route of after) {
    const prev = old.get(route.key);
    old.delete(route.key);
    if (!prev) changes.push({ kind: 'add', key: route.key, after: route });
    else if (prev.integration !== route.integration || prev.auth !== route.auth) changes.push({ kind: 'change', key: route.key, before: prev, after: route });
    else changes.push({ kind: 'same', key: route.key, before: prev, after: route });
  }
  for (const prev of old.values()) changes.push({ kind: mode === 'overwrite' ? 'remove' : 'keep', key: prev.key, before: prev });
  return changes;
}

const MARK = { add: '+', change: '~', remove: '-', keep: '=', same: ' ' } as const;

export function renderPlan(plan: DeployPlan, target: { api: string; stage: string }): string[] {
  const lines = [`Plan for stage '${target.stage}' of ${target.api} (mode ${plan.mode}):`];
  const counts = { add: 0, change: 0, remove: 0, keep: 0, same: 0 };
  for (const c of plan.routes) {
    counts[c.kind]++;
    if (c.kind === 'same') continue;
    const r = c.after ?? c.before!;
    let detail = `${r.integration}; auth ${r.auth}`;
    if (c.kind === 'change') {
      const parts = [];
      if (c.before!.integration !== c.after!.integration) parts.push(`integration ${c.before!.integration} -> ${c.after!.integration}`);
      if (c.before!.auth !== c.after!.auth) parts.push(`auth ${c.before!.auth} -> ${c.after!.auth}`);
      detail = parts.join('; ');
    }
    if (c.kind === 'remove') detail += ' (not in the definition: overwrite removes it)';
    if (c.kind === 'keep') detail += ' (not in the definition: merge keeps it)';
    lines.push(`  ${MARK[c.kind]} ${c.key}  ${detail}`);
  }
  lines.push(`  routes: ${counts.add} to add, ${counts.change} to change, ${counts.remove} to remove, ${counts.keep} kept, ${counts.same} unchanged`);
  if (!plan.stageExists) lines.push(`  stage '${target.stage}': will be created`);
  else if (plan.canary) {
    const overrides = Object.entries(plan.canary.overrides).map(([k, v]) => `${k}=${redactValue(k, v)}`);
    lines.push(
      `  canary: ${plan.canary.percent}% of traffic to the new deployment; the stage keeps serving ${plan.currentDeploymentId ?? 'its deployment'}` +
        (overrides.length ? `; overrides ${overrides.join(', ')}` : '') +
        (plan.canary.useStageCache ? '; uses the stage cache' : ''),
    );
  } else lines.push(`  stage '${target.stage}': deployment ${plan.currentDeploymentId ?? '(none)'} -> new deployment`);
  for (const op of plan.stageOps) lines.push(`  stage setting ${op.path} = ${showValue(op)}`);
  return lines;
}

function showValue(op: PatchOperation): string {
  const name = op.path?.startsWith('/variables/') ? op.path.slice('/variables/'.length) : op.path ?? '';
  return redactValue(name, op.value) ?? '';
}

export function planFromStage(stage: Stage | undefined): Pick<DeployPlan, 'stageExists' | 'currentDeploymentId'> {
  return { stageExists: Boolean(stage), currentDeploymentId: stage?.deploymentId };
}
