/**
 * Finds the HTTP API a command works on: `--api-id`, then `--api-name`, then apigw.yaml (`api.id`,
 * then `api.name`). GetApis lists HTTP and WebSocket APIs alike: only protocol HTTP counts. Names
 * are not unique, so a name matching several APIs is refused rather than guessed.
 */
import type { Api } from '@aws-sdk/client-apigatewayv2';
import { ApigwError, ExitCode, InputError } from '../core/errors.js';
import type { ProjectConfig } from '../config/types.js';
import { listAll, type ApiGatewayV2Session } from './client-v2.js';

export interface HttpApiSelection {
  apiId?: string;
  apiName?: string;
  config?: ProjectConfig;
}

export function httpSelectionTarget(selection: HttpApiSelection): { id?: string; name?: string; source: string } {
  if (selection.apiId) return { id: selection.apiId, source: '--api-id' };
  if (selection.apiName) return { name: selection.apiName, source: '--api-name' };
  const api = selection.config?.data.api;
  if (api?.id) return { id: api.id, source: 'apigw.yaml api.id' };
  if (api?.name) return { name: api.name, source: 'apigw.yaml api.name' };
  throw new InputError('no API selected: pass --api-id ID or --api-name NAME, or set api.id / api.name in apigw.yaml');
}

/** Every HTTP API in the region (GetApis pages with NextToken). */
export async function listHttpApis(session: ApiGatewayV2Session): Promise<Api[]> {
  const { GetApisCommand } = await import('@aws-sdk/client-apigatewayv2');
  const all = await listAll<Api>(session, (NextToken) => new GetApisCommand({ MaxResults: '500', NextToken }));
  return all.filter((a) => a.ProtocolType === 'HTTP');
}

export async function findHttpApiById(session: ApiGatewayV2Session, apiId: string): Promise<Api | undefined> {
  const { GetApiCommand } = await import('@aws-sdk/client-apigatewayv2');
  try {
    const api = await session.send<Api>(new GetApiCommand({ ApiId: apiId }));
    return api.ProtocolType === 'HTTP' ? api : undefined;
  } catch (error) {
    if (error instanceof ApigwError && /NotFoundException/.test(error.message)) return undefined;
    throw error;
  }
}

export async function resolveHttpApi(
  session: ApiGatewayV2Session,
  selection: HttpApiSelection,
  options: { allowMissing?: boolean } = {},
): Promise<Api | undefined> {
  const target = httpSelectionTarget(selection);
  const region = session.settings.region ?? 'the default region';
  if (target.id) {
    const api = await findHttpApiById(session, target.id);
    if (!api)
      throw new ApigwError(`HTTP API '${target.id}' (from ${target.source}) not found in ${region}`, {
        exitCode: ExitCode.aws,
      });
    return api;
  }
  const matches = (await listHttpApis(session)).filter((a) => a.Name === target.name);
  if (matches.length === 1) return matches[0];
  if (matches.length > 1) {
    throw new ApigwError(
      `${matches.length} HTTP APIs are named '${target.name}' (${matches.map((a) => a.ApiId).join(', ')}); select one with --api-id`,
      {
        exitCode: ExitCode.aws,
      },
    );
  }
  if (options.allowMissing) return undefined;
  throw new ApigwError(
    `no HTTP API named '${target.name}' (from ${target.source}) in ${region}; pass --create to create it`,
    { exitCode: ExitCode.aws },
  );
}

/** `aws:API` in diff: by id first, then by name. */
export async function findHttpApi(session: ApiGatewayV2Session, idOrName: string): Promise<Api | undefined> {
  const apis = await listHttpApis(session);
  const byId = apis.find((a) => a.ApiId === idOrName);
  if (byId) return byId;
  const byName = apis.filter((a) => a.Name === idOrName);
  if (byName.length > 1) {
    throw new ApigwError(
      `${byName.length} HTTP APIs are named '${idOrName}' (${byName.map((a) => a.ApiId).join(', ')}); use aws:ID`,
      { exitCode: ExitCode.aws },
    );
  }
  return byName[0];
}
