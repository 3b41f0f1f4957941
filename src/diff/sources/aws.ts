/**
 * `aws:API` (the API's working state, deployed or not) and `aws:API/STAGE` (what the stage
 * serves: the export of its deployment with API Gateway extensions, plus its stage settings).
 * REST APIs only: HTTP APIs live in the apigatewayv2 service.
 */
import type {
  Authorizer,
  GatewayResponse,
  Model,
  RequestValidator,
  Resource,
  RestApi,
  Stage,
} from '@aws-sdk/client-api-gateway';
import { ApigwError, ExitCode, InputError } from '../../core/errors.js';
import type { ApiGatewaySession } from '../../aws/client.js';
import { allPages } from '../../aws/pages.js';
import { modelFromOpenApi } from '../from-openapi.js';
import type { ApiModel, MethodSettingModel, StageModel } from '../model.js';
import { openApiFromState } from './aws-resources.js';

export interface AwsLoadResult {
  model: ApiModel;
  notes: string[];
  apiId: string;
}

/** Finds the API by id first, then by name (names are not unique: several matches are refused). */
export async function findRestApi(session: ApiGatewaySession, idOrName: string): Promise<RestApi> {
  const sdk = await import('@aws-sdk/client-api-gateway');
  const apis = await allPages<RestApi>(session, (position) => new sdk.GetRestApisCommand({ limit: 500, position }));
  const byId = apis.find((a) => a.id === idOrName);
  if (byId) return byId;
  const byName = apis.filter((a) => a.name === idOrName);
  if (byName.length === 1) return byName[0];
  const region = session.settings.region ?? 'the default region';
  if (byName.length > 1) {
    throw new ApigwError(
      `${byName.length} REST APIs are named '${idOrName}' (${byName.map((a) => a.id).join(', ')}); use aws:ID`,
      { exitCode: ExitCode.aws },
    );
  }
  throw new ApigwError(`no REST API with id or name '${idOrName}' in ${region}`, { exitCode: ExitCode.aws });
}

export async function loadApiState(session: ApiGatewaySession, api: RestApi): Promise<ApiModel> {
  const sdk = await import('@aws-sdk/client-api-gateway');
  const restApiId = api.id!;
  const [resources, authorizers, validators, gatewayResponses, models] = await Promise.all([
    allPages<Resource>(
      session,
      (position) => new sdk.GetResourcesCommand({ restApiId, embed: ['methods'], limit: 500, position }),
    ),
    allPages<Authorizer>(session, (position) => new sdk.GetAuthorizersCommand({ restApiId, limit: 500, position })),
    allPages<RequestValidator>(
      session,
      (position) => new sdk.GetRequestValidatorsCommand({ restApiId, limit: 500, position }),
    ),
    allPages<GatewayResponse>(
      session,
      (position) => new sdk.GetGatewayResponsesCommand({ restApiId, limit: 500, position }),
    ),
    allPages<Model>(session, (position) => new sdk.GetModelsCommand({ restApiId, limit: 500, position })),
  ]);
  const doc = openApiFromState({ api, resources, authorizers, validators, gatewayResponses, models });
  return modelFromOpenApi(doc, { type: 'rest', endpointType: endpointType(api) });
}

function endpointType(api: RestApi): string | undefined {
  return api.endpointConfiguration?.types?.[0];
}

export async function loadAwsSource(
  session: ApiGatewaySession,
  idOrName: string,
  stageName?: string,
): Promise<AwsLoadResult> {
  const api = await findRestApi(session, idOrName);
  if (!stageName) return { model: await loadApiState(session, api), notes: [], apiId: api.id! };

  const sdk = await import('@aws-sdk/client-api-gateway');
  let stage: Stage;
  try {
    stage = await session.send<Stage>(new sdk.GetStageCommand({ restApiId: api.id, stageName }));
  } catch (error) {
    if (error instanceof ApigwError && /NotFound/.test(error.message)) {
      throw new ApigwError(`REST API '${api.name}' (${api.id}) has no stage '${stageName}'`, {
        exitCode: ExitCode.aws,
        cause: error,
      });
    }
    throw error;
  }
  const notes: string[] = [];
  const exported = await exportStage(session, api.id!, stageName);
  let model: ApiModel;
  if (exported && hasIntegrations(exported)) {
    model = modelFromOpenApi(exported, { type: 'rest', endpointType: endpointType(api) });
    // GetExport carries neither the endpoint configuration nor the policy in every form: take them from the API.
    const live = modelFromOpenApi(
      openApiFromState({ api, resources: [], authorizers: [], validators: [], gatewayResponses: [], models: [] }),
      {
        type: 'rest',
        endpointType: endpointType(api),
      },
    );
    model.endpoint = live.endpoint;
    if (model.policy === undefined && live.policy !== undefined) model.policy = live.policy;
  } else {
    // moto's GetExport is a bare Swagger skeleton without extensions and moto keeps no per-deployment
    // snapshot, so the stage view falls back to the API's working state (said in the output).
    notes.push(
      `aws:${idOrName}/${stageName}: the export has no API Gateway extensions (emulator); the stage view uses the API's current resources`,
    );
    model = await loadApiState(session, api);
  }
  model.stage = stageModel(stage, stageName);
  return { model, notes, apiId: api.id! };
}

