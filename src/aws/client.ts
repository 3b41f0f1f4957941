/**
 * Creates the API Gateway (REST, v1) client the way the AWS CLI would configure it, so a user's
 * existing setup just works: --region/--profile/--endpoint-url beat the environment
 * (AWS_REGION, AWS_DEFAULT_REGION, AWS_PROFILE, AWS_ENDPOINT_URL_API_GATEWAY, AWS_ENDPOINT_URL),
 * which beats the shared config files; credentials come from the SDK's default chain.
 *
 * Retries: read calls and idempotent writes use the SDK's standard strategy (exponential backoff
 * with jitter) for throttling, 5xx and transient network errors, AWS_MAX_ATTEMPTS times. Calls that
 * create something (ImportRestApi, CreateDeployment, ...) go through `sendOnce`, a client without
 * SDK retries: a blind retry after a lost response creates a twin, so src/aws/retry.ts decides
 * (look up what exists first). Timeouts throw (`throwOnRequestTimeout`): the SDK's default only
 * logs a warning and lets a hung endpoint hang the CI job.
 */
import type { APIGatewayClient } from '@aws-sdk/client-api-gateway';
import type { ApiConfig } from '../config/types.js';
import { InputError } from '../core/errors.js';

export interface AwsClientOptions {
  region?: string;
  profile?: string;
  endpointUrl?: string;
  /** Total attempts per call (first try + retries). Default: AWS_MAX_ATTEMPTS or 5. */
  maxAttempts?: number;
  /** --cli-connect-timeout: seconds to open the connection (0 = no limit). Default: APIGW_CLI_CONNECT_TIMEOUT or 5. */
  connectTimeoutSeconds?: number;
  /** --cli-read-timeout: seconds for a whole answer (0 = no limit). Default: APIGW_CLI_READ_TIMEOUT or 60. */
  readTimeoutSeconds?: number;
}

export interface ResolvedAwsSettings {
  region?: string;
  profile?: string;
  endpointUrl?: string;
  maxAttempts: number;
  /** Whether maxAttempts came from the user (flag or AWS_MAX_ATTEMPTS) rather than the default. */
  maxAttemptsExplicit: boolean;
  /** 0 = no limit (as the AWS CLI's 0). */
  connectionTimeoutMs: number;
  requestTimeoutMs: number;
}

type Env = Record<string, string | undefined>;

function envNumber(env: Env, name: string, allowZero = false): number | undefined {
  const raw = env[name];
  if (raw === undefined || raw === '') return undefined;
  const n = Number(raw);
  return Number.isFinite(n) && (n > 0 || (allowZero && n === 0)) ? n : undefined;
}

/** Seconds (flag, then APIGW_CLI_* in seconds, then the older APIGW_AWS_*_MS in ms) to ms. */
function timeoutMs(
  flagSeconds: number | undefined,
  env: Env,
  secondsVar: string,
  msVar: string,
  fallbackSeconds: number,
): number {
  const seconds = flagSeconds ?? envNumber(env, secondsVar, true);
  if (seconds !== undefined) return Math.round(seconds * 1000);
  return envNumber(env, msVar) ?? fallbackSeconds * 1000;
}

/**
 * Applies the precedence: explicit option (a flag) > apigw.yaml `api.region` (region only) >
 * environment. Whatever stays undefined is left to the SDK (shared config file, IMDS, ...).
 */
export function resolveAwsSettings(
  options: AwsClientOptions = {},
  api?: ApiConfig,
  env: Env = process.env,
): ResolvedAwsSettings {
  const nonEmpty = (v: string | undefined) => (v && v.trim() !== '' ? v.trim() : undefined);
  return {
    region:
      nonEmpty(options.region) ?? nonEmpty(api?.region) ?? nonEmpty(env.AWS_REGION) ?? nonEmpty(env.AWS_DEFAULT_REGION),
    profile: nonEmpty(options.profile) ?? nonEmpty(env.AWS_PROFILE),
    // The service-specific variable wins over the global one, as in the AWS CLI and SDKs.
    endpointUrl:
      nonEmpty(options.endpointUrl) ?? nonEmpty(env.AWS_ENDPOINT_URL_API_GATEWAY) ?? nonEmpty(env.AWS_ENDPOINT_URL),
    maxAttempts: options.maxAttempts ?? envNumber(env, 'AWS_MAX_ATTEMPTS') ?? 5,
    maxAttemptsExplicit: (options.maxAttempts ?? envNumber(env, 'AWS_MAX_ATTEMPTS')) !== undefined,
    connectionTimeoutMs: timeoutMs(
      options.connectTimeoutSeconds,
      env,
      'APIGW_CLI_CONNECT_TIMEOUT',
      'APIGW_AWS_CONNECT_TIMEOUT_MS',
      5,
    ),
    requestTimeoutMs: timeoutMs(
      options.readTimeoutSeconds,
      env,
      'APIGW_CLI_READ_TIMEOUT',
      'APIGW_AWS_REQUEST_TIMEOUT_MS',
      60,
    ),
  };
}

