/**
 * Canary lifecycle on an existing stage, with the UpdateStage patch operations AWS documents
 * (reference §6.3; DG promote-canary-deployment, update-canary-deployment, delete-canary-deployment):
 *   set      replace /canarySettings/percentTraffic (and overrides / useStageCache)
 *   promote  replace percentTraffic "0.0", copy overrides → /variables, copy canary deploymentId →
 *            /deploymentId; then remove /canarySettings (two calls, as documented: if the second
 *            fails the stage already serves the promoted deployment to all traffic)
 *   rollback remove /canarySettings: the stage keeps serving its own deployment.
 */
import type { PatchOperation, Stage } from '@aws-sdk/client-api-gateway';
import type { ApiGatewaySession } from '../aws/client.js';
import { ApigwError, ExitCode } from '../core/errors.js';
import { liveStage } from './live.js';
import { redactMap } from '../core/redact.js';
import { stageTruth } from './stage-truth.js';
import type { StepRunner } from './steps.js';

export interface CanaryStatus {
  restApiId: string;
  stage: string;
  deploymentId?: string;
  variables: Record<string, string>;
  canary?: {
    deploymentId?: string;
    percentTraffic: number;
    stageVariableOverrides: Record<string, string>;
    useStageCache: boolean;
  };
}

export async function requireStage(session: ApiGatewaySession, restApiId: string, stageName: string): Promise<Stage> {
  const stage = await liveStage(session, restApiId, stageName);
  if (!stage)
    throw new ApigwError(`stage '${stageName}' not found on REST API ${restApiId}`, { exitCode: ExitCode.aws });
  return stage;
}

export function statusOf(restApiId: string, stageName: string, stage: Stage): CanaryStatus {
  const c = stage.canarySettings;
  return {
    restApiId,
    stage: stageName,
    deploymentId: stage.deploymentId,
    variables: redactMap(stage.variables ?? {})!,
    canary: c
      ? {
          deploymentId: c.deploymentId,
          percentTraffic: c.percentTraffic ?? 0,
          stageVariableOverrides: redactMap(c.stageVariableOverrides ?? {})!,
          useStageCache: Boolean(c.useStageCache),
        }
      : undefined,
  };
}

export function renderStatus(s: CanaryStatus): string[] {
  const vars = (m: Record<string, string>) =>
    Object.entries(m)
      .map(([k, v]) => `${k}=${v}`)
      .join(', ') || '(none)';
  const lines = [
    `stage '${s.stage}' of ${s.restApiId}`,
    `  stage deployment:  ${s.deploymentId ?? '(none)'}`,
    `  stage variables:   ${vars(s.variables)}`,
  ];
  if (!s.canary) lines.push('  canary:            none');
  else {
    lines.push(`  canary deployment: ${s.canary.deploymentId ?? '(none)'}`);
    lines.push(`  canary traffic:    ${s.canary.percentTraffic}% (stage ${100 - s.canary.percentTraffic}%)`);
    lines.push(`  canary overrides:  ${vars(s.canary.stageVariableOverrides)}`);
    lines.push(`  canary cache:      ${s.canary.useStageCache ? 'uses the stage cache' : 'own cache'}`);
  }
  return lines;
}

function requireCanary(stage: Stage, name: string): NonNullable<Stage['canarySettings']> {
  if (!stage.canarySettings) throw new ApigwError(`stage '${name}' has no canary`, { exitCode: ExitCode.usage });
  return stage.canarySettings;
}

/** AWS takes the percentage as a string in the patch; keep one decimal as the docs show ("10.5", "0.0"). */
export function percentValue(p: number): string {
  return Number.isInteger(p) ? p.toFixed(1) : String(p);
}

export function setOps(options: {
  percent?: number;
  overrides?: Record<string, string>;
  useStageCache?: boolean;
}): PatchOperation[] {
  const ops: PatchOperation[] = [];
  if (options.percent !== undefined)
    ops.push({ op: 'replace', path: '/canarySettings/percentTraffic', value: percentValue(options.percent) });
  if (options.useStageCache !== undefined)
    ops.push({ op: 'replace', path: '/canarySettings/useStageCache', value: String(options.useStageCache) });
  for (const [k, v] of Object.entries(options.overrides ?? {})) {
    ops.push({
      op: 'replace',
      path: `/canarySettings/stageVariableOverrides/${k.replace(/~/g, '~0').replace(/\//g, '~1')}`,
      value: v,
    });
  }
  return ops;
}

