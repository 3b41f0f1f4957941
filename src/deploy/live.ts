/** Reading what API Gateway holds now: the API's routes (with integrations) and the stage. */
import type { Resource, Stage } from '@aws-sdk/client-api-gateway';
import type { ApiGatewaySession } from '../aws/client.js';
import { ApigwError } from '../core/errors.js';

export interface Route {
  /** `GET /pets/{id}` (ANY for x-amazon-apigateway-any-method). */
  key: string;
  integration: string;
  auth: string;
}

export async function liveRoutes(session: ApiGatewaySession, restApiId: string): Promise<Route[]> {
  const { GetResourcesCommand } = await import('@aws-sdk/client-api-gateway');
  const routes: Route[] = [];
  let position: string | undefined;
  do {
    const page = await session.send<{ items?: Resource[]; position?: string }>(
      new GetResourcesCommand({ restApiId, embed: ['methods'], limit: 500, position }),
    );
    for (const resource of page.items ?? []) {
      for (const [method, m] of Object.entries(resource.resourceMethods ?? {})) {
        const i = m.methodIntegration;
        routes.push({
          key: `${method.toUpperCase()} ${resource.path}`,
          integration: i ? integrationLabel(i.type, i.httpMethod, i.uri) : 'none',
          auth: authLabel(m.authorizationType, m.apiKeyRequired),
        });
      }
    }
    position = page.position;
  } while (position);
  return sortRoutes(routes);
}

/** The stage, or undefined when it does not exist yet. */
export async function liveStage(session: ApiGatewaySession, restApiId: string, stageName: string): Promise<Stage | undefined> {
  const { GetStageCommand } = await import('@aws-sdk/client-api-gateway');
  try {
    return await session.send<Stage>(new GetStageCommand({ restApiId, stageName }));
  } catch (error) {
    if (error instanceof ApigwError && /NotFoundException/.test(error.message)) return undefined;
    throw error;
  }
}

export function integrationLabel(type: string | undefined, httpMethod: string | undefined, uri: string | undefined): string {
  return [String(type ?? 'none').toUpperCase(), httpMethod && httpMethod.toUpperCase(), uri].filter(Boolean).join(' ');
}

export function authLabel(type: string | undefined, apiKeyRequired?: boolean): string {
  const base = type && type !== 'NONE' ? type : 'NONE';
  return apiKeyRequired ? `${base}+API_KEY` : base;
}

export function sortRoutes(routes: Route[]): Route[] {
  return routes.sort((a, b) => {
    const [am, ap] = a.key.split(' ');
    const [bm, bp] = b.key.split(' ');
    return ap.localeCompare(bp) || am.localeCompare(bm);
  });
}
