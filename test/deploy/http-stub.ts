/**
 * A small apigatewayv2 endpoint on 127.0.0.1 for what moto lacks (ImportApi, ExportApi,
 * CreateDeployment, GetDeployments, UpdateStage). It answers with the shapes of the API reference
 * v2 (REST-JSON, camelCase members; errors as `x-amzn-errortype` + `{"message"}`), keeps one
 * account's HTTP APIs, and records every request so tests can assert the exact calls apigw makes.
 *   - ImportApi / ReimportApi: routes and integrations from the paths; the API takes `info.title`
 *     as its name (API reference: ImportApi, ReimportApi; moto does the same).
 *   - A stage with autoDeploy serves the latest import; otherwise the deployment it points at, whose
 *     snapshot ExportApi returns for `stageName` (API reference: ExportApi, Stage).
 * `fault` can answer instead of the stub, or let the call apply and then drop the connection.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface StubCall {
  method: string;
  path: string;
  query: Record<string, string>;
  body: any;
}

interface StubStage {
  stageName: string;
  autoDeploy?: boolean;
  deploymentId?: string;
  stageVariables: Record<string, string>;
  defaultRouteSettings?: Record<string, unknown>;
  routeSettings: Record<string, Record<string, unknown>>;
  accessLogSettings?: Record<string, string>;
  description?: string;
}

interface StubApi {
  apiId: string;
  name: string;
  doc: any;
  stages: Map<string, StubStage>;
  deployments: { deploymentId: string; description?: string; createdDate: string; doc: any }[];
}

/** `drop-after`: apply, then destroy the socket without answering (a lost response). */
export type FaultAnswer = 'drop-after' | 'drop-before' | { status: number; type: string; message: string } | undefined;

export interface HttpStub {
  endpoint: string;
  calls: StubCall[];
  apis: Map<string, StubApi>;
  fault?: (call: StubCall) => FaultAnswer;
  close(): Promise<void>;
}

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'x-amazon-apigateway-any-method'];

