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
import { dirname } from 'node:path';
import { openApiGateway, type ApiGatewaySession, type AwsClientOptions } from '../aws/client.js';
import { listRestApis, resolveRestApi } from '../aws/resolve-api.js';
import { controlPlaneBudget, guardedCall, type GuardedCall } from '../aws/retry.js';
import { ApigwError, ExitCode, InputError } from '../core/errors.js';
import { loadProjectConfig } from '../config/load.js';
import type { ProjectConfig, StageConfig } from '../config/types.js';
import type { ReadLimits } from '../definition/types.js';
import { undeclaredStageSettings } from './convergence.js';
import { liveStage } from './live.js';
import { definitionChanges, renderPlan, type DeployPlan } from './plan.js';
import { prepareDocument, type PreparedDocument } from './prepare.js';
import { bodyHash, formatProvenance, gitCommit, newRunId, parseProvenance, type Provenance } from './provenance.js';
import { stageSettingOps } from './stage-settings.js';
import { stageTruth } from './stage-truth.js';
import { applyUsagePlans, planUsagePlans, renderUsagePlans } from './usage-plans.js';
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
  /** Ignore apigw.yaml `stages.<stage>.canary` (--no-canary). */
  noCanary?: boolean;
  /** Remove live stage settings apigw.yaml does not declare (variables, method settings, tracing, cache cluster). */
  prune?: boolean;
  /** Skip the deploy when the stage already serves this body with these settings (default on). */
  skipUnchanged?: boolean;
  vars: Record<string, string>;
  dryRun: boolean;
  lint: boolean;
  aws: AwsClientOptions;
  /** Asked after the plan is shown; false aborts (exit 5). */
  confirm(planLines: string[]): Promise<boolean>;
  progress: Progress;
  /** Where plan lines go (stdout in text mode). */
  showPlan(lines: string[]): void;
  /** `--root` folders (absolute) the definition's `$ref`s may read too. */
  roots?: string[];
  /** --max-file-size, --max-depth, --max-aliases. */
  limits?: ReadLimits;
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
  /** What the deployment description records (docs/deploy.md "Provenance"). */
  provenance?: Provenance;
  /** True when nothing was deployed because the stage already serves this body and settings. */
  unchanged?: boolean;
  /** apigw.yaml usage plans after the deploy (ids; key values are never read). */
  usagePlans?: Array<{ name: string; id: string; action: string }>;
  canary?: { deploymentId?: string; percentTraffic?: number };
  invokeUrl?: string;
  warnings: string[];
  plan: string[];
  /** The definition's changes against what the stage serves (apigw diff's Change objects, redacted). */
  changes?: import('../diff/change.js').Change[];
  steps: StepRecord[];
}

