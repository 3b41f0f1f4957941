/**
 * The API Gateway v2 client (HTTP APIs live in the `apigatewayv2` service), configured as the REST
 * client is (src/aws/client.ts `sdkClientConfig`: region, profile, retries, timeouts that throw,
 * `sendOnce` without SDK retries for calls that create something) with one difference the AWS CLI
 * makes too: the service-specific endpoint variable is AWS_ENDPOINT_URL_APIGATEWAYV2 (service id
 * "ApiGatewayV2"), then AWS_ENDPOINT_URL; AWS_ENDPOINT_URL_API_GATEWAY is the REST service's.
 */
import type { ApiGatewayV2Client } from '@aws-sdk/client-apigatewayv2';
import type { ApiConfig } from '../config/types.js';
import {
  quietSdk,
  resolveAwsSettings,
  sdkClientConfig,
  type AwsClientOptions,
  type ResolvedAwsSettings,
} from './client.js';

export interface ApiGatewayV2Session {
  client: ApiGatewayV2Client;
  settings: ResolvedAwsSettings;
  /** `client.send` with errors mapped to ApigwError (exit 3 refused / 4 unreachable). */
  send<Output>(command: object): Promise<Output>;
  /** One attempt, no SDK retry: for calls that create something (a blind retry makes a twin). */
  sendOnce<Output>(command: object): Promise<Output>;
}

type Env = Record<string, string | undefined>;

export function resolveV2Settings(
  options: AwsClientOptions = {},
  api?: ApiConfig,
  env: Env = process.env,
): ResolvedAwsSettings {
  const v2Env: Env = { ...env, AWS_ENDPOINT_URL_API_GATEWAY: env.AWS_ENDPOINT_URL_APIGATEWAYV2 };
  return resolveAwsSettings(options, api, v2Env);
}

async function createClient(settings: ResolvedAwsSettings, retries: boolean): Promise<ApiGatewayV2Client> {
  quietSdk();
  const { ApiGatewayV2Client } = await import('@aws-sdk/client-apigatewayv2');
  return new ApiGatewayV2Client(sdkClientConfig(settings, retries));
}

export async function openApiGatewayV2(options: AwsClientOptions = {}, api?: ApiConfig): Promise<ApiGatewayV2Session> {
  const settings = resolveV2Settings(options, api);
  const client = await createClient(settings, true);
  const { send } = await import('./errors.js');
  let once: ApiGatewayV2Client | undefined;
  const named = (command: object) => command as { constructor: { name: string } };
  return {
    client,
    settings,
    send: <Output>(command: object) => send<Output>(client, named(command), settings.endpointUrl),
    sendOnce: async <Output>(command: object) => {
      once ??= await createClient(settings, false);
      return send<Output>(once, named(command), settings.endpointUrl);
    },
  };
}

/** Every item of a paginated apigatewayv2 Get* call (`Items` pages joined by `NextToken`). */
export async function listAll<T>(session: ApiGatewayV2Session, make: (nextToken?: string) => object): Promise<T[]> {
  const out: T[] = [];
  let token: string | undefined;
  do {
    const page = await session.send<{ Items?: T[]; NextToken?: string }>(make(token));
    out.push(...(page.Items ?? []));
    token = page.NextToken;
  } while (token);
  return out;
}
