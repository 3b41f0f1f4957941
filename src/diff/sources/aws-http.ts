/**
 * `aws:API` and `aws:API/STAGE` for HTTP APIs (service apigatewayv2). What a stage serves comes from
 * ExportApi with the stage name (OpenAPI 3.0 with API Gateway extensions, reference §6 "HTTP API
 * equivalent"); where ExportApi is not answered (moto has none) the model is built from the API's
 * routes, integrations and authorizers instead, and the output says so. Stage settings come from
 * GetStage in both cases.
 */
import type { Api, Authorizer, Integration, Route, Stage } from '@aws-sdk/client-apigatewayv2';
import { ApigwError, ExitCode } from '../../core/errors.js';
import { listAll, type ApiGatewayV2Session } from '../../aws/client-v2.js';
import { notAnswered } from '../../aws/unanswered.js';
import { modelFromOpenApi } from '../from-openapi.js';
import type { ApiModel, MethodSettingModel, StageModel } from '../model.js';

export interface HttpAwsLoad {
  model: ApiModel;
  notes: string[];
  apiId: string;
}

export interface HttpApiState {
  api: Api;
  routes: Route[];
  integrations: Integration[];
  authorizers: Authorizer[];
}

/** Routes, integrations and authorizers as the API holds them now (deployed or not). */
export async function readHttpApiState(
  session: ApiGatewayV2Session,
  api: Api,
  notes: string[] = [],
): Promise<HttpApiState> {
  const sdk = await import('@aws-sdk/client-apigatewayv2');
  const ApiId = api.ApiId!;
  const routes = await listAll<Route>(
    session,
    (NextToken) => new sdk.GetRoutesCommand({ ApiId, MaxResults: '500', NextToken }),
  );
  const integrations = await listAll<Integration>(
    session,
    (NextToken) => new sdk.GetIntegrationsCommand({ ApiId, MaxResults: '500', NextToken }),
  );
  let authorizers: Authorizer[] = [];
  try {
    authorizers = await listAll<Authorizer>(
      session,
      (NextToken) => new sdk.GetAuthorizersCommand({ ApiId, MaxResults: '500', NextToken }),
    );
  } catch (error) {
    if (!notAnswered(error)) throw error;
    notes.push(
      `aws:${api.Name ?? ApiId}: GetAuthorizers is not answered by this endpoint (emulator); authorizers are not compared`,
    );
  }
  return { api, routes, integrations, authorizers };
}

const X = 'x-amazon-apigateway-';

/** The OpenAPI 3.0 document (with API Gateway extensions) that ExportApi would give for this state. */
export function openApiFromHttpState(state: HttpApiState): any {
  const integrations = new Map(state.integrations.map((i) => [i.IntegrationId, i]));
  const authorizers = new Map(state.authorizers.map((a) => [a.AuthorizerId, a]));
  const schemes: Record<string, any> = {};
  const doc: any = {
    openapi: '3.0.1',
    info: { title: state.api.Name ?? '', version: state.api.Version ?? '' },
    paths: {},
    components: { securitySchemes: schemes },
  };
  for (const route of state.routes) {
    const key = route.RouteKey ?? '';
    const m = /^(\S+) (\/.*)$/.exec(key);
    const [method, path] = m ? [m[1], m[2]] : ['ANY', `/${key}`];
    const op: any = {};
    const target = /^integrations\/(.+)$/.exec(route.Target ?? '')?.[1];
    const integration = target ? integrations.get(target) : undefined;
    if (integration) op[`${X}integration`] = integrationExtension(integration);
    const type = route.AuthorizationType?.toUpperCase();
    if (type === 'AWS_IAM') {
      schemes.sigv4 ??= { type: 'apiKey', name: 'Authorization', in: 'header', [`${X}authtype`]: 'awsSigv4' };
      op.security = [{ sigv4: [] }];
    } else if ((type === 'JWT' || type === 'CUSTOM') && route.AuthorizerId) {
      const name = authorizers.get(route.AuthorizerId)?.Name ?? route.AuthorizerId;
      op.security = [{ [name]: route.AuthorizationScopes ?? [] }];
    }
    (doc.paths[path] ??= {})[method === 'ANY' ? `${X}any-method` : method.toLowerCase()] = op;
  }
  for (const a of state.authorizers) {
    if (!a.Name) continue;
    schemes[a.Name] = {
      type: 'apiKey',
      name: 'Authorization',
      in: 'header',
      [`${X}authorizer`]: {
        type: a.AuthorizerType === 'REQUEST' ? 'request' : a.AuthorizerType?.toLowerCase(),
        authorizerUri: a.AuthorizerUri,
        authorizerCredentials: a.AuthorizerCredentialsArn,
        identitySource: a.IdentitySource?.join(', '),
        authorizerResultTtlInSeconds: a.AuthorizerType === 'JWT' ? undefined : a.AuthorizerResultTtlInSeconds,
        authorizerPayloadFormatVersion: a.AuthorizerPayloadFormatVersion,
        enableSimpleResponses: a.EnableSimpleResponses,
        jwtConfiguration: a.JwtConfiguration
          ? { issuer: a.JwtConfiguration.Issuer, audience: a.JwtConfiguration.Audience }
          : undefined,
      },
    };
  }
  const cors = state.api.CorsConfiguration;
  if (cors) {
    doc[`${X}cors`] = {
      allowOrigins: cors.AllowOrigins,
      allowMethods: cors.AllowMethods,
      allowHeaders: cors.AllowHeaders,
      exposeHeaders: cors.ExposeHeaders,
      allowCredentials: cors.AllowCredentials,
      maxAge: cors.MaxAge,
    };
  }
  if (state.api.DisableExecuteApiEndpoint || state.api.IpAddressType) {
    doc.servers = [
      {
        url: '/',
        [`${X}endpoint-configuration`]: {
          disableExecuteApiEndpoint: state.api.DisableExecuteApiEndpoint === true,
          ipAddressType: state.api.IpAddressType,
        },
      },
    ];
  }
  return doc;
}