export async function deploy(options: DeployOptions): Promise<DeployResult> {
  const config = await loadProjectConfig(options.configPath, options.cwd);
  const specFile = options.specFile ?? config?.specFiles[0];
  if (!specFile) throw new InputError('no definition given: pass the spec file or set `spec` in apigw.yaml');
  const stageConfig = config?.data.stages?.[options.stage];
  if (options.canary && Object.keys(options.stageVariables).length) {
    // A canary deploy leaves the stage's own settings alone (they would reach 100 % of traffic).
    throw new ApigwError(
      '--stage-variable changes the whole stage and is not applied by a canary deploy: use --canary-stage-variable for canary traffic, or deploy without --canary',
      {
        exitCode: ExitCode.usage,
      },
    );
  }

  const session = await openApiGateway(options.aws, config?.data.api);
  const region = session.settings.region ?? (await session.client.config.region().catch(() => undefined));
  const prepared = await prepareDocument(specFile, {
    config,
    vars: options.vars,
    region,
    lint: options.lint,
    failOnWarnings: options.failOnWarnings,
    progress: options.progress,
    apiType: options.apiType,
    roots: options.roots,
    limits: options.limits,
  });
  if (prepared.type === 'http') {
    const { deployHttp } = await import('./http/deploy.js');
    return deployHttp(options, prepared, config);
  }

  const selection = { restApiId: options.restApiId ?? options.apiId, apiName: options.apiName, config };
  if (
    !selection.restApiId &&
    !selection.apiName &&
    !config?.data.api?.id &&
    !config?.data.api?.name &&
    options.create
  ) {
    selection.apiName = prepared.title;
  }
  const api = await resolveRestApi(session, selection, { allowMissing: Boolean(options.create) });
  if (!api && selection.restApiId)
    throw new ApigwError(`REST API '${selection.restApiId}' not found`, { exitCode: ExitCode.aws });
  const apiName = apiNameFor(selection, api, prepared.title);
  const body = withTitle(prepared, apiName);

  const stage = api?.id ? await liveStage(session, api.id, options.stage) : undefined;
  const canary = options.canary ?? (options.noCanary || !stage ? undefined : canaryFromConfig(stageConfig?.canary));
  checkCanaryPreconditions({ ...options, canary }, stage);
  const variables = stageVariablesFor(stageConfig, options.stageVariables);
  const provenance: Provenance = {
    stage: options.stage,
    body: bodyHash(body),
    commit: await gitCommit(dirname(prepared.spec.rootFile)),
    run: newRunId(),
  };
  const description = formatProvenance(provenance, options.description);
  const undeclared = undeclaredStageSettings(stageConfig, options.stageVariables, stage);
  const settingOps = canary
    ? []
    : stageSettingOps(
        { config: stageConfig, variables: options.stageVariables, description: options.description },
        stage,
      );
  const plan: DeployPlan = {
    mode: options.mode,
    apiExists: Boolean(api),
    ...(await definitionChanges(session, api, stage, options.stage, JSON.parse(body), config?.data.api?.endpointType)),
    stageExists: Boolean(stage),
    currentDeploymentId: stage?.deploymentId,
    canary,
    stageOps: [...settingOps, ...(options.prune && !canary ? undeclared.map((u) => u.op) : [])],
    undeclared,
    prune: Boolean(options.prune),
  };
  const served =
    stage?.deploymentId && api?.id ? await servedProvenance(session, api.id, stage.deploymentId) : undefined;
  const unchangedStage = Boolean(
    options.skipUnchanged &&
    !canary &&
    stage &&
    !stage.canarySettings &&
    served?.body === provenance.body &&
    plan.stageOps.length === 0,
  );
  plan.unchanged = unchangedStage;
  const existingStages = new Set(api?.id ? await stageNames(session, api.id) : []);
  const usagePlans = await planUsagePlans(
    session,
    config?.data.usagePlans ?? [],
    api?.id,
    existingStages,
    options.stage,
    Boolean(options.prune),
  );
  const usagePlansChange = usagePlans.some((u) => u.action !== 'unchanged' && u.action !== 'undeclared');
  const apiLabel = api ? `API '${api.name}' (${api.id})` : `new API '${apiName}'`;
  const planLines = [...renderPlan(plan, { api: apiLabel, stage: options.stage }), ...renderUsagePlans(usagePlans)];
  if (prepared.title !== apiName)
    planLines.push(
      `  name: the pushed definition's info.title '${prepared.title}' is replaced by the API name '${apiName}' (PutRestApi would rename the API to its title)`,
    );
  const unchanged = unchangedStage && !usagePlansChange;
  if (unchangedStage)
    planLines.push(
      `  unchanged: stage '${options.stage}' already serves this definition (deployment ${stage!.deploymentId}, body ${provenance.body}) with these settings: no new deployment (--no-skip-unchanged deploys anyway)`,
    );
  else planLines.push(`  deployment description: ${description}`);
  options.showPlan(planLines);

  const result: DeployResult = {
    ok: true,
    dryRun: options.dryRun,
    restApiId: api?.id,
    apiName,
    stage: options.stage,
    region,
    mode: options.mode,
    previousDeploymentId: stage?.deploymentId,
    provenance,
    warnings: [...prepared.warnings],
    plan: planLines,
    changes: plan.changes,
    steps: [],
  };
  if (unchangedStage) {
    result.unchanged = true;
    result.deploymentId = stage!.deploymentId;
    result.invokeUrl = invokeUrl(api!.id!, region, options.stage);
  }
  if (unchanged || options.dryRun) return result;
  if (!(await options.confirm(planLines)))
    throw new ApigwError('deploy aborted: nothing was changed', { exitCode: ExitCode.aborted });

  const runner = new StepRunner(options.progress);
  result.steps = runner.steps;
  runner.servingNote = stage
    ? `stage '${options.stage}' still serves deployment ${stage.deploymentId}`
    : `stage '${options.stage}' was not created`;
  const sdk = await import('@aws-sdk/client-api-gateway');
  const budget = controlPlaneBudget(session.settings);
  const guarded = async <T>(label: string, command: object, policy: Pick<GuardedCall<T>, 'lookup' | 'idempotent'>) =>
    (
      await guardedCall<T>({
        label,
        attempt: () => session.sendOnce<T>(command),
        budget,
        note: options.progress,
        ...policy,
      })
    ).value;
  const bytes = new TextEncoder().encode(body);
  const syncUsagePlans = async (restApiId: string) => {
    if (!usagePlans.length) return;
    result.usagePlans = await runner.run(`usage plans (${usagePlans.map((u) => u.name).join(', ')})`, async () => {
      // Planned against the API as it was; a new API's id and stage are known only now.
      const fresh = api?.id
        ? usagePlans
        : await planUsagePlans(
            session,
            config?.data.usagePlans ?? [],
            restApiId,
            new Set([options.stage]),
            options.stage,
            Boolean(options.prune),
          );
      return applyUsagePlans(session, restApiId, fresh, guarded);
    });
  };
  if (unchangedStage) {
    // Only the usage plans differ: the stage keeps its deployment.
    await syncUsagePlans(api!.id!);
    return result;
  }

  let restApi: RestApi;
  if (api?.id) {
    restApi = await runner.run(`push definition (PutRestApi, mode ${options.mode})`, () =>
      guarded<RestApi>(
        'PutRestApi',
        new sdk.PutRestApiCommand({
          restApiId: api.id!,
          mode: options.mode,
          failOnWarnings: options.failOnWarnings,
          body: bytes,
        }),
        { idempotent: true },
      ),
    );
  } else {
    const endpointType = config?.data.api?.endpointType;
    const command = new sdk.ImportRestApiCommand({
      failOnWarnings: options.failOnWarnings,
      body: bytes,
      parameters: endpointType ? { endpointConfigurationTypes: endpointType } : undefined,
    });
    const imported = await runner.run(
      'create API (ImportRestApi)',
      () =>
        guardedCall<RestApi>({
          label: 'ImportRestApi',
          attempt: () => session.sendOnce<RestApi>(command),
          budget,
          note: options.progress,
          // The name matched no API before the call (resolveRestApi): one named so now is ours.
          lookup: () => createdApi(session, apiName),
        }),
      (r) => r.value.id,
    );
    restApi = imported.value;
    if (imported.recovered) {
      // The API exists, but nothing says the import finished: push the whole definition onto it
      // (PutRestApi overwrite is idempotent) rather than deploy whatever part of it was applied.
      restApi = await runner.run('push definition onto the API the lost import left (PutRestApi, mode overwrite)', () =>
        guarded<RestApi>(
          'PutRestApi',
          new sdk.PutRestApiCommand({
            restApiId: restApi.id!,
            mode: 'overwrite',
            failOnWarnings: options.failOnWarnings,
            body: bytes,
          }),
          { idempotent: true },
        ),
      );
    }
  }
  const restApiId = restApi.id!;
  result.restApiId = restApiId;
  for (const w of restApi.warnings ?? []) {
    result.warnings.push(`importer: ${w}`);
    options.progress(`warning: importer: ${w}`);
  }
  if (restApi.name !== apiName) {
    // As terraform-provider-aws does (#7161, #10766): the API keeps the name apigw finds it by.
    restApi = await runner.run(`keep the API name '${apiName}' (UpdateRestApi)`, () =>
      guarded<RestApi>(
        'UpdateRestApi',
        new sdk.UpdateRestApiCommand({
          restApiId,
          patchOperations: [{ op: 'replace', path: '/name', value: apiName }],
        }),
        { idempotent: true },
      ),
    );
  }
  result.apiName = restApi.name ?? apiName;

  const findDeployment = () => deploymentByDescription(session, restApiId, description);
  const truth = () => stageTruth(session, restApiId, options.stage);
  if (canary) {
    const deployment = await runner.runMoving(
      `create canary deployment on '${options.stage}' (${canary.percent}%)`,
      () =>
        guarded<Deployment>(
          'CreateDeployment',
          new sdk.CreateDeploymentCommand({
            restApiId,
            stageName: options.stage,
            description,
            canarySettings: {
              percentTraffic: canary.percent,
              stageVariableOverrides: canary.overrides,
              useStageCache: canary.useStageCache,
            },
          }),
          { lookup: findDeployment },
        ),
      truth,
      (d) => d.id,
    );
    result.deploymentId = deployment.id;
    runner.servingNote = `stage '${options.stage}' serves deployment ${stage!.deploymentId}; the canary serves ${deployment.id}`;
    const after = await runner.run('verify stage', () => liveStage(session, restApiId, options.stage));
    verifyCanary(
      after,
      {
        stageDeploymentId: stage!.deploymentId,
        canaryDeploymentId: deployment.id!,
        percent: canary.percent,
        before: stage!,
      },
      options.stage,
    );
    result.canary = { deploymentId: deployment.id, percentTraffic: after?.canarySettings?.percentTraffic };
  } else {
    const deployment = await runner.run(
      'create deployment (CreateDeployment)',
      () =>
        guarded<Deployment>('CreateDeployment', new sdk.CreateDeploymentCommand({ restApiId, description }), {
          lookup: findDeployment,
        }),
      (d) => d.id,
    );
    result.deploymentId = deployment.id;
    if (stage) {
      const ops = [{ op: 'replace' as const, path: '/deploymentId', value: deployment.id }, ...plan.stageOps];
      await runner.runMoving(
        `point stage '${options.stage}' at ${deployment.id} and apply settings (UpdateStage)`,
        () =>
          guarded<Stage>(
            'UpdateStage',
            new sdk.UpdateStageCommand({ restApiId, stageName: options.stage, patchOperations: ops }),
            { idempotent: true },
          ),
        truth,
      );
    } else {
      const created = await runner.runMoving(
        `create stage '${options.stage}' (CreateStage)`,
        () =>
          guarded<Stage>(
            'CreateStage',
            new sdk.CreateStageCommand({
              restApiId,
              stageName: options.stage,
              deploymentId: deployment.id,
              description: options.description ?? stageConfig?.description,
              variables: Object.keys(variables).length ? variables : undefined,
              tracingEnabled: stageConfig?.tracing,
              cacheClusterEnabled: stageConfig?.caching?.enabled,
              cacheClusterSize:
                stageConfig?.caching?.enabled && stageConfig.caching.size !== undefined
                  ? (String(stageConfig.caching.size) as never)
                  : undefined,
            }),
            {
              lookup: async () =>
                (await liveStage(session, restApiId, options.stage))?.deploymentId === deployment.id
                  ? liveStage(session, restApiId, options.stage)
                  : undefined,
            },
          ),
        truth,
      );
      runner.servingNote = `stage '${options.stage}' was created on deployment ${deployment.id}`;
      const rest = stageSettingOps(
        {
          config: stageConfig,
          variables: options.stageVariables,
          description: options.description ?? stageConfig?.description,
        },
        created,
      );
      if (rest.length) {
        await runner.runMoving(
          `apply stage settings (UpdateStage, ${rest.length} operations)`,
          () =>
            guarded<Stage>(
              'UpdateStage',
              new sdk.UpdateStageCommand({ restApiId, stageName: options.stage, patchOperations: rest }),
              { idempotent: true },
            ),
          truth,
        );
      }
    }
    const after = await runner.run('verify stage', () => liveStage(session, restApiId, options.stage));
    verifyStage(after, deployment.id!, variables, options.stage);
  }
  await syncUsagePlans(restApiId);
  result.invokeUrl = invokeUrl(restApiId, region, options.stage);
  return result;
}

