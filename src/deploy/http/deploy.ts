/**
 * `apigw deploy` for HTTP APIs (service apigatewayv2).
 *
 * Calls, in order (API reference v2):
 *  - new API: ImportApi; where the endpoint has no ImportApi (moto), CreateApi then ReimportApi.
 *    The pushed body carries the selected name as `info.title` (the importer names the API after
 *    it); a name that still differs afterwards is re-applied with UpdateApi.
 *  - existing API: ReimportApi (`basepath`, `failOnWarnings`), which replaces routes, integrations
 *    and authorizers with the definition's.
 *  - stage with auto-deploy (the default for a stage apigw creates, as for `$default`): the import is
 *    the release; UpdateStage only for settings that differ.
 *  - stage without auto-deploy: CreateDeployment (no stage name, so nothing moves), then one
 *    UpdateStage that points the stage at it and carries the settings: until that call the stage
 *    serves what it served.
 * The import is refused when another stage auto-deploys: it would be released there too.
 */
import { dirname } from 'node:path';
import type { Api, Deployment, Stage } from '@aws-sdk/client-apigatewayv2';
import { listAll, openApiGatewayV2, type ApiGatewayV2Session } from '../../aws/client-v2.js';
import { listHttpApis, resolveHttpApi } from '../../aws/resolve-http-api.js';
import { controlPlaneBudget, guardedCall, type GuardedCall } from '../../aws/retry.js';
import { notAnswered } from '../../aws/unanswered.js';
import { ApigwError, ExitCode, InputError } from '../../core/errors.js';
import type { ProjectConfig } from '../../config/types.js';
import { substitute } from '../../diff/canonical.js';
import { compareModels } from '../../diff/compare.js';
import { modelFromOpenApi } from '../../diff/from-openapi.js';
import { emptyModel } from '../../diff/model.js';
import { httpApiModel } from '../../diff/sources/aws-http.js';
import type { DeployOptions, DeployResult } from '../deploy.js';
import type { PreparedDocument } from '../prepare.js';
import { bodyHash, formatProvenance, gitCommit, newRunId } from '../provenance.js';
import { describeServing } from '../stage-truth.js';
import { StepRunner } from '../steps.js';
import { findDeploymentByDescription, servesSameBody } from './deployments.js';
import { renderHttpPlan } from './plan.js';
import { stageModelOf, stageUpdate, targetStage, undeclaredVariables } from './stage-settings.js';