export async function startHttpStub(): Promise<HttpStub> {
  let n = 0;
  let clock = Date.UTC(2026, 0, 1);
  const id = (prefix: string) => `${prefix}${String(++n).padStart(10 - prefix.length, '0')}`;
  const stub: HttpStub = { endpoint: '', calls: [], apis: new Map(), close: async () => {} };

  const wireApi = (api: StubApi) => ({
    apiId: api.apiId,
    name: api.name,
    protocolType: 'HTTP',
    apiEndpoint: `https://${api.apiId}.execute-api.us-east-1.amazonaws.com`,
    routeSelectionExpression: '$request.method $request.path',
    apiKeySelectionExpression: '$request.header.x-api-key',
    createdDate: '2026-01-01T00:00:00Z',
    version: String(api.doc?.info?.version ?? ''),
  });
  const routesOf = (doc: any) => {
    const routes: any[] = [];
    const integrations: any[] = [];
    let i = 0;
    for (const [path, item] of Object.entries<any>(doc?.paths ?? {})) {
      for (const m of METHODS) {
        const op = item?.[m];
        if (!op) continue;
        const integrationId = `int${String(++i).padStart(4, '0')}`;
        const x = op['x-amazon-apigateway-integration'] ?? {};
        integrations.push({
          integrationId,
          integrationType: String(x.type ?? '').toUpperCase(),
          integrationMethod: x.httpMethod,
          integrationUri: x.uri,
          payloadFormatVersion: x.payloadFormatVersion,
          timeoutInMillis: x.timeoutInMillis ?? 30000,
          connectionType: 'INTERNET',
        });
        routes.push({
          routeId: `rt${String(i).padStart(5, '0')}`,
          routeKey: `${m === METHODS[7] ? 'ANY' : m.toUpperCase()} ${path}`,
          target: `integrations/${integrationId}`,
          authorizationType: 'NONE',
          apiKeyRequired: false,
        });
      }
    }
    return { routes, integrations };
  };
  const wireStage = (s: StubStage) => ({
    ...s,
    createdDate: '2026-01-01T00:00:00Z',
    lastUpdatedDate: '2026-01-01T00:00:00Z',
    tags: {},
  });

  const server: Server = createServer((req: IncomingMessage, res: ServerResponse) => {
    let raw = '';
    req.on('data', (d) => (raw += d));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://stub');
      const call: StubCall = {
        method: req.method!,
        path: decodeURIComponent(url.pathname),
        query: Object.fromEntries(url.searchParams),
        body: raw ? JSON.parse(raw) : undefined,
      };
      stub.calls.push(call);
      const answer = stub.fault?.(call);
      if (answer === 'drop-before') return void req.socket.destroy();
      const send = (status: number, data: unknown, type?: string) => {
        if (answer === 'drop-after') return void req.socket.destroy();
        res.writeHead(status, { 'content-type': 'application/json', ...(type ? { 'x-amzn-errortype': type } : {}) });
        res.end(typeof data === 'string' ? data : JSON.stringify(data));
      };
      if (answer && typeof answer === 'object') return send(answer.status, { message: answer.message }, answer.type);
      const notFound = (what: string) =>
        send(404, { message: `Invalid ${what} identifier specified` }, 'NotFoundException');
      const parts = call.path.split('/').filter(Boolean); // v2 apis {id} ...
      const { method } = call;
      if (parts[0] !== 'v2' || parts[1] !== 'apis') return notFound('path');
      if (parts.length === 2 && method === 'GET') return send(200, { items: [...stub.apis.values()].map(wireApi) });
      if (parts.length === 2 && method === 'PUT') {
        const doc = JSON.parse(call.body.body);
        const api: StubApi = {
          apiId: id('api'),
          name: doc.info?.title ?? 'untitled',
          doc,
          stages: new Map(),
          deployments: [],
        };
        stub.apis.set(api.apiId, api);
        return send(201, wireApi(api));
      }
      const api = stub.apis.get(parts[2]);
      if (!api) return notFound('API');
      const rest = parts.slice(3);
      if (rest.length === 0 && method === 'GET') return send(200, wireApi(api));
      if (rest.length === 0 && method === 'PUT') {
        api.doc = JSON.parse(call.body.body);
        api.name = api.doc.info?.title ?? api.name;
        return send(201, wireApi(api));
      }
      if (rest.length === 0 && method === 'PATCH') {
        if (call.body.name) api.name = call.body.name;
        return send(200, wireApi(api));
      }
      if (rest[0] === 'routes' && method === 'GET') return send(200, { items: routesOf(api.doc).routes });
      if (rest[0] === 'integrations' && method === 'GET') return send(200, { items: routesOf(api.doc).integrations });
      if (rest[0] === 'authorizers' && method === 'GET') return send(200, { items: [] });
      if (rest[0] === 'exports' && method === 'GET') {
        const stage = call.query.stageName ? api.stages.get(call.query.stageName) : undefined;
        if (call.query.stageName && !stage) return notFound('stage');
        const doc =
          !stage || stage.autoDeploy
            ? api.doc
            : api.deployments.find((d) => d.deploymentId === stage.deploymentId)?.doc;
        return send(200, JSON.stringify({ ...doc, info: { ...doc.info, title: api.name } }));
      }
      if (rest[0] === 'deployments' && rest.length === 2 && method === 'GET') {
        const d = api.deployments.find((x) => x.deploymentId === rest[1]);
        if (!d) return notFound('deployment');
        return send(200, {
          deploymentId: d.deploymentId,
          description: d.description,
          createdDate: d.createdDate,
          deploymentStatus: 'DEPLOYED',
          autoDeployed: false,
        });
      }
      if (rest[0] === 'deployments' && method === 'GET') {
        return send(200, {
          items: api.deployments.map(({ doc: _d, ...d }) => ({
            ...d,
            deploymentStatus: 'DEPLOYED',
            autoDeployed: false,
          })),
        });
      }
      if (rest[0] === 'deployments' && method === 'POST') {
        clock += 60_000;
        const d = {
          deploymentId: id('dep'),
          description: call.body?.description,
          createdDate: new Date(clock).toISOString(),
          doc: api.doc,
        };
        api.deployments.push(d);
        return send(201, {
          deploymentId: d.deploymentId,
          description: d.description,
          createdDate: d.createdDate,
          deploymentStatus: 'DEPLOYED',
          autoDeployed: false,
        });
      }
      if (rest[0] === 'stages' && rest.length === 1 && method === 'GET')
        return send(200, { items: [...api.stages.values()].map(wireStage) });
      if (rest[0] === 'stages' && rest.length === 1 && method === 'POST') {
        const b = call.body;
        const s: StubStage = {
          stageName: b.stageName,
          autoDeploy: b.autoDeploy,
          deploymentId: b.deploymentId,
          stageVariables: b.stageVariables ?? {},
          defaultRouteSettings: b.defaultRouteSettings,
          routeSettings: b.routeSettings ?? {},
          accessLogSettings: b.accessLogSettings,
          description: b.description,
        };
        api.stages.set(s.stageName, s);
        return send(201, wireStage(s));
      }
      const stage = rest[0] === 'stages' ? api.stages.get(rest[1]) : undefined;
      if (rest[0] === 'stages' && !stage) return notFound('stage');
      if (stage && method === 'GET') return send(200, wireStage(stage));
      if (stage && method === 'PATCH') {
        const b = call.body;
        if (b.deploymentId !== undefined) {
          if (!api.deployments.some((d) => d.deploymentId === b.deploymentId))
            return send(400, { message: 'Deployment not found' }, 'BadRequestException');
          stage.deploymentId = b.deploymentId;
        }
        if (b.autoDeploy !== undefined) stage.autoDeploy = b.autoDeploy;
        // UpdateStage merges variables and route settings by key (API reference v2 UpdateStage).
        Object.assign(stage.stageVariables, b.stageVariables ?? {});
        Object.assign(stage.routeSettings, b.routeSettings ?? {});
        if (b.defaultRouteSettings) stage.defaultRouteSettings = b.defaultRouteSettings;
        if (b.accessLogSettings) stage.accessLogSettings = b.accessLogSettings;
        if (b.description !== undefined) stage.description = b.description;
        return send(200, wireStage(stage));
      }
      notFound('path');
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  stub.endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  stub.close = () =>
    new Promise<void>((r) => {
      server.closeAllConnections();
      server.close(() => r());
    });
  return stub;
}