async function stageNames(session: ApiGatewaySession, restApiId: string): Promise<string[]> {
  const { GetStagesCommand } = await import('@aws-sdk/client-api-gateway');
  const out = await session.send<{ item?: Stage[] }>(new GetStagesCommand({ restApiId }));
  return (out.item ?? []).map((s) => s.stageName!).filter(Boolean);
}

/**
 * The name the API must carry: --api-name / apigw.yaml api.name, else the existing API's name
 * (selected by id), else the definition's title (a new API).
 */
function apiNameFor(
  selection: { apiName?: string; config?: ProjectConfig },
  api: RestApi | undefined,
  title: string,
): string {
  return selection.apiName ?? selection.config?.data.api?.name ?? api?.name ?? title;
}

/** The body with info.title set to the API name: PutRestApi and ImportRestApi name the API after it. */
function withTitle(prepared: PreparedDocument, name: string): string {
  if (prepared.title === name) return prepared.body;
  const doc = prepared.document as { info?: Record<string, unknown> };
  return JSON.stringify({ ...doc, info: { ...(doc.info ?? {}), title: name } });
}

/** Stage variables as API Gateway types them: strings (apigw.yaml may hold numbers and booleans). */
export function stageVariablesFor(
  config: StageConfig | undefined,
  flags: Record<string, string>,
): Record<string, string> {
  const all: Record<string, unknown> = { ...(config?.variables ?? {}), ...flags };
  return Object.fromEntries(Object.entries(all).map(([k, v]) => [k, String(v)]));
}