export async function deployHttp(
  options: DeployOptions,
  prepared: PreparedDocument,
  config?: ProjectConfig,
): Promise<DeployResult> {
  checkHttpOptions(options);
  const session = await openApiGatewayV2(options.aws, config?.data.api);
  const region = session.settings.region ?? (await session.client.config.region().catch(() => undefined));
  const selection = { apiId: options.apiId, apiName: options.apiName, config };
  if (!selection.apiId && !selection.apiName && !config?.data.api?.id && !config?.data.api?.name && options.create)
    selection.apiName = prepared.title;
  const api = await resolveHttpApi(session, selection, { allowMissing: Boolean(options.create) });
  const name = api?.Name ?? selection.apiName ?? config?.data.api?.name ?? prepared.title;
  const body = JSON.stringify({ ...prepared.document, info: { ...(prepared.document.info as object), title: name } });
  const basepath = options.basepath ?? config?.data.api?.basepath;

  const notes: string[] = [];
  const stages = api ? await listStages(session, api.ApiId!) : [];
  let stage = stages.find((s) => s.StageName === options.stage);
  const desired = {
    config: config?.data.stages?.[options.stage],
    variables: options.stageVariables,
    description: options.description,
  };
  const target = targetStage(options.stage, desired, stage);
  const before = api ? await httpApiModel(session, api, notes) : emptyModel('http');
  before.stage = stageModelOf(stage ?? { StageName: options.stage });
  const after = substitute(modelFromOpenApi(prepared.spec.resolved, { type: 'http' }), prepared.vars);
  after.stage = stageModelOf(target);
  // Without auto-deploy, a stage whose deployment was made from this very body needs no new one.
  const unchanged = Boolean(
    stage?.DeploymentId &&
    !stage.AutoDeploy &&
    target.AutoDeploy === false &&
    (await servesSameBody(session, api!.ApiId!, stage.DeploymentId, body)),
  );
  const alsoReleased = stages.filter((s) => s.AutoDeploy && s.StageName !== options.stage).map((s) => s.StageName!);
  const planLines = renderHttpPlan({
    api: api ? `HTTP API '${api.Name}' (${api.ApiId})` : `new HTTP API '${name}'`,
    stage: options.stage,
    changes: compareModels(before, after),
    routeCount: Object.keys(after.operations).length,
    stageExists: Boolean(stage),
    autoDeploy: target.AutoDeploy === true,
    currentDeploymentId: stage?.DeploymentId,
    unchanged,
    alsoReleased,
    undeclaredVariables: undeclaredVariables(stage, desired),
  });
  for (const note of notes) planLines.push(`  note: ${note}`);
  options.showPlan(planLines);

  const result: DeployResult = {
    ok: true,
    dryRun: options.dryRun,
    apiType: 'http',
    apiId: api?.ApiId,
    apiName: name,
    stage: options.stage,
    region,
    mode: 'overwrite',
    previousDeploymentId: stage?.DeploymentId,
    warnings: [...prepared.warnings],
    plan: planLines,
    steps: [],
  };
  if (options.dryRun) return result;
  if (alsoReleased.length) {
    throw new ApigwError(
      `the import would also be released to stage ${alsoReleased.map((s) => `'${s}'`).join(', ')} (auto-deploy on): deploy to that stage, or set autoDeploy: false for it in apigw.yaml and deploy it once; nothing was changed`,
      { exitCode: ExitCode.usage },
    );
  }
  if (!(await options.confirm(planLines)))
    throw new ApigwError('deploy aborted: nothing was changed', { exitCode: ExitCode.aborted });

  const sdk = await import('@aws-sdk/client-apigatewayv2');
  const runner = new StepRunner(options.progress);
  result.steps = runner.steps;
  const stageLabel = `stage '${options.stage}'`;
  runner.servingNote = stage
    ? `${stageLabel} still serves deployment ${stage.DeploymentId ?? '(none)'}`
    : `${stageLabel} was not created`;
  // Every changing call goes out once per attempt (no SDK retry): retried only when that cannot make a twin.
  const budget = controlPlaneBudget(session.settings);
  const guarded = async <T>(label: string, command: object, policy: Pick<GuardedCall<T>, 'idempotent' | 'lookup'>) =>
    (
      await guardedCall<T>({
        label,
        attempt: () => session.sendOnce<T>(command),
        budget,
        note: options.progress,
        ...policy,
      })
    ).value;
  let apiId = api?.ApiId ?? '';
  const truth = () => httpStageTruth(session, apiId, options.stage);

  // Turning auto-deploy off must come before the import, or the import is released on its way in.
  if (stage?.AutoDeploy && target.AutoDeploy === false) {
    await runner.runMoving(
      `turn auto-deploy off on ${stageLabel} (UpdateStage)`,
      () =>
        guarded<Stage>(
          'UpdateStage',
          new sdk.UpdateStageCommand({ ApiId: apiId, StageName: options.stage, AutoDeploy: false }),
          { idempotent: true },
        ),
      truth,
    );
  }
  let pushed: Api;
  if (api) {
    if (stage?.AutoDeploy && target.AutoDeploy) {
      runner.servingNote = `${stageLabel} auto-deploys: whether it serves the new definition is unknown (check with apigw diff FILE aws:${api.ApiId}/${options.stage})`;
    }
    pushed = await runner.run('push definition (ReimportApi)', () =>
      guarded<Api>(
        'ReimportApi',
        new sdk.ReimportApiCommand({
          ApiId: api.ApiId,
          Body: body,
          Basepath: basepath,
          FailOnWarnings: options.failOnWarnings,
        }),
        { idempotent: true },
      ),
    );
  } else {
    pushed = await createApi(
      session,
      runner,
      { guarded, budget, note: options.progress },
      { name, body, basepath, failOnWarnings: options.failOnWarnings },
    );
  }
  apiId = pushed.ApiId!;
  result.apiId = apiId;
  if (pushed.Name !== name) {
    pushed = await runner.run(`re-apply the name '${name}' (UpdateApi)`, () =>
      guarded<Api>('UpdateApi', new sdk.UpdateApiCommand({ ApiId: apiId, Name: name }), { idempotent: true }),
    );
  }
  result.apiName = pushed.Name ?? name;
  for (const w of pushed.Warnings ?? []) {
    result.warnings.push(`importer: ${w}`);
    options.progress(`warning: importer: ${w}`);
  }
  if (stage?.AutoDeploy && target.AutoDeploy)
    runner.servingNote = `${stageLabel} auto-deploys: it serves the imported definition`;

  // The stage is read again: the plan's copy predates the import, and an import must not be what
  // decides whether the stage exists (moto 5.2.5's ReimportApi deletes every stage; AWS keeps them).
  if (stage && !(await findStage(session, apiId, options.stage))) {
    const line = `${stageLabel} no longer exists after the import: creating it again with the planned settings`;
    result.warnings.push(line);
    options.progress(`warning: ${line}`);
    stage = undefined;
  }
  let deploymentId: string | undefined;
  if (target.AutoDeploy === false && !(unchanged && stage)) {
    const provenance = {
      stage: options.stage,
      body: bodyHash(body),
      commit: await gitCommit(dirname(prepared.spec.rootFile)),
      run: newRunId(),
    };
    const description = formatProvenance(provenance, options.description);
    const deployment = await runner.run(
      'create deployment (CreateDeployment)',
      () =>
        guarded<Deployment>(
          'CreateDeployment',
          new sdk.CreateDeploymentCommand({ ApiId: apiId, Description: description }),
          {
            lookup: () => findDeploymentByDescription(session, apiId, description),
          },
        ),
      (d) => d.DeploymentId,
    );
    deploymentId = deployment.DeploymentId;
    result.deploymentId = deploymentId;
  }
  const settings = stage ? stageUpdate(stage, target) : {};
  if (stage && (deploymentId || Object.keys(settings).length)) {
    const what = deploymentId
      ? `point ${stageLabel} at ${deploymentId}${Object.keys(settings).length ? ' and apply settings' : ''}`
      : `apply settings to ${stageLabel}`;
    await runner.runMoving(
      `${what} (UpdateStage)`,
      () =>
        guarded<Stage>(
          'UpdateStage',
          new sdk.UpdateStageCommand({
            ApiId: apiId,
            StageName: options.stage,
            DeploymentId: deploymentId,
            ...settings,
          }),
          { idempotent: true },
        ),
      truth,
    );
  } else if (!stage) {
    const create = new sdk.CreateStageCommand({
      ApiId: apiId,
      StageName: options.stage,
      AutoDeploy: target.AutoDeploy,
      DeploymentId: deploymentId,
      StageVariables: Object.keys(target.StageVariables ?? {}).length ? target.StageVariables : undefined,
      DefaultRouteSettings: target.DefaultRouteSettings,
      RouteSettings: Object.keys(target.RouteSettings ?? {}).length ? target.RouteSettings : undefined,
      AccessLogSettings: target.AccessLogSettings,
      Description: target.Description,
    });
    await runner.runMoving(
      `create ${stageLabel} (CreateStage${target.AutoDeploy ? ', auto-deploy' : ''})`,
      () => guarded<Stage>('CreateStage', create, { lookup: () => findStage(session, apiId, options.stage) }),
      truth,
    );
  }
  const live = await runner.run('verify stage', () =>
    session.send<Stage>(new sdk.GetStageCommand({ ApiId: apiId, StageName: options.stage })),
  );
  verifyStage(
    live,
    target,
    deploymentId ?? (target.AutoDeploy === false ? stage?.DeploymentId : undefined),
    options.stage,
  );
  if (!deploymentId && target.AutoDeploy === false) result.deploymentId = live.DeploymentId;
  result.invokeUrl = httpInvokeUrl(pushed, apiId, region, options.stage);
  return result;
}

