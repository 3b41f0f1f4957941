/** `apigw rollback` / `apigw deployments`: a stage's history and pointing it back at an earlier deployment. */
import type { Deployment, Stage } from '@aws-sdk/client-api-gateway';
import type { ApiGatewaySession } from '../aws/client.js';
import { ApigwError, ExitCode } from '../core/errors.js';
import { requireStage } from './canary.js';
import type { StepRunner } from './steps.js';

export interface DeploymentRow {
  id: string;
  createdDate?: string;
  description?: string;
  /** `stage` for the one the stage serves, `canary` for its canary. */
  serving?: 'stage' | 'canary';
}

/** Every deployment of the API, newest first (GetDeployments pages with `position`). */
export async function listDeployments(session: ApiGatewaySession, restApiId: string, stage?: Stage): Promise<DeploymentRow[]> {
  const { GetDeploymentsCommand } = await import('@aws-sdk/client-api-gateway');
  const all: Deployment[] = [];
  let position: string | undefined;
  do {
    const page = await session.send<{ items?: Deployment[]; position?: string }>(new GetDeploymentsCommand({ restApiId, limit: 500, position }));
    all.push(...(page.items ?? []));
    position = page.position;
  } while (position);
  return all
    .map((d, index) => ({ d, index }))
    // Newest first; API order breaks ties (emulators give whole-second dates).
    .sort((a, b) => (b.d.createdDate?.getTime() ?? 0) - (a.d.createdDate?.getTime() ?? 0) || b.index - a.index)
    .map(({ d }) => ({
      id: d.id!,
      createdDate: d.createdDate?.toISOString(),
      description: d.description,
      serving: d.id === stage?.deploymentId ? 'stage' : d.id === stage?.canarySettings?.deploymentId ? 'canary' : undefined,
    }));
}

/**
 * The deployment to go back to: `--to`, or the newest deployment older than the one the stage
 * serves. API Gateway keeps no per-stage history, so "previous" is by creation date across the API.
 */
export function previousDeployment(rows: DeploymentRow[], currentId: string | undefined): DeploymentRow | undefined {
  const i = rows.findIndex((r) => r.id === currentId);
  return i === -1 ? undefined : rows[i + 1];
}

export async function rollbackStage(session: ApiGatewaySession, runner: StepRunner, restApiId: string, stageName: string, to?: string): Promise<{ from?: string; to: string }> {
  const { UpdateStageCommand } = await import('@aws-sdk/client-api-gateway');
  const stage = await requireStage(session, restApiId, stageName);
  if (stage.canarySettings) {
    throw new ApigwError(`stage '${stageName}' has an active canary: run 'apigw canary rollback' (or promote) first`, { exitCode: ExitCode.usage });
  }
  const rows = await listDeployments(session, restApiId, stage);
  const target = to ? rows.find((r) => r.id === to) : previousDeployment(rows, stage.deploymentId);
  if (!target) {
    throw new ApigwError(to ? `deployment '${to}' not found on REST API ${restApiId}` : `stage '${stageName}' has no earlier deployment to roll back to`, { exitCode: ExitCode.aws });
  }
  if (target.id === stage.deploymentId) {
    runner.steps.push({ step: `stage '${stageName}' already serves ${target.id}`, status: 'done' });
    return { from: stage.deploymentId, to: target.id };
  }
  runner.servingNote = `stage '${stageName}' still serves ${stage.deploymentId}`;
  await runner.run(`point stage '${stageName}' at ${target.id} (was ${stage.deploymentId})`, () =>
    session.send<Stage>(new UpdateStageCommand({ restApiId, stageName, patchOperations: [{ op: 'replace', path: '/deploymentId', value: target.id }] })),
  );
  const after = await runner.run('verify stage', () => requireStage(session, restApiId, stageName));
  if (after.deploymentId !== target.id) throw new ApigwError(`verification failed: stage '${stageName}' serves ${after.deploymentId}, expected ${target.id}`, { exitCode: ExitCode.findings });
  return { from: stage.deploymentId, to: target.id };
}