function canaryFromConfig(c: StageConfig['canary']): CanaryRequest | undefined {
  if (!c || c.percent === undefined) return undefined;
  return {
    percent: c.percent,
    overrides: Object.fromEntries(Object.entries(c.variables ?? {}).map(([k, v]) => [k, String(v)])),
    useStageCache: Boolean(c.useStageCache),
  };
}

async function servedProvenance(
  session: ApiGatewaySession,
  restApiId: string,
  deploymentId: string,
): Promise<Provenance | undefined> {
  const { GetDeploymentCommand } = await import('@aws-sdk/client-api-gateway');
  const d = await session.send<Deployment>(new GetDeploymentCommand({ restApiId, deploymentId }));
  return parseProvenance(d.description);
}

async function deploymentByDescription(
  session: ApiGatewaySession,
  restApiId: string,
  description: string,
): Promise<Deployment | undefined> {
  const { listDeployments } = await import('./rollback.js');
  const row = (await listDeployments(session, restApiId)).find((d) => d.description === description);
  return row ? { id: row.id, description: row.description } : undefined;
}

async function createdApi(session: ApiGatewaySession, name: string): Promise<RestApi | undefined> {
  const named = (await listRestApis(session)).filter((a) => a.name === name);
  if (named.length > 1) {
    throw new ApigwError(
      `the import answer was lost and ${named.length} REST APIs named '${name}' now exist (${named.map((a) => a.id).join(', ')}): delete the extra one(s)`,
      {
        exitCode: ExitCode.aws,
      },
    );
  }
  return named[0];
}

