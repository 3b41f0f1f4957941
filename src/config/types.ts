/**
 * The project file `apigw.yaml`: the user's API, its stages and lint settings. Lint, diff and
 * deploy all read it. Its JSON Schema is schemas/apigw-config.schema.json.
 */
import type { JsonPath, Range } from '../core/finding.js';

export interface ThrottleConfig {
  /** Steady-state requests per second (API Gateway `rateLimit`, a double). */
  rateLimit?: number;
  /** Token-bucket size (API Gateway `burstLimit`, an integer). */
  burstLimit?: number;
}

export interface CachingConfig {
  enabled?: boolean;
  /** Cache cluster size in GB: 0.5, 1.6, 6.1, 13.5, 28.4, 58.2, 118, 237. */
  size?: string | number;
  /** Default TTL for cached methods, 0..3600 s. */
  ttl?: number;
  encrypted?: boolean;
}

export interface MethodSettingConfig {
  throttling?: ThrottleConfig;
  caching?: { enabled?: boolean; ttl?: number; encrypted?: boolean };
  logging?: 'OFF' | 'ERROR' | 'INFO';
  dataTrace?: boolean;
  metrics?: boolean;
}

export interface CanaryConfig {
  /** Percent of traffic to the canary, 0..100. */
  percent?: number;
  /** Stage-variable overrides for canary traffic. */
  variables?: Record<string, string>;
  useStageCache?: boolean;
}

export interface StageConfig {
  description?: string;
  variables?: Record<string, string>;
  throttling?: ThrottleConfig;
  caching?: CachingConfig;
  /** X-Ray tracing. */
  tracing?: boolean;
  /** Keys are `{resourcePath}/{httpMethod}` (e.g. `/pets/GET`) or `*\/*`, as in API Gateway's methodSettings. */
  methodSettings?: Record<string, MethodSettingConfig>;
  canary?: CanaryConfig;
  /** HTTP APIs: deploy every change to the API to this stage at once (default true for a stage apigw creates). */
  autoDeploy?: boolean;
  /** HTTP APIs: detailed (per-route) CloudWatch metrics for every route. */
  detailedMetrics?: boolean;
  /** HTTP APIs: per-route settings keyed by route key (`GET /pets`, `$default`). */
  routeSettings?: Record<string, RouteSettingConfig>;
  /** Access logging: a CloudWatch Logs log group (or Firehose) ARN and the log line format. */
  accessLog?: { destination: string; format: string };
}

export interface RouteSettingConfig {
  throttling?: ThrottleConfig;
  detailedMetrics?: boolean;
}

export interface UsagePlanConfig {
  name: string;
  description?: string;
  stages?: string[];
  throttling?: ThrottleConfig;
  quota?: { limit: number; period: 'DAY' | 'WEEK' | 'MONTH'; offset?: number };
  /** Names of API keys attached to the plan (created when missing; their values are never read or printed). */
  apiKeys?: string[];
}

export interface LintOverrideConfig {
  /** Glob patterns (relative to apigw.yaml) the override applies to. */
  files?: string[];
  /** JSON paths (`$.paths['/pets'].get`) or JSON pointers (`/paths/~1pets/get`) the override applies to. */
  paths?: string[];
  rules: Record<string, RuleSetting>;
}

export type RuleSetting = 'off' | 'error' | 'warn' | 'info' | 'hint' | boolean;

export interface LintConfig {
  /** `apigw:recommended` (default), `apigw:all`, or paths/packages of Spectral rulesets. */
  extends?: string[];
  rules?: Record<string, RuleSetting>;
  overrides?: LintOverrideConfig[];
  /** The user's own Spectral rulesets (files or npm packages), run beside ours. */
  rulesets?: string[];
  /** Glob patterns of files never linted. */
  ignore?: string[];
  /** Rulesets may `extends:` URLs (fetched); honoured only when this file was passed with --config. */
  allowRemote?: boolean;
}

export interface ApiConfig {
  name?: string;
  id?: string;
  type?: 'rest' | 'http';
  region?: string;
  /** REST endpoint type, used at import and by the timeout rules. */
  endpointType?: 'EDGE' | 'REGIONAL' | 'PRIVATE';
  /** How the importer treats the definition's base path (`servers` url path / basePath variable): ignore (default), prepend, split. */
  basepath?: 'ignore' | 'prepend' | 'split';
}

export interface ProjectConfigData {
  /** The definition file(s), relative to apigw.yaml. */
  spec?: string | string[];
  api?: ApiConfig;
  /** Values for `${var}` / `${AWS::Region}` placeholders before a deploy. */
  vars?: Record<string, string>;
  stages?: Record<string, StageConfig>;
  usagePlans?: UsagePlanConfig[];
  lint?: LintConfig;
}

export interface ProjectConfig {
  /** Absolute path of apigw.yaml. */
  file: string;
  /** Its folder: relative paths inside it are resolved from here. */
  dir: string;
  data: ProjectConfigData;
  /** Range of a node in apigw.yaml (for findings about the config itself). */
  rangeOf(path: JsonPath): Range;
  /** Spec files, absolute. */
  specFiles: string[];
}
