/** `apigw rollback` / `apigw deployments`: a stage's history and pointing it back at an earlier deployment. */
import type { Deployment, Stage } from '@aws-sdk/client-api-gateway';
import type { ApiGatewaySession } from '../aws/client.js';
import { allPages } from '../aws/pages.js';
import { ApigwError, ExitCode } from '../core/errors.js';
import { requireStage } from './canary.js';
import { parseProvenance, type Provenance } from './provenance.js';
import { stageTruth } from './stage-truth.js';
import type { StepRunner } from './steps.js';

export interface DeploymentRow {
  id: string;
  createdDate?: string;
  description?: string;
  /** The provenance tag of the description, when apigw made the deployment. */
  provenance?: Provenance;
  /** `stage` for the one the stage serves, `canary` for its canary. */
  serving?: 'stage' | 'canary';
}

/** Every deployment of the API, newest first (GetDeployments pages with `position`). */
export async function listDeployments(
  session: ApiGatewaySession,
  restApiId: string,
  stage?: Stage,
): Promise<DeploymentRow[]> {
  const { GetDeploymentsCommand } = await import('@aws-sdk/client-api-gateway');
  const all = await allPages<Deployment>(
    session,
    (position) => new GetDeploymentsCommand({ restApiId, limit: 500, position }),
  );
  return (
    all
      .map((d, index) => ({ d, index }))
      // Newest first; API order breaks ties (emulators give whole-second dates).
      .sort((a, b) => (b.d.createdDate?.getTime() ?? 0) - (a.d.createdDate?.getTime() ?? 0) || b.index - a.index)
      .map(({ d }) => ({
        id: d.id!,
        createdDate: d.createdDate?.toISOString(),
        description: d.description,
        provenance: parseProvenance(d.description),
        serving:
          d.id === stage?.deploymentId ? 'stage' : d.id === stage?.canarySettings?.deploymentId ? 'canary' : undefined,
      }))
  );
}

/**
 * The deployment a stage goes back to. API Gateway keeps no per-stage history and a deployment
 * belongs to the API, so "previous" comes from provenance (src/deploy/provenance.ts): among the
 * deployments apigw made for THIS stage, the newest one older than the one the stage serves whose
 * body differs (a twin with the same body would change nothing). A stage serving a deployment apigw
 * did not make for it has no known history: the caller asks for --to rather than guessing.
 */
export function previousDeployment(
  rows: DeploymentRow[],
  stageName: string,
  currentId: string | undefined,
): DeploymentRow | undefined {
  const mine = rows.filter((r) => r.provenance?.stage === stageName);
  const i = mine.findIndex((r) => r.id === currentId);
  if (i === -1) return undefined;
  const body = mine[i].provenance?.body;
  return mine.slice(i + 1).find((r) => r.provenance?.body !== body);
}

export interface RollbackOutcome {
  from?: string;
  to: string;
  /** Said to the user before the move (e.g. the target was made for another stage). */
  warnings: string[];
}

export async function rollbackStage(
  session: ApiGatewaySession,
  runner: StepRunner,
  restApiId: string,
  stageName: string,
  to?: string,
  warn: (line: string) => void = () => {},
): Promise<RollbackOutcome> {
  const { UpdateStageCommand } = await import('@aws-sdk/client-api-gateway');
  const stage = await requireStage(session, restApiId, stageName);
  if (stage.canarySettings) {
    throw new ApigwError(`stage '${stageName}' has an active canary: run 'apigw canary rollback' (or promote) first`, {
      exitCode: ExitCode.usage,
    });
  }
  const rows = await listDeployments(session, restApiId, stage);
  const warnings: string[] = [];
  let target: DeploymentRow | undefined;
  if (to) {
    target = rows.find((r) => r.id === to);
    if (!target)
      throw new ApigwError(`deployment '${to}' not found on REST API ${restApiId}`, { exitCode: ExitCode.aws });
    if (target.provenance && target.provenance.stage !== stageName) {
      warnings.push(
        `deployment ${to} was made for stage '${target.provenance.stage}', not '${stageName}' (body ${target.provenance.body}${target.provenance.commit ? `, commit ${target.provenance.commit}` : ''})`,
      );
    } else if (!target.provenance) {
      warnings.push(`deployment ${to} was not made by apigw deploy: which stage it was made for is unknown`);
    }
  } else {
    target = previousDeployment(rows, stageName, stage.deploymentId);
    if (!target) {
      const current = rows.find((r) => r.id === stage.deploymentId);
      const why =
        current?.provenance?.stage === stageName
          ? `no earlier deployment made for stage '${stageName}' with a different body`
          : `it serves ${stage.deploymentId}, which apigw deploy did not make for this stage, so its history is unknown`;
      throw new ApigwError(
        `stage '${stageName}' has no previous deployment to roll back to: ${why}; pick one with --to ID ('apigw deployments --stage ${stageName}' lists them)`,
        {
          exitCode: ExitCode.usage,
        },
      );
    }
  }
  for (const w of warnings) warn(w);
  if (target.id === stage.deploymentId) {
    runner.steps.push({ step: `stage '${stageName}' already serves ${target.id}`, status: 'done' });
    return { from: stage.deploymentId, to: target.id, warnings };
  }
  const targetId = target.id;
  runner.servingNote = `stage '${stageName}' still serves ${stage.deploymentId}`;
  await runner.runMoving(
    `point stage '${stageName}' at ${targetId} (was ${stage.deploymentId})`,
    () =>
      session.send<Stage>(
        new UpdateStageCommand({
          restApiId,
          stageName,
          patchOperations: [{ op: 'replace', path: '/deploymentId', value: targetId }],
        }),
      ),
    () => stageTruth(session, restApiId, stageName),
  );
  const after = await runner.run('verify stage', () => requireStage(session, restApiId, stageName));
  if (after.deploymentId !== targetId)
    throw new ApigwError(
      `verification failed: stage '${stageName}' serves ${after.deploymentId}, expected ${targetId}`,
      { exitCode: ExitCode.findings },
    );
  return { from: stage.deploymentId, to: targetId, warnings };
}