function checkCanaryPreconditions(options: DeployOptions, stage: Stage | undefined): void {
  if (options.canary && !stage) {
    throw new ApigwError(
      `--canary needs an existing stage: '${options.stage}' does not exist yet; deploy it once without --canary`,
      { exitCode: ExitCode.usage },
    );
  }
  if (!options.canary && stage?.canarySettings) {
    // AWS refuses to move a stage's deployment while a canary is attached (reference §6.2).
    throw new ApigwError(
      `stage '${options.stage}' has an active canary (${stage.canarySettings.percentTraffic ?? 0}% on ${stage.canarySettings.deploymentId}): run 'apigw canary promote' or 'apigw canary rollback' first, or deploy with --canary to replace the canary`,
      { exitCode: ExitCode.usage },
    );
  }
}

function verifyStage(
  stage: Stage | undefined,
  deploymentId: string,
  variables: Record<string, string>,
  name: string,
): void {
  if (stage?.deploymentId !== deploymentId) {
    throw new ApigwError(
      `verification failed: stage '${name}' serves ${stage?.deploymentId ?? 'nothing'}, expected ${deploymentId}`,
      { exitCode: ExitCode.findings },
    );
  }
  const wrong = Object.entries(variables)
    .filter(([k, v]) => stage.variables?.[k] !== v)
    .map(([k]) => k);
  if (wrong.length) {
    throw new ApigwError(
      `verification failed: stage '${name}' variables ${wrong.join(', ')} do not hold the deployed values`,
      { exitCode: ExitCode.findings },
    );
  }
}

/** A canary deploy must move only the canary: the stage keeps its deployment and settings. */
function verifyCanary(
  after: Stage | undefined,
  expected: { stageDeploymentId?: string; canaryDeploymentId: string; percent: number; before: Stage },
  name: string,
): void {
  const problems: string[] = [];
  if (after?.canarySettings?.deploymentId !== expected.canaryDeploymentId)
    problems.push(
      `its canary serves ${after?.canarySettings?.deploymentId ?? 'nothing'}, expected ${expected.canaryDeploymentId}`,
    );
  else if (Number(after.canarySettings.percentTraffic ?? 0) !== expected.percent)
    problems.push(`its canary takes ${after.canarySettings.percentTraffic ?? 0}%, expected ${expected.percent}%`);
  if (after?.deploymentId !== expected.stageDeploymentId)
    problems.push(
      `the stage itself serves ${after?.deploymentId ?? 'nothing'}, expected it to keep ${expected.stageDeploymentId}`,
    );
  const settings = (s: Stage | undefined) =>
    JSON.stringify([
      s?.variables ?? {},
      s?.methodSettings ?? {},
      Boolean(s?.tracingEnabled),
      Boolean(s?.cacheClusterEnabled),
    ]);
  if (settings(after) !== settings(expected.before)) problems.push("the stage's own settings changed");
  if (problems.length)
    throw new ApigwError(`verification failed: stage '${name}': ${problems.join('; ')}`, {
      exitCode: ExitCode.findings,
    });
}

export function invokeUrl(restApiId: string, region: string | undefined, stage: string): string {
  const r = region ?? 'us-east-1';
  const suffix = r.startsWith('cn-') ? 'amazonaws.com.cn' : 'amazonaws.com';
  return `https://${restApiId}.execute-api.${r}.${suffix}/${stage}`;
}

export type { PreparedDocument, ProjectConfig };