async function exportStage(session: ApiGatewaySession, restApiId: string, stageName: string): Promise<any | undefined> {
  const sdk = await import('@aws-sdk/client-api-gateway');
  // `apigateway` adds integrations and request validators, `authorizers` the authorizers (GetExport API reference).
  // An exporter that does not understand the combined value (LocalStack 4.13 answers it without any
  // extension) gets `apigateway` alone before the caller falls back to the API's working state.
  let last: any;
  for (const extensions of ['apigateway,authorizers', 'apigateway']) {
    try {
      const out = await session.send<{ body?: Uint8Array }>(
        new sdk.GetExportCommand({
          restApiId,
          stageName,
          exportType: 'oas30',
          accepts: 'application/json',
          parameters: { extensions },
        }),
      );
      const text = out.body ? new TextDecoder().decode(out.body) : '';
      last = text ? JSON.parse(text) : undefined;
      if (last && hasIntegrations(last)) return last;
    } catch (error) {
      if (error instanceof ApigwError && /BadRequest/.test(error.message) && extensions.includes(',')) continue;
      if (error instanceof SyntaxError)
        throw new ApigwError(`GetExport of stage '${stageName}' returned invalid JSON`, {
          exitCode: ExitCode.aws,
          cause: error,
        });
      throw error;
    }
  }
  return last;
}

function hasIntegrations(doc: any): boolean {
  const ops = Object.values<any>(doc?.paths ?? {}).flatMap((item) => Object.values<any>(item ?? {}));
  return ops.length === 0 || ops.some((op) => op && typeof op === 'object' && op['x-amazon-apigateway-integration']);
}

export function stageModel(stage: Stage, name: string): StageModel {
  const model: StageModel = {
    name: stage.stageName ?? name,
    variables: { ...(stage.variables ?? {}) },
    cacheClusterEnabled: stage.cacheClusterEnabled === true,
    tracingEnabled: stage.tracingEnabled === true,
    methodSettings: {},
  };
  if (stage.deploymentId) model.deploymentId = stage.deploymentId;
  if (stage.description) model.description = stage.description;
  if (model.cacheClusterEnabled && stage.cacheClusterSize) model.cacheClusterSize = String(stage.cacheClusterSize);
  for (const [key, s] of Object.entries(stage.methodSettings ?? {})) {
    const setting: MethodSettingModel = { throttling: {} };
    if (typeof s.throttlingRateLimit === 'number' && s.throttlingRateLimit >= 0)
      setting.throttling.rateLimit = s.throttlingRateLimit;
    if (typeof s.throttlingBurstLimit === 'number' && s.throttlingBurstLimit >= 0)
      setting.throttling.burstLimit = s.throttlingBurstLimit;
    if (s.cachingEnabled !== undefined) setting.cachingEnabled = s.cachingEnabled;
    if (s.cachingEnabled && typeof s.cacheTtlInSeconds === 'number') setting.cacheTtlInSeconds = s.cacheTtlInSeconds;
    if (s.loggingLevel) setting.loggingLevel = s.loggingLevel.toUpperCase();
    if (s.dataTraceEnabled !== undefined) setting.dataTraceEnabled = s.dataTraceEnabled;
    if (s.metricsEnabled !== undefined) setting.metricsEnabled = s.metricsEnabled;
    model.methodSettings[methodSettingKey(key)] = setting;
  }
  const c = stage.canarySettings;
  if (c) {
    model.canary = {
      percentTraffic: c.percentTraffic ?? 0,
      stageVariableOverrides: { ...(c.stageVariableOverrides ?? {}) },
      useStageCache: c.useStageCache === true,
    };
    if (c.deploymentId) model.canary.deploymentId = c.deploymentId;
  }
  return model;
}

/** AWS keys method settings as `*\/*` or `pets/GET` (the path without its leading slash, `~1` for `/` in patches). */
function methodSettingKey(key: string): string {
  if (key === '*/*') return key;
  const decoded = key.replace(/~1/g, '/');
  return decoded.startsWith('/') ? decoded : `/${decoded}`;
}

/** For `aws:API` vs `aws:API/STAGE`: a one-line verdict on whether the stage serves the working state. */
export function staleNote(stageName: string, undeployed: number): string {
  return undeployed === 0
    ? `stage ${stageName} is up to date with the API's working state`
    : `stage ${stageName} is stale: ${undeployed} change${undeployed === 1 ? '' : 's'} in the API not deployed to it`;
}

export function parseAwsRef(text: string): { api: string; stage?: string } {
  const body = text.slice('aws:'.length);
  const slash = body.indexOf('/');
  const api = slash < 0 ? body : body.slice(0, slash);
  const stage = slash < 0 ? undefined : body.slice(slash + 1);
  if (!api || stage === '') throw new InputError(`'${text}': expected aws:API or aws:API/STAGE (API by id or name)`);
  return { api, stage };
}
