/**
 * `apigw deploy`: prepare the document (bundle, placeholders, size, lint), plan against the live
 * API and stage, then push, deploy and configure the stage, and read it back.
 *
 * Why the order of calls: a normal deploy creates the deployment WITHOUT a stage name and then
 * moves the stage with one UpdateStage call that also carries the stage settings, so the stage
 * switches in a single request: if anything fails before it, the stage still serves what it
 * served; PutRestApi only changes the API's working copy, never what a stage serves. A canary
 * deploy is CreateDeployment with `canarySettings` on an existing stage (reference §6.1), which
 * moves only the canary.
 */
import type { Deployment, RestApi, Stage } from '@aws-sdk/client-api-gateway';
import { openApiGateway, type AwsClientOptions } from '../aws/client.js';
import { resolveRestApi } from '../aws/resolve-api.js';
import { ApigwError, ExitCode, InputError } from '../core/errors.js';
import { loadProjectConfig } from '../config/load.js';
import type { ProjectConfig } from '../config/types.js';
import { liveRoutes, liveStage } from './live.js';
import { planRoutes, renderPlan, type DeployPlan } from './plan.js';
import { prepareDocument, type PreparedDocument } from './prepare.js';
import { documentRoutes } from './routes.js';
import { stageSettingOps } from './stage-settings.js';
import { StepRunner, type Progress, type StepRecord } from './steps.js';

export interface CanaryRequest {
  percent: number;
  overrides: Record<string, string>;
  useStageCache: boolean;
}

export interface DeployOptions {
  specFile?: string;
  configPath?: string;
  cwd?: string;
  stage: string;
  restApiId?: string;
  /** --api-id: a REST API id or an HTTP API id (the definition says which). */
  apiId?: string;
  apiName?: string;
  /** --api-type; apigw.yaml `api.type` otherwise; else detected from the definition. */
  apiType?: 'rest' | 'http';
  /** Importer base-path handling (--basepath / apigw.yaml api.basepath). */
  basepath?: 'ignore' | 'prepend' | 'split';
  create?: boolean;
  mode: 'overwrite' | 'merge';
  failOnWarnings: boolean;
  stageVariables: Record<string, string>;
  description?: string;
  canary?: CanaryRequest;
  vars: Record<string, string>;
  dryRun: boolean;
  lint: boolean;
  aws: AwsClientOptions;
  /** Asked after the plan is shown; false aborts (exit 5). */
  confirm(planLines: string[]): Promise<boolean>;
  progress: Progress;
  /** Where plan lines go (stdout in text mode). */
  showPlan(lines: string[]): void;
}

export interface DeployResult {
  ok: boolean;
  dryRun: boolean;
  /** `http` for HTTP APIs (apiId set); REST otherwise (restApiId set). */
  apiType?: 'rest' | 'http';
  restApiId?: string;
  apiId?: string;
  apiName?: string;
  stage: string;
  region?: string;
  mode: 'overwrite' | 'merge';
  deploymentId?: string;
  previousDeploymentId?: string;
  canary?: { deploymentId?: string; percentTraffic?: number };
  invokeUrl?: string;
  warnings: string[];
  plan: string[];
  steps: StepRecord[];
}