export const PROMOTE_OPS: PatchOperation[] = [
  { op: 'replace', path: '/canarySettings/percentTraffic', value: '0.0' },
  { op: 'copy', from: '/canarySettings/stageVariableOverrides', path: '/variables' },
  { op: 'copy', from: '/canarySettings/deploymentId', path: '/deploymentId' },
];
export const REMOVE_CANARY_OPS: PatchOperation[] = [{ op: 'remove', path: '/canarySettings' }];

async function update(
  session: ApiGatewaySession,
  restApiId: string,
  stageName: string,
  patchOperations: PatchOperation[],
): Promise<Stage> {
  const { UpdateStageCommand } = await import('@aws-sdk/client-api-gateway');
  return session.send<Stage>(new UpdateStageCommand({ restApiId, stageName, patchOperations }));
}

export async function promoteCanary(
  session: ApiGatewaySession,
  runner: StepRunner,
  restApiId: string,
  stageName: string,
): Promise<Stage> {
  const stage = await requireStage(session, restApiId, stageName);
  const canary = requireCanary(stage, stageName);
  runner.servingNote = `stage '${stageName}' still serves ${stage.deploymentId}; canary ${canary.deploymentId} at ${canary.percentTraffic ?? 0}%`;
  const truth = () => stageTruth(session, restApiId, stageName);
  await runner.runMoving(
    `promote canary ${canary.deploymentId} to stage '${stageName}'`,
    () => update(session, restApiId, stageName, PROMOTE_OPS),
    truth,
  );
  runner.servingNote = `stage '${stageName}' serves the promoted deployment ${canary.deploymentId}; the canary is still attached at 0% (re-run promote or 'apigw canary rollback' to remove it)`;
  await runner.runMoving('remove the canary', () => update(session, restApiId, stageName, REMOVE_CANARY_OPS), truth);
  const after = await runner.run('verify stage', () => requireStage(session, restApiId, stageName));
  if (after.deploymentId !== canary.deploymentId || after.canarySettings) {
    throw new ApigwError(
      `verification failed: stage '${stageName}' serves ${after.deploymentId}${after.canarySettings ? ' and still has a canary' : ''}, expected ${canary.deploymentId} without canary`,
      {
        exitCode: ExitCode.findings,
      },
    );
  }
  return after;
}

export async function rollbackCanary(
  session: ApiGatewaySession,
  runner: StepRunner,
  restApiId: string,
  stageName: string,
): Promise<Stage> {
  const stage = await requireStage(session, restApiId, stageName);
  const canary = requireCanary(stage, stageName);
  runner.servingNote = `stage '${stageName}' still serves ${stage.deploymentId}; canary ${canary.deploymentId} at ${canary.percentTraffic ?? 0}%`;
  await runner.runMoving(
    `remove canary ${canary.deploymentId} from '${stageName}'`,
    () => update(session, restApiId, stageName, REMOVE_CANARY_OPS),
    () => stageTruth(session, restApiId, stageName),
  );
  const after = await runner.run('verify stage', () => requireStage(session, restApiId, stageName));
  if (after.canarySettings || after.deploymentId !== stage.deploymentId) {
    throw new ApigwError(
      `verification failed: stage '${stageName}' serves ${after.deploymentId}${after.canarySettings ? ' and still has a canary' : ''}`,
      { exitCode: ExitCode.findings },
    );
  }
  return after;
}

export async function setCanary(
  session: ApiGatewaySession,
  runner: StepRunner,
  restApiId: string,
  stageName: string,
  options: { percent?: number; overrides?: Record<string, string>; useStageCache?: boolean },
): Promise<Stage> {
  const stage = await requireStage(session, restApiId, stageName);
  requireCanary(stage, stageName);
  const ops = setOps(options);
  if (ops.length === 0)
    throw new ApigwError('nothing to set: pass --percent, --canary-stage-variable or --canary-use-stage-cache', {
      exitCode: ExitCode.usage,
    });
  return runner.runMoving(
    `update canary on '${stageName}'`,
    () => update(session, restApiId, stageName, ops),
    () => stageTruth(session, restApiId, stageName),
  );
}