/** HTTP APIs have no canary and no merge mode; --rest-api-id names the other kind. Checked before any call. */
export function checkHttpOptions(options: Pick<DeployOptions, 'canary' | 'restApiId' | 'mode'>): void {
  if (options.canary) {
    throw new InputError(
      '--canary: HTTP APIs have no canary deployments. Shift traffic with weighted API mappings on a custom domain (two stages or APIs behind one domain), or with a weighted Lambda alias (routing config) behind the integration',
    );
  }
  if (options.restApiId)
    throw new InputError(
      '--rest-api-id selects a REST API; this definition is an HTTP API: select it with --api-id or --api-name',
    );
  if (options.mode === 'merge')
    throw new InputError('--mode merge is for REST APIs: ReimportApi replaces the whole HTTP API with the definition');
}

async function findStage(session: ApiGatewayV2Session, apiId: string, stageName: string): Promise<Stage | undefined> {
  const { GetStageCommand } = await import('@aws-sdk/client-apigatewayv2');
  try {
    return await session.send<Stage>(new GetStageCommand({ ApiId: apiId, StageName: stageName }));
  } catch (error) {
    if (error instanceof ApigwError && /NotFoundException/.test(error.message)) return undefined;
    throw error;
  }
}

async function listStages(session: ApiGatewayV2Session, apiId: string): Promise<Stage[]> {
  const { GetStagesCommand } = await import('@aws-sdk/client-apigatewayv2');
  return listAll<Stage>(session, (NextToken) => new GetStagesCommand({ ApiId: apiId, MaxResults: '500', NextToken }));
}

interface CreateInput {
  name: string;
  body: string;
  basepath?: string;
  failOnWarnings: boolean;
}

interface Calls {
  guarded: <T>(label: string, command: object, policy: Pick<GuardedCall<T>, 'idempotent' | 'lookup'>) => Promise<T>;
  budget: GuardedCall<unknown>['budget'];
  note: (line: string) => void;
}

const UNAVAILABLE = Symbol('ImportApi not answered');

