/**
 * Creates the API Gateway (REST, v1) client the way the AWS CLI would configure it, so a user's
 * existing setup just works: --region/--profile/--endpoint-url beat the environment
 * (AWS_REGION, AWS_DEFAULT_REGION, AWS_PROFILE, AWS_ENDPOINT_URL_API_GATEWAY, AWS_ENDPOINT_URL),
 * which beats the shared config files; credentials come from the SDK's default chain.
 *
 * Retries: the SDK's standard strategy (exponential backoff with jitter; throttling errors use a
 * larger base) retries throttling, 5xx and transient network errors. We raise the attempt count
 * because API Gateway's control plane throttles hard (CreateDeployment is 1 call per 5 s, see
 * reference §3.1). Timeouts keep a dead or black-holed endpoint from hanging a CI job.
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
  /** TCP connect timeout, ms. Default: APIGW_AWS_CONNECT_TIMEOUT_MS or 5000. */
  connectionTimeoutMs?: number;
  /** Time allowed without a response byte, ms. Default: APIGW_AWS_REQUEST_TIMEOUT_MS or 60000. */
  requestTimeoutMs?: number;
}

export interface ResolvedAwsSettings {
  region?: string;
  profile?: string;
  endpointUrl?: string;
  maxAttempts: number;
  connectionTimeoutMs: number;
  requestTimeoutMs: number;
}

type Env = Record<string, string | undefined>;

function envNumber(env: Env, name: string): number | undefined {
  const raw = env[name];
  if (raw === undefined || raw === '') return undefined;
  const n = Number(raw);
  return Number.isFinite(n) && n > 0 ? n : undefined;
}

/**
 * Applies the precedence: explicit option (a flag) > apigw.yaml `api.region` (region only) >
 * environment. Whatever stays undefined is left to the SDK (shared config file, IMDS, ...).
 */
export function resolveAwsSettings(options: AwsClientOptions = {}, api?: ApiConfig, env: Env = process.env): ResolvedAwsSettings {
  const nonEmpty = (v: string | undefined) => (v && v.trim() !== '' ? v.trim() : undefined);
  return {
    region: nonEmpty(options.region) ?? nonEmpty(api?.region) ?? nonEmpty(env.AWS_REGION) ?? nonEmpty(env.AWS_DEFAULT_REGION),
    profile: nonEmpty(options.profile) ?? nonEmpty(env.AWS_PROFILE),
    // The service-specific variable wins over the global one, as in the AWS CLI and SDKs.
    endpointUrl: nonEmpty(options.endpointUrl) ?? nonEmpty(env.AWS_ENDPOINT_URL_API_GATEWAY) ?? nonEmpty(env.AWS_ENDPOINT_URL),
    maxAttempts: options.maxAttempts ?? envNumber(env, 'AWS_MAX_ATTEMPTS') ?? 5,
    connectionTimeoutMs: options.connectionTimeoutMs ?? envNumber(env, 'APIGW_AWS_CONNECT_TIMEOUT_MS') ?? 5_000,
    requestTimeoutMs: options.requestTimeoutMs ?? envNumber(env, 'APIGW_AWS_REQUEST_TIMEOUT_MS') ?? 60_000,
  };
}

/** Builds the client. The SDK is imported lazily so commands that never call AWS stay fast. */
export async function createApiGatewayClient(options: AwsClientOptions = {}, api?: ApiConfig): Promise<APIGatewayClient> {
  // The SDK warns on stderr that its 2027 releases will need Node 22. apigw supports Node 20 and
  // the user cannot act on it mid-deploy; it would also pollute --json consumers reading stderr.
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
  const { APIGatewayClient } = await import('@aws-sdk/client-api-gateway');
  const settings = resolveAwsSettings(options, api);
  const endpoint = settings.endpointUrl ? checkEndpointUrl(settings.endpointUrl) : undefined;
  return new APIGatewayClient({
    region: settings.region ?? (endpoint ? 'us-east-1' : undefined),
    profile: settings.profile,
    endpoint,
    maxAttempts: settings.maxAttempts,
    retryMode: 'standard',
    requestHandler: { connectionTimeout: settings.connectionTimeoutMs, requestTimeout: settings.requestTimeoutMs },
  });
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
}

/** Wraps a client someone else built (library use) so it gets the same error mapping. */
export async function sessionFor(api: ApiGatewaySession | APIGatewayClient): Promise<ApiGatewaySession> {
  if ('settings' in api && 'send' in api && 'client' in api) return api;
  const client = api as APIGatewayClient;
  const { send } = await import('./errors.js');
  const region = await client.config.region().catch(() => undefined);
  const settings = { ...resolveAwsSettings({ region }, undefined, {}), endpointUrl: undefined };
  return { client, settings, send: <Output>(command: object) => send<Output>(client, command as { constructor: { name: string } }) };
}

export async function openApiGateway(options: AwsClientOptions = {}, api?: ApiConfig): Promise<ApiGatewaySession> {
  const settings = resolveAwsSettings(options, api);
  const client = await createApiGatewayClient(options, api);
  const { send } = await import('./errors.js');
  return {
    client,
    settings,
    send: <Output>(command: object) => send<Output>(client, command as { constructor: { name: string } }, settings.endpointUrl),
  };
}