/** Builds the client. The SDK is imported lazily so commands that never call AWS stay fast. */
export async function createApiGatewayClient(
  options: AwsClientOptions = {},
  api?: ApiConfig,
  retries = true,
): Promise<APIGatewayClient> {
  quietSdk();
  const { APIGatewayClient } = await import('@aws-sdk/client-api-gateway');
  const settings = resolveAwsSettings(options, api);
  return new APIGatewayClient(sdkClientConfig(settings, retries));
}

/**
 * The configuration every apigw SDK client shares (REST v1 here; the v2 client for HTTP APIs takes
 * the same object): region, profile, endpoint, retries and timeouts that throw.
 */
export function sdkClientConfig(settings: ResolvedAwsSettings, retries = true) {
  const endpoint = settings.endpointUrl ? checkEndpointUrl(settings.endpointUrl) : undefined;
  return {
    region: settings.region ?? (endpoint ? 'us-east-1' : undefined),
    profile: settings.profile,
    endpoint,
    maxAttempts: retries ? settings.maxAttempts : 1,
    retryMode: 'standard',
    requestHandler: {
      connectionTimeout: settings.connectionTimeoutMs || undefined,
      requestTimeout: settings.requestTimeoutMs || undefined,
      socketTimeout: settings.requestTimeoutMs || undefined,
      throwOnRequestTimeout: true,
    },
  };
}

/**
 * The SDK warns on stderr that its 2027 releases will need Node 22. apigw supports Node 20 and
 * the user cannot act on it mid-deploy; it would also break the one-line stderr format.
 */
export function quietSdk(): void {
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
}

export function checkEndpointUrl(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new EndpointUrlError(url);
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') throw new EndpointUrlError(url);
  return url;
}

/** A malformed --endpoint-url / AWS_ENDPOINT_URL is a usage error (exit 2). */
export class EndpointUrlError extends InputError {
  constructor(readonly url: string) {
    super(`endpoint URL must be an http(s) URL, got '${url}'`);
    this.name = 'EndpointUrlError';
  }
}

/** A client plus what it was configured with, so errors can say where they were pointing. */
export interface ApiGatewaySession {
  client: APIGatewayClient;
  settings: ResolvedAwsSettings;
  /** `client.send` with errors mapped to ApigwError (exit 3 refused / 4 unreachable). */
  send<Output>(command: object): Promise<Output>;
  /** One attempt, no SDK retry (calls that create something; see src/aws/retry.ts). */
  sendOnce<Output>(command: object): Promise<Output>;
}

/** Wraps a client someone else built (library use) so it gets the same error mapping. */
export async function sessionFor(api: ApiGatewaySession | APIGatewayClient): Promise<ApiGatewaySession> {
  if ('settings' in api && 'send' in api && 'client' in api) return api;
  const client = api as APIGatewayClient;
  const { send } = await import('./errors.js');
  const region = await client.config.region().catch(() => undefined);
  const settings = { ...resolveAwsSettings({ region }, undefined, {}), endpointUrl: undefined };
  const sendIt = <Output>(command: object) => send<Output>(client, command as { constructor: { name: string } });
  // A caller-built client keeps its own retry settings: sendOnce cannot do better than send.
  return { client, settings, send: sendIt, sendOnce: sendIt };
}

export async function openApiGateway(options: AwsClientOptions = {}, api?: ApiConfig): Promise<ApiGatewaySession> {
  const settings = resolveAwsSettings(options, api);
  const client = await createApiGatewayClient(options, api);
  const { send } = await import('./errors.js');
  let once: APIGatewayClient | undefined;
  return {
    client,
    settings,
    send: <Output>(command: object) =>
      send<Output>(client, command as { constructor: { name: string } }, settings.endpointUrl),
    sendOnce: async <Output>(command: object) => {
      once ??= await createApiGatewayClient(options, api, false);
      return send<Output>(once, command as { constructor: { name: string } }, settings.endpointUrl);
    },
  };
}