/**
 * ImportApi, without blind retries (a retry after a lost answer makes a second API): after a failure
 * without a usable answer the APIs with the name are looked up first. Where the endpoint has no
 * ImportApi at all (and nothing was created), CreateApi then ReimportApi.
 */
async function createApi(
  session: ApiGatewayV2Session,
  runner: StepRunner,
  calls: Calls,
  input: CreateInput,
): Promise<Api> {
  const { guarded } = calls;
  const sdk = await import('@aws-sdk/client-apigatewayv2');
  const named = async () => {
    const found = (await listHttpApis(session)).filter((a) => a.Name === input.name);
    if (found.length > 1)
      throw new ApigwError(
        `${found.length} HTTP APIs named '${input.name}' exist now (${found.map((a) => a.ApiId).join(', ')}); select one with --api-id`,
        { exitCode: ExitCode.aws },
      );
    return found[0];
  };
  const imported = await runner.run(
    'create API (ImportApi)',
    async () => {
      const command = new sdk.ImportApiCommand({
        Body: input.body,
        Basepath: input.basepath,
        FailOnWarnings: input.failOnWarnings,
      });
      // An answer that is no AWS answer (the endpoint lacks ImportApi) is not retried: look up, then fall back.
      const attempt = () =>
        session
          .sendOnce<Api>(command)
          .catch((error: unknown) => (notAnswered(error) ? UNAVAILABLE : Promise.reject(error)));
      const { value, recovered } = await guardedCall<Api | typeof UNAVAILABLE>({
        label: 'ImportApi',
        attempt,
        lookup: named,
        budget: calls.budget,
        note: calls.note,
      });
      return { api: value === UNAVAILABLE ? await named() : value, recovered };
    },
    ({ api }) => (api ? api.ApiId : 'ImportApi not available here: CreateApi + ReimportApi'),
  );
  const reimport = (apiId: string | undefined) =>
    guarded<Api>(
      'ReimportApi',
      new sdk.ReimportApiCommand({
        ApiId: apiId,
        Body: input.body,
        Basepath: input.basepath,
        FailOnWarnings: input.failOnWarnings,
      }),
      { idempotent: true },
    );
  if (imported.api && imported.recovered) {
    // The API exists, but nothing says the import finished: reimport the whole definition onto it
    // (idempotent) rather than deploy whatever part of it was applied.
    const apiId = imported.api.ApiId;
    return runner.run('push definition onto the API the lost import left (ReimportApi)', () => reimport(apiId));
  }
  if (imported.api) return imported.api;
  const created = await runner.run(
    'create API (CreateApi)',
    () =>
      guarded<Api>('CreateApi', new sdk.CreateApiCommand({ Name: input.name, ProtocolType: 'HTTP' }), {
        lookup: named,
      }),
    (a) => a.ApiId,
  );
  runner.servingNote = `HTTP API ${created.ApiId} was created without routes`;
  return runner.run('push definition (ReimportApi)', () => reimport(created.ApiId));
}

/** After a stage-moving call failed: what the stage serves, as read now (or that it may have moved). */
async function httpStageTruth(session: ApiGatewayV2Session, apiId: string, stageName: string): Promise<string> {
  const { GetStageCommand } = await import('@aws-sdk/client-apigatewayv2');
  try {
    const s = await session.sendOnce<Stage>(new GetStageCommand({ ApiId: apiId, StageName: stageName }));
    return `${describeServing(stageName, { deploymentId: s.DeploymentId })} (read after the failure)`;
  } catch (error) {
    if (/NotFoundException/.test(String((error as Error).message)))
      return `stage '${stageName}' does not exist (read after the failure)`;
    return `stage '${stageName}' may have moved: it could not be read after the failure`;
  }
}

function verifyStage(live: Stage, target: Stage, deploymentId: string | undefined, name: string): void {
  if (deploymentId && live.DeploymentId !== deploymentId) {
    throw new ApigwError(
      `verification failed: stage '${name}' serves ${live.DeploymentId ?? 'nothing'}, expected ${deploymentId}`,
      { exitCode: ExitCode.findings },
    );
  }
  const wrong = Object.entries(target.StageVariables ?? {})
    .filter(([k, v]) => live.StageVariables?.[k] !== v)
    .map(([k]) => k);
  if (wrong.length)
    throw new ApigwError(
      `verification failed: stage '${name}' variables ${wrong.join(', ')} do not hold the deployed values`,
      { exitCode: ExitCode.findings },
    );
}

/** `$default` is served at the API root; other stages under their name. */
export function httpInvokeUrl(api: Api, apiId: string, region: string | undefined, stage: string): string {
  const r = region ?? 'us-east-1';
  const base =
    api.ApiEndpoint ??
    `https://${apiId}.execute-api.${r}.${r.startsWith('cn-') ? 'amazonaws.com.cn' : 'amazonaws.com'}`;
  return stage === '$default' ? base : `${base}/${stage}`;
}