export async function deploy(options: DeployOptions): Promise<DeployResult> {
  const config = await loadProjectConfig(options.configPath, options.cwd);
  const specFile = options.specFile ?? config?.specFiles[0];
  if (!specFile) throw new InputError('no definition given: pass the spec file or set `spec` in apigw.yaml');

  const session = await openApiGateway(options.aws, config?.data.api);
  const region = session.settings.region ?? (await session.client.config.region().catch(() => undefined));
  const prepared = await prepareDocument(specFile, {
    config, vars: options.vars, region, lint: options.lint, failOnWarnings: options.failOnWarnings, progress: options.progress, apiType: options.apiType,
  });
  if (prepared.type === 'http') {
    const { deployHttp } = await import('./http/deploy.js');
    return deployHttp(options, prepared, config);
  }

  const selection = { restApiId: options.restApiId ?? options.apiId, apiName: options.apiName ?? (options.restApiId ? undefined : undefined), config };
  if (!selection.restApiId && !selection.apiName && !config?.data.api?.id && !config?.data.api?.name && options.create) {
    selection.apiName = prepared.title;
  }
  const api = await resolveRestApi(session, selection, { allowMissing: Boolean(options.create) });
  if (!api && selection.restApiId) throw new ApigwError(`REST API '${selection.restApiId}' not found`, { exitCode: ExitCode.aws });

  const stage = api?.id ? await liveStage(session, api.id, options.stage) : undefined;
  checkCanaryPreconditions(options, stage);
  const stageConfig = config?.data.stages?.[options.stage];
  const plan: DeployPlan = {
    mode: options.mode,
    apiExists: Boolean(api),
    routes: planRoutes(api?.id ? await liveRoutes(session, api.id) : [], documentRoutes(prepared.document), options.mode),
    stageExists: Boolean(stage),
    currentDeploymentId: stage?.deploymentId,
    canary: options.canary,
    stageOps: options.canary ? [] : stageSettingOps({ config: stageConfig, variables: options.stageVariables, description: options.description }, stage),
  };
  const apiLabel = api ? `API '${api.name}' (${api.id})` : `new API '${selection.apiName ?? prepared.title}'`;
  const planLines = renderPlan(plan, { api: apiLabel, stage: options.stage });
  options.showPlan(planLines);

  const result: DeployResult = {
    ok: true,
    dryRun: options.dryRun,
    restApiId: api?.id,
    apiName: api?.name ?? selection.apiName ?? prepared.title,
    stage: options.stage,
    region,
    mode: options.mode,
    previousDeploymentId: stage?.deploymentId,
    warnings: [...prepared.warnings],
    plan: planLines,
    steps: [],
  };
  if (options.dryRun) return result;
  if (!(await options.confirm(planLines))) throw new ApigwError('deploy aborted: nothing was changed', { exitCode: ExitCode.aborted });

  const runner = new StepRunner(options.progress);
  result.steps = runner.steps;
  runner.servingNote = stage ? `stage '${options.stage}' still serves deployment ${stage.deploymentId}` : `stage '${options.stage}' was not created`;
  const sdk = await import('@aws-sdk/client-api-gateway');
  const body = new TextEncoder().encode(prepared.body);

  let restApi: RestApi;
  if (api?.id) {
    restApi = await runner.run(`push definition (PutRestApi, mode ${options.mode})`, () =>
      session.send<RestApi>(new sdk.PutRestApiCommand({ restApiId: api.id!, mode: options.mode, failOnWarnings: options.failOnWarnings, body })),
    );
  } else {
    const endpointType = config?.data.api?.endpointType;
    restApi = await runner.run('create API (ImportRestApi)', () =>
      session.send<RestApi>(
        new sdk.ImportRestApiCommand({ failOnWarnings: options.failOnWarnings, body, parameters: endpointType ? { endpointConfigurationTypes: endpointType } : undefined }),
      ),
      (r) => r.id,
    );
  }
  const restApiId = restApi.id!;
  result.restApiId = restApiId;
  result.apiName = restApi.name ?? result.apiName;
  for (const w of restApi.warnings ?? []) {
    result.warnings.push(`importer: ${w}`);
    options.progress(`warning: importer: ${w}`);
  }

  const description = options.description ?? `apigw deploy ${new Date().toISOString()}`;
  if (options.canary) {
    const canary = options.canary;
    const deployment = await runner.run(
      `create canary deployment on '${options.stage}' (${canary.percent}%)`,
      () =>
        session.send<Deployment>(
          new sdk.CreateDeploymentCommand({
            restApiId,
            stageName: options.stage,
            description,
            canarySettings: { percentTraffic: canary.percent, stageVariableOverrides: canary.overrides, useStageCache: canary.useStageCache },
          }),
        ),
      (d) => d.id,
    );
    result.deploymentId = deployment.id;
    runner.servingNote = `stage '${options.stage}' serves deployment ${stage!.deploymentId}; the canary serves ${deployment.id}`;
    const after = await runner.run('verify stage', () => liveStage(session, restApiId, options.stage));
    if (after?.canarySettings?.deploymentId !== deployment.id) {
      throw new ApigwError(`verification failed: stage '${options.stage}' canary serves ${after?.canarySettings?.deploymentId ?? 'nothing'}, expected ${deployment.id}`, {
        exitCode: ExitCode.findings,
      });
    }
    result.canary = { deploymentId: deployment.id, percentTraffic: after?.canarySettings?.percentTraffic };
  } else {
    const deployment = await runner.run('create deployment (CreateDeployment)', () => session.send<Deployment>(new sdk.CreateDeploymentCommand({ restApiId, description })), (d) => d.id);
    result.deploymentId = deployment.id;
    if (stage) {
      const ops = [{ op: 'replace' as const, path: '/deploymentId', value: deployment.id }, ...plan.stageOps];
      await runner.run(`point stage '${options.stage}' at ${deployment.id} and apply settings (UpdateStage)`, () =>
        session.send<Stage>(new sdk.UpdateStageCommand({ restApiId, stageName: options.stage, patchOperations: ops })),
      );
    } else {
      const variables = { ...(stageConfig?.variables ?? {}), ...options.stageVariables };
      const created = await runner.run(`create stage '${options.stage}' (CreateStage)`, () =>
        session.send<Stage>(
          new sdk.CreateStageCommand({
            restApiId,
            stageName: options.stage,
            deploymentId: deployment.id,
            description: options.description ?? stageConfig?.description,
            variables: Object.keys(variables).length ? variables : undefined,
            tracingEnabled: stageConfig?.tracing,
            cacheClusterEnabled: stageConfig?.caching?.enabled,
            cacheClusterSize: stageConfig?.caching?.enabled && stageConfig.caching.size !== undefined ? (String(stageConfig.caching.size) as never) : undefined,
          }),
        ),
      );
      runner.servingNote = `stage '${options.stage}' was created on deployment ${deployment.id}`;
      const rest = stageSettingOps({ config: stageConfig, variables: options.stageVariables, description: options.description ?? stageConfig?.description }, created);
      if (rest.length) {
        await runner.run(`apply stage settings (UpdateStage, ${rest.length} operations)`, () =>
          session.send<Stage>(new sdk.UpdateStageCommand({ restApiId, stageName: options.stage, patchOperations: rest })),
        );
      }
    }
    const after = await runner.run('verify stage', () => liveStage(session, restApiId, options.stage));
    verifyStage(after, deployment.id!, { config: stageConfig, variables: options.stageVariables }, options.stage);
  }
  result.invokeUrl = invokeUrl(restApiId, region, options.stage);
  return result;
}

