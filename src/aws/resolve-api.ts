/**
 * Finds the REST API a command works on: `--rest-api-id` wins, then `--api-name`, then apigw.yaml
 * (`api.id`, then `api.name`). Names are not unique in API Gateway, so a name matching several
 * APIs is refused rather than guessed.
 */
import type { RestApi } from '@aws-sdk/client-api-gateway';
import { ApigwError, ExitCode, InputError } from '../core/errors.js';
import type { ProjectConfig } from '../config/types.js';
import type { APIGatewayClient } from '@aws-sdk/client-api-gateway';
import { sessionFor, type ApiGatewaySession } from './client.js';
import { allPages } from './pages.js';

export interface ApiSelection {
  restApiId?: string;
  /** --api-id: an id of either kind; for a REST API it is the REST API id. */
  apiId?: string;
  apiName?: string;
  config?: ProjectConfig;
}

export interface ResolveOptions {
  /** Return undefined instead of failing when a name matches nothing (used by `deploy --create`). */
  allowMissing?: boolean;
}

/** What the selection asks for, before any call: exactly one of id or name. */
export function selectionTarget(selection: ApiSelection): { id?: string; name?: string; source: string } {
  if (selection.restApiId) return { id: selection.restApiId, source: '--rest-api-id' };
  if (selection.apiId) return { id: selection.apiId, source: '--api-id' };
  if (selection.apiName) return { name: selection.apiName, source: '--api-name' };
  const api = selection.config?.data.api;
  if (api?.id) return { id: api.id, source: 'apigw.yaml api.id' };
  if (api?.name) return { name: api.name, source: 'apigw.yaml api.name' };
  throw new InputError(
    'no API selected: pass --rest-api-id ID or --api-name NAME, or set api.id / api.name in apigw.yaml',
  );
}

type ClientOrSession = ApiGatewaySession | APIGatewayClient;

export async function resolveRestApi(
  api: ClientOrSession,
  selection: ApiSelection,
  options: { allowMissing: true },
): Promise<RestApi | undefined>;
export async function resolveRestApi(
  api: ClientOrSession,
  selection: ApiSelection,
  options?: ResolveOptions,
): Promise<RestApi>;
export async function resolveRestApi(
  api: ClientOrSession,
  selection: ApiSelection,
  options: ResolveOptions = {},
): Promise<RestApi | undefined> {
  const session = await sessionFor(api);
  const { GetRestApiCommand } = await import('@aws-sdk/client-api-gateway');
  const target = selectionTarget(selection);
  if (target.id) {
    try {
      return await session.send<RestApi>(new GetRestApiCommand({ restApiId: target.id }));
    } catch (error) {
      if (error instanceof ApigwError && /NotFoundException/.test(error.message)) {
        throw new ApigwError(
          `REST API '${target.id}' (from ${target.source}) not found in ${session.settings.region ?? 'the default region'}`,
          {
            exitCode: ExitCode.aws,
            cause: error,
          },
        );
      }
      throw error;
    }
  }
  const matches = (await listRestApis(session)).filter((api) => api.name === target.name);
  if (matches.length === 1) return matches[0];
  if (matches.length > 1) {
    throw new ApigwError(
      `${matches.length} REST APIs are named '${target.name}' (${matches.map((a) => a.id).join(', ')}); select one with --rest-api-id`,
      { exitCode: ExitCode.aws },
    );
  }
  if (options.allowMissing) return undefined;
  throw new ApigwError(
    `no REST API named '${target.name}' (from ${target.source}) in ${session.settings.region ?? 'the default region'}; pass --create to create it`,
    { exitCode: ExitCode.aws },
  );
}

/** Every REST API in the region (GetRestApis pages with `position`). */
export async function listRestApis(api: ClientOrSession): Promise<RestApi[]> {
  const session = await sessionFor(api);
  const { GetRestApisCommand } = await import('@aws-sdk/client-api-gateway');
  return allPages<RestApi>(session, (position) => new GetRestApisCommand({ limit: 500, position }));
}
