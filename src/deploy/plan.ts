/**
 * What a deploy would change, printed before every deploy. The definition part is `apigw diff`'s
 * comparison (src/diff: every change kind, classified breaking / risky / safe) of the document
 * being pushed with what the stage serves now; then the stage's deployment move or canary, each
 * stage setting that will change, and the settings on the stage that apigw.yaml does not declare
 * (removed with --prune).
 */
import type { PatchOperation, RestApi, Stage } from '@aws-sdk/client-api-gateway';
import type { ApiGatewaySession } from '../aws/client.js';
import { redactValue } from '../core/redact.js';
import type { Change } from '../diff/change.js';
import type { Undeclared } from './convergence.js';

export interface DeployPlan {
  mode: 'overwrite' | 'merge';
  apiExists: boolean;
  /** The definition compared with what the stage serves (or the API's working copy, or nothing). */
  changes: Change[];
  /** What `changes` were computed against, e.g. `what stage 'prod' serves (deployment abc)`. */
  comparedWith: string;
  /** Facts about the comparison (an emulator without exports, ...). */
  notes: string[];
  stageExists: boolean;
  /** The deployment the stage serves now (stays served by a canary deploy). */
  currentDeploymentId?: string;
  canary?: { percent: number; overrides: Record<string, string>; useStageCache: boolean };
  stageOps: PatchOperation[];
  /** Live stage settings apigw.yaml does not declare. */
  undeclared: Undeclared[];
  /** Whether `undeclared` are removed (--prune) or only listed. */
  prune: boolean;
  /** The stage already serves this body with these settings: it keeps its deployment. */
  unchanged?: boolean;
}

/** The diff engine's changes from what the stage serves (else the API, else nothing) to the document. */
export async function definitionChanges(
  session: ApiGatewaySession,
  api: RestApi | undefined,
  stage: Stage | undefined,
  stageName: string,
  document: Record<string, unknown>,
  endpointType: string | undefined,
): Promise<Pick<DeployPlan, 'changes' | 'comparedWith' | 'notes'>> {
  const { modelFromOpenApi } = await import('../diff/from-openapi.js');
  const { compareModels } = await import('../diff/compare.js');
  const type = endpointType ?? api?.endpointConfiguration?.types?.[0];
  const after = modelFromOpenApi(document, { type: 'rest', endpointType: type });
  if (!api?.id) {
    const empty = modelFromOpenApi(
      { openapi: '3.0.1', info: { title: '', version: '' }, paths: {} },
      { type: 'rest', endpointType: type },
    );
    return { changes: compareModels(empty, after), comparedWith: 'nothing (a new API)', notes: [] };
  }
  const { loadAwsSource } = await import('../diff/sources/aws.js');
  const live = await loadAwsSource(session, api.id, stage ? stageName : undefined);
  live.model.stage = undefined;
  const comparedWith = stage
    ? `what stage '${stageName}' serves (deployment ${stage.deploymentId})`
    : `the API's working copy (stage '${stageName}' does not exist yet)`;
  return { changes: compareModels(live.model, after), comparedWith, notes: live.notes };
}

const isAdded = (c: Change) => /-added$/.test(c.rule);
const isRemoved = (c: Change) => /-removed(-in-use)?$/.test(c.rule);
/** In merge mode PutRestApi keeps what the document does not mention. */
const keptByMerge = (plan: DeployPlan, c: Change) => plan.mode === 'merge' && c.rule === 'operation-removed';

export function renderPlan(plan: DeployPlan, target: { api: string; stage: string }): string[] {
  const lines = [
    `Plan for stage '${target.stage}' of ${target.api} (mode ${plan.mode}), compared with ${plan.comparedWith}:`,
  ];
  for (const note of plan.notes) lines.push(`  note: ${note}`);
  const counted = plan.changes.filter((c) => !keptByMerge(plan, c));
  for (const c of plan.changes) {
    if (keptByMerge(plan, c)) {
      lines.push(`  = ${c.scope}: not in the definition (merge keeps it)`);
      continue;
    }
    const mark = isAdded(c) ? '+' : isRemoved(c) ? '-' : '~';
    lines.push(`  ${mark} ${c.scope}: ${c.message} [${c.classification}: ${c.rule}]`);
  }
  const by = (k: Change['classification']) => counted.filter((c) => c.classification === k).length;
  lines.push(
    counted.length
      ? `  definition: ${counted.length} change${counted.length === 1 ? '' : 's'} (${by('breaking')} breaking, ${by('risky')} risky, ${by('safe')} safe)`
      : '  definition: no changes',
  );
  if (!plan.stageExists) lines.push(`  stage '${target.stage}': will be created`);
  else if (plan.canary) {
    const overrides = Object.entries(plan.canary.overrides).map(([k, v]) => `${k}=${redactValue(k, v)}`);
    lines.push(
      `  canary: ${plan.canary.percent}% of traffic to the new deployment; the stage keeps serving ${plan.currentDeploymentId ?? 'its deployment'}` +
        (overrides.length ? `; overrides ${overrides.join(', ')}` : '') +
        (plan.canary.useStageCache ? '; uses the stage cache' : ''),
    );
  } else if (plan.unchanged)
    lines.push(
      `  stage '${target.stage}': keeps deployment ${plan.currentDeploymentId} (it already serves this body with these settings)`,
    );
  else lines.push(`  stage '${target.stage}': deployment ${plan.currentDeploymentId ?? '(none)'} -> new deployment`);
  for (const op of plan.stageOps) lines.push(`  stage setting ${op.path} = ${showValue(op)}`);
  if (plan.undeclared.length) {
    const what = plan.undeclared.map((u) => u.label).join(', ');
    if (plan.canary)
      lines.push(`  not declared in apigw.yaml (a canary deploy leaves the stage's settings alone): ${what}`);
    else if (plan.prune) lines.push(`  not declared in apigw.yaml, removed (--prune): ${what}`);
    else lines.push(`  not declared in apigw.yaml, kept (--prune removes them): ${what}`);
  }
  return lines;
}

function showValue(op: PatchOperation): string {
  const name = op.path?.startsWith('/variables/') ? op.path.slice('/variables/'.length) : (op.path ?? '');
  return redactValue(name, op.value) ?? '';
}
