/**
 * apigw.yaml stage settings for an HTTP API stage, as CreateStage / UpdateStage (apigatewayv2) take
 * them: `StageVariables` (strings), `AutoDeploy`, `DefaultRouteSettings` and per-route
 * `RouteSettings` (throttling rate/burst, detailed metrics), `AccessLogSettings`, `Description`
 * (API reference v2: Stage, RouteSettings, AccessLogSettings).
 *
 * apigw.yaml → API: `throttling` and `detailedMetrics` are the default route settings,
 * `routeSettings.{routeKey}` one route's, `accessLog.{destination,format}` the access log.
 * Settings apigw.yaml does not declare are kept as the stage has them (listed in the plan).
 *
 * UpdateStage merges `StageVariables` and `RouteSettings` by key (a variable is removed by sending
 * "", route settings with DeleteRouteSettings), which is how terraform-provider-aws's apigatewayv2
 * stage updates them; so only changed keys are sent.
 */
import type { AccessLogSettings, RouteSettings, Stage } from '@aws-sdk/client-apigatewayv2';
import type { RouteSettingConfig, StageConfig, ThrottleConfig } from '../../config/types.js';
import { httpStageModel } from '../../diff/sources/aws-http.js';
import type { StageModel } from '../../diff/model.js';

export interface DesiredHttpStage {
  config?: StageConfig;
  /** --stage-variable values, applied over apigw.yaml's. */
  variables: Record<string, string>;
  description?: string;
}

/** What the stage should look like afterwards, as the GetStage answer would show it. */
export function targetStage(name: string, desired: DesiredHttpStage, current?: Stage): Stage {
  const config = desired.config ?? {};
  const variables: Record<string, string> = { ...(current?.StageVariables ?? {}) };
  for (const [k, v] of Object.entries(config.variables ?? {})) variables[k] = String(v);
  Object.assign(variables, desired.variables);
  const routeSettings: Record<string, RouteSettings> = { ...(current?.RouteSettings ?? {}) };
  for (const [key, s] of Object.entries(config.routeSettings ?? {}))
    routeSettings[key] = withSetting(routeSettings[key], s);
  const stage: Stage = {
    StageName: name,
    AutoDeploy: config.autoDeploy ?? current?.AutoDeploy ?? true,
    StageVariables: variables,
    DefaultRouteSettings: withSetting(current?.DefaultRouteSettings, {
      throttling: config.throttling,
      detailedMetrics: config.detailedMetrics,
    }),
    RouteSettings: routeSettings,
    Description: desired.description ?? config.description ?? current?.Description,
    DeploymentId: current?.DeploymentId,
  };
  const log = config.accessLog
    ? { DestinationArn: config.accessLog.destination, Format: config.accessLog.format }
    : current?.AccessLogSettings;
  if (log) stage.AccessLogSettings = log;
  return stage;
}

function withSetting(current: RouteSettings | undefined, s: RouteSettingConfig): RouteSettings {
  const out: RouteSettings = { ...(current ?? {}) };
  const t: ThrottleConfig = s.throttling ?? {};
  if (t.rateLimit !== undefined) out.ThrottlingRateLimit = t.rateLimit;
  if (t.burstLimit !== undefined) out.ThrottlingBurstLimit = t.burstLimit;
  if (s.detailedMetrics !== undefined) out.DetailedMetricsEnabled = s.detailedMetrics;
  return out;
}

export function stageModelOf(stage: Stage): StageModel {
  return httpStageModel(stage, stage.StageName ?? '');
}

/** The UpdateStage fields that differ between `current` and `target` (empty when the stage is already there). */
export function stageUpdate(current: Stage, target: Stage): Partial<Stage> {
  const update: Partial<Stage> = {};
  if (Boolean(current.AutoDeploy) !== Boolean(target.AutoDeploy)) update.AutoDeploy = target.AutoDeploy;
  const variables: Record<string, string> = {};
  for (const [k, v] of Object.entries(target.StageVariables ?? {}))
    if (current.StageVariables?.[k] !== v) variables[k] = v;
  if (Object.keys(variables).length) update.StageVariables = variables;
  if (!sameSetting(current.DefaultRouteSettings, target.DefaultRouteSettings))
    update.DefaultRouteSettings = target.DefaultRouteSettings;
  const routes: Record<string, RouteSettings> = {};
  for (const [k, s] of Object.entries(target.RouteSettings ?? {}))
    if (!sameSetting(current.RouteSettings?.[k], s)) routes[k] = s;
  if (Object.keys(routes).length) update.RouteSettings = routes;
  if (!sameLog(current.AccessLogSettings, target.AccessLogSettings))
    update.AccessLogSettings = target.AccessLogSettings;
  if (target.Description !== undefined && current.Description !== target.Description)
    update.Description = target.Description;
  return update;
}

function sameSetting(a: RouteSettings | undefined, b: RouteSettings | undefined): boolean {
  return (
    a?.ThrottlingRateLimit === b?.ThrottlingRateLimit &&
    a?.ThrottlingBurstLimit === b?.ThrottlingBurstLimit &&
    Boolean(a?.DetailedMetricsEnabled) === Boolean(b?.DetailedMetricsEnabled)
  );
}

function sameLog(a: AccessLogSettings | undefined, b: AccessLogSettings | undefined): boolean {
  return a?.DestinationArn === b?.DestinationArn && a?.Format === b?.Format;
}

/** Names of stage variables the stage has and apigw.yaml / --stage-variable do not mention (kept). */
export function undeclaredVariables(current: Stage | undefined, desired: DesiredHttpStage): string[] {
  const declared = new Set([...Object.keys(desired.config?.variables ?? {}), ...Object.keys(desired.variables)]);
  return Object.keys(current?.StageVariables ?? {})
    .filter((k) => !declared.has(k))
    .sort();
}
