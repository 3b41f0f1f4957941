/**
 * Deployments of an HTTP API (only stages without auto-deploy have apigw-made ones): listing,
 * finding one by its description after a lost CreateDeployment answer, and rolling a stage back.
 */
import type { Deployment, Stage } from '@aws-sdk/client-apigatewayv2';
import { listAll, type ApiGatewayV2Session } from '../../aws/client-v2.js';
import { ApigwError, ExitCode } from '../../core/errors.js';
import { bodyHash, parseProvenance } from '../provenance.js';
import type { DeploymentRow } from '../rollback.js';
import type { StepRunner } from '../steps.js';

/** The stage a deployment was made for, from its provenance tag (src/deploy/provenance.ts). */
export function stageOfDescription(description: string | undefined): string | undefined {
  return parseProvenance(description)?.stage;
}

/**
 * Whether the stage's deployment was made from exactly this body (its provenance records the same
 * hash); false when that cannot be told (no such deployment, or GetDeployment is not answered).
 */
export async function servesSameBody(
  session: ApiGatewayV2Session,
  apiId: string,
  deploymentId: string,
  body: string,
): Promise<boolean> {
  const { GetDeploymentCommand } = await import('@aws-sdk/client-apigatewayv2');
  const { notAnswered } = await import('../../aws/unanswered.js');
  try {
    const d = await session.send<Deployment>(new GetDeploymentCommand({ ApiId: apiId, DeploymentId: deploymentId }));
    return parseProvenance(d.Description)?.body === bodyHash(body);
  } catch (error) {
    if (notAnswered(error) || (error instanceof ApigwError && /NotFoundException/.test(error.message))) return false;
    throw error;
  }
}

async function allDeployments(session: ApiGatewayV2Session, apiId: string): Promise<Deployment[]> {
  const { GetDeploymentsCommand } = await import('@aws-sdk/client-apigatewayv2');
  return listAll<Deployment>(
    session,
    (NextToken) => new GetDeploymentsCommand({ ApiId: apiId, MaxResults: '500', NextToken }),
  );
}

export async function findDeploymentByDescription(
  session: ApiGatewayV2Session,
  apiId: string,
  description: string,
): Promise<Deployment | undefined> {
  return (await allDeployments(session, apiId)).find((d) => d.Description === description);
}

/** Newest first; the one the stage serves is marked. */
export async function listHttpDeployments(
  session: ApiGatewayV2Session,
  apiId: string,
  stage?: Stage,
): Promise<DeploymentRow[]> {
  return (await allDeployments(session, apiId))
    .map((d, index) => ({ d, index }))
    .sort((a, b) => (b.d.CreatedDate?.getTime() ?? 0) - (a.d.CreatedDate?.getTime() ?? 0) || b.index - a.index)
    .map(({ d }) => ({
      id: d.DeploymentId!,
      createdDate: d.CreatedDate?.toISOString(),
      description: d.Description,
      serving: d.DeploymentId === stage?.DeploymentId ? ('stage' as const) : undefined,
    }));
}

/**
 * The deployment this stage served before the current one: the newest older deployment whose
 * description names this stage (deployments made by other tools, without a stage, count too; those
 * made for another stage never do).
 */
export function previousForStage(
  rows: DeploymentRow[],
  stageName: string,
  currentId: string | undefined,
): DeploymentRow | undefined {
  const i = rows.findIndex((r) => r.id === currentId);
  if (i === -1) return undefined;
  return rows.slice(i + 1).find((r) => {
    const made = stageOfDescription(r.description);
    return made === undefined || made === stageName;
  });
}

export async function requireHttpStage(session: ApiGatewayV2Session, apiId: string, stageName: string): Promise<Stage> {
  const { GetStageCommand } = await import('@aws-sdk/client-apigatewayv2');
  try {
    return await session.send<Stage>(new GetStageCommand({ ApiId: apiId, StageName: stageName }));
  } catch (error) {
    if (error instanceof ApigwError && /NotFoundException/.test(error.message)) {
      throw new ApigwError(`HTTP API ${apiId} has no stage '${stageName}'`, { exitCode: ExitCode.aws, cause: error });
    }
    throw error;
  }
}

export async function rollbackHttpStage(
  session: ApiGatewayV2Session,
  runner: StepRunner,
  apiId: string,
  stageName: string,
  to?: string,
): Promise<{ from?: string; to: string; warnings: string[] }> {
  const { UpdateStageCommand } = await import('@aws-sdk/client-apigatewayv2');
  const stage = await requireHttpStage(session, apiId, stageName);
  if (stage.AutoDeploy) {
    throw new ApigwError(
      `stage '${stageName}' auto-deploys: it always serves the API's latest state, so there is no deployment to go back to. Roll back by deploying the earlier definition again, or set autoDeploy: false in apigw.yaml for deployments to roll back to`,
      { exitCode: ExitCode.usage },
    );
  }
  const rows = await listHttpDeployments(session, apiId, stage);
  const target = to ? rows.find((r) => r.id === to) : previousForStage(rows, stageName, stage.DeploymentId);
  if (!target) {
    throw new ApigwError(
      to
        ? `deployment '${to}' not found on HTTP API ${apiId}`
        : `stage '${stageName}' has no earlier deployment to roll back to`,
      { exitCode: ExitCode.aws },
    );
  }
  const warnings: string[] = [];
  const madeFor = stageOfDescription(target.description);
  if (to && madeFor && madeFor !== stageName)
    warnings.push(`deployment ${to} was made for stage '${madeFor}', not '${stageName}'`);
  if (target.id === stage.DeploymentId) {
    runner.steps.push({ step: `stage '${stageName}' already serves ${target.id}`, status: 'done' });
    return { from: stage.DeploymentId, to: target.id, warnings };
  }
  runner.servingNote = `stage '${stageName}' still serves ${stage.DeploymentId}`;
  await runner.run(`point stage '${stageName}' at ${target.id} (was ${stage.DeploymentId})`, () =>
    session.send<Stage>(new UpdateStageCommand({ ApiId: apiId, StageName: stageName, DeploymentId: target.id })),
  );
  const after = await runner.run('verify stage', () => requireHttpStage(session, apiId, stageName));
  if (after.DeploymentId !== target.id)
    throw new ApigwError(
      `verification failed: stage '${stageName}' serves ${after.DeploymentId}, expected ${target.id}`,
      { exitCode: ExitCode.findings },
    );
  return { from: stage.DeploymentId, to: target.id, warnings };
}