function checkCanaryPreconditions(options: DeployOptions, stage: Stage | undefined): void {
  if (options.canary && !stage) {
    throw new ApigwError(`--canary needs an existing stage: '${options.stage}' does not exist yet; deploy it once without --canary`, { exitCode: ExitCode.usage });
  }
  if (!options.canary && stage?.canarySettings) {
    // AWS refuses to move a stage's deployment while a canary is attached (reference §6.2).
    throw new ApigwError(
      `stage '${options.stage}' has an active canary (${stage.canarySettings.percentTraffic ?? 0}% on ${stage.canarySettings.deploymentId}): run 'apigw canary promote' or 'apigw canary rollback' first, or deploy with --canary to replace the canary`,
      { exitCode: ExitCode.usage },
    );
  }
}

function verifyStage(stage: Stage | undefined, deploymentId: string, desired: Parameters<typeof stageSettingOps>[0], name: string): void {
  if (stage?.deploymentId !== deploymentId) {
    throw new ApigwError(`verification failed: stage '${name}' serves ${stage?.deploymentId ?? 'nothing'}, expected ${deploymentId}`, { exitCode: ExitCode.findings });
  }
  const variables = { ...(desired.config?.variables ?? {}), ...(desired.variables ?? {}) };
  const wrong = Object.entries(variables).filter(([k, v]) => stage.variables?.[k] !== v).map(([k]) => k);
  if (wrong.length) {
    throw new ApigwError(`verification failed: stage '${name}' variables ${wrong.join(', ')} do not hold the deployed values`, { exitCode: ExitCode.findings });
  }
}

export function invokeUrl(restApiId: string, region: string | undefined, stage: string): string {
  const r = region ?? 'us-east-1';
  const suffix = r.startsWith('cn-') ? 'amazonaws.com.cn' : 'amazonaws.com';
  return `https://${restApiId}.execute-api.${r}.${suffix}/${stage}`;
}

export type { PreparedDocument, ProjectConfig };