function integrationExtension(i: Integration): Record<string, unknown> {
  return {
    type: i.IntegrationType?.toLowerCase(),
    httpMethod: i.IntegrationMethod,
    uri: i.IntegrationUri,
    payloadFormatVersion: i.PayloadFormatVersion,
    timeoutInMillis: i.TimeoutInMillis,
    connectionType: i.ConnectionType,
    connectionId: i.ConnectionId,
    credentials: i.CredentialsArn,
    integrationSubtype: i.IntegrationSubtype,
    requestParameters: i.RequestParameters,
    tlsConfig: i.TlsConfig?.ServerNameToVerify ? { serverNameToVerify: i.TlsConfig.ServerNameToVerify } : undefined,
  };
}

export async function httpApiModel(session: ApiGatewayV2Session, api: Api, notes: string[] = []): Promise<ApiModel> {
  return modelFromOpenApi(openApiFromHttpState(await readHttpApiState(session, api, notes)), { type: 'http' });
}

/** ExportApi (OAS30, JSON, with extensions) of a stage, or undefined when the endpoint has no ExportApi. */
async function exportHttpApi(
  session: ApiGatewayV2Session,
  apiId: string,
  stageName?: string,
): Promise<any | undefined> {
  const sdk = await import('@aws-sdk/client-apigatewayv2');
  try {
    const out = await session.send<{ body?: Uint8Array }>(
      new sdk.ExportApiCommand({
        ApiId: apiId,
        Specification: 'OAS30',
        OutputType: 'JSON',
        IncludeExtensions: true,
        StageName: stageName,
      }),
    );
    const text = out.body ? new TextDecoder().decode(out.body) : '';
    return text ? JSON.parse(text) : undefined;
  } catch (error) {
    if (notAnswered(error)) return undefined;
    if (error instanceof SyntaxError)
      throw new ApigwError(`ExportApi of HTTP API ${apiId} returned invalid JSON`, {
        exitCode: ExitCode.aws,
        cause: error,
      });
    throw error;
  }
}

export async function loadHttpAwsSource(
  session: ApiGatewayV2Session,
  api: Api,
  stageName?: string,
): Promise<HttpAwsLoad> {
  const sdk = await import('@aws-sdk/client-apigatewayv2');
  const apiId = api.ApiId!;
  const label = `aws:${api.Name ?? apiId}${stageName ? `/${stageName}` : ''}`;
  const notes: string[] = [];
  let stage: Stage | undefined;
  if (stageName) {
    try {
      stage = await session.send<Stage>(new sdk.GetStageCommand({ ApiId: apiId, StageName: stageName }));
    } catch (error) {
      if (error instanceof ApigwError && /NotFound/.test(error.message)) {
        throw new ApigwError(`HTTP API '${api.Name}' (${apiId}) has no stage '${stageName}'`, {
          exitCode: ExitCode.aws,
          cause: error,
        });
      }
      throw error;
    }
  }
  const exported = await exportHttpApi(session, apiId, stageName);
  let model: ApiModel;
  if (exported) model = modelFromOpenApi(exported, { type: 'http' });
  else {
    notes.push(
      `${label}: ExportApi is not answered by this endpoint (emulator); the view is built from the API's current routes, integrations and authorizers`,
    );
    model = await httpApiModel(session, api, notes);
  }
  if (stage) model.stage = httpStageModel(stage, stageName!);
  return { model, notes, apiId };
}

export function httpStageModel(stage: Stage, name: string): StageModel {
  const model: StageModel = {
    name: stage.StageName ?? name,
    variables: { ...(stage.StageVariables ?? {}) },
    cacheClusterEnabled: false,
    tracingEnabled: false,
    methodSettings: {},
    autoDeploy: stage.AutoDeploy === true,
  };
  if (stage.DeploymentId) model.deploymentId = stage.DeploymentId;
  if (stage.Description) model.description = stage.Description;
  if (stage.AccessLogSettings?.DestinationArn || stage.AccessLogSettings?.Format) {
    model.accessLog = {
      destinationArn: stage.AccessLogSettings.DestinationArn,
      format: stage.AccessLogSettings.Format,
    };
  }
  const routeSetting = (s: NonNullable<Stage['DefaultRouteSettings']>): MethodSettingModel => {
    const out: MethodSettingModel = { throttling: {} };
    if (typeof s.ThrottlingRateLimit === 'number') out.throttling.rateLimit = s.ThrottlingRateLimit;
    if (typeof s.ThrottlingBurstLimit === 'number') out.throttling.burstLimit = s.ThrottlingBurstLimit;
    if (s.DetailedMetricsEnabled) out.metricsEnabled = true;
    return out;
  };
  const stageDefault = stage.DefaultRouteSettings ? routeSetting(stage.DefaultRouteSettings) : undefined;
  if (stageDefault && !isEmptySetting(stageDefault)) model.methodSettings['*/*'] = stageDefault;
  for (const [key, s] of Object.entries(stage.RouteSettings ?? {})) {
    const setting = routeSetting(s);
    if (!isEmptySetting(setting)) model.methodSettings[key] = setting;
  }
  return model;
}

function isEmptySetting(s: MethodSettingModel): boolean {
  return s.throttling.rateLimit === undefined && s.throttling.burstLimit === undefined && !s.metricsEnabled;
}
