/**
 * `apigw diff` as a library call: load both sides, compare, add the notes a reviewer needs
 * ("stage prod is stale"). The command only parses flags and prints.
 */
import type { ApiGatewaySession } from '../aws/client.js';
import type { ApiGatewayV2Session } from '../aws/client-v2.js';
import { countChanges, type Change, type DiffResult } from './change.js';
import { compareModels } from './compare.js';
import { emptyModel, type ApiModel, type ApiType } from './model.js';
import type { ReadLimits } from '../definition/types.js';
import { loadSide, parseSourceRef } from './sources/index.js';
import type { WsApiModel } from './websocket.js';

export interface DiffOptions {
  cwd?: string;
  apiType?: ApiType;
  endpointType?: string;
  vars?: Record<string, string>;
  session?: () => Promise<ApiGatewaySession>;
  sessionV2?: () => Promise<ApiGatewayV2Session>;
  /** Folders besides a definition's own that its `$ref`s may read (`--root`, apigw.yaml's folder). */
  roots?: string[];
  limits?: ReadLimits;
}

export async function runDiff(from: string, to: string, options: DiffOptions = {}): Promise<DiffResult> {
  const sideOptions = {
    cwd: options.cwd ?? process.cwd(),
    apiType: options.apiType,
    endpointType: options.endpointType,
    vars: options.vars ?? {},
    roots: options.roots ?? [],
    limits: options.limits ?? {},
    session: memo(options.session ?? (async () => (await import('../aws/client.js')).openApiGateway())),
    sessionV2: memo(options.sessionV2 ?? (async () => (await import('../aws/client-v2.js')).openApiGatewayV2())),
  };
  const [refA, refB] = [await parseSourceRef(from), await parseSourceRef(to)];
  // One after the other: two AWS sources share the client and its throttling budget.
  const a = await loadSide(refA, sideOptions);
  const b = await loadSide(refB, sideOptions);
  const changes =
    a.apis && b.apis
      ? [...compareByLogicalId(a.apis, b.apis, a.wsApis, b.wsApis), ...(await webSocketChanges(a.wsApis, b.wsApis))]
      : compareModels(a.model, b.model);
  const notes = [...new Set([...a.notes, ...b.notes])];

  // aws:API against aws:API/STAGE of the same API answers "is the stage stale?".
  if (refA.kind === 'aws' && refB.kind === 'aws' && a.apiId === b.apiId && !refA.stage !== !refB.stage) {
    const { staleNote } = await import('./sources/aws.js');
    notes.push(staleNote((refA.stage ?? refB.stage)!, changes.length));
  }
  return { from, to, changes, notes, counts: countChanges(changes) };
}

/**
 * Two template revisions: each API compared with the API of the same logical id. A template with
 * one API on both sides compares as a plain definition; with several, every change names its API.
 */
function compareByLogicalId(
  a: Record<string, ApiModel>,
  b: Record<string, ApiModel>,
  wsA: Record<string, unknown> = {},
  wsB: Record<string, unknown> = {},
): Change[] {
  const ids = [...new Set([...Object.keys(a), ...Object.keys(b)])];
  const webSocket = Object.keys(wsA).length + Object.keys(wsB).length > 0;
  if (ids.length === 1 && !webSocket) return compareModels(a[ids[0]!]!, b[ids[0]!]!);
  const changes: Change[] = [];
  for (const id of ids) {
    const before = a[id] ?? emptyModel(b[id]!.type);
    const after = b[id] ?? emptyModel(a[id]!.type);
    for (const c of compareModels(before, after))
      changes.push({ ...c, scope: `${id}: ${c.scope}`, path: [id, ...c.path] });
  }
  return changes;
}

/** The WebSocket APIs of two template revisions, by logical id (their changes always name the API). */
async function webSocketChanges(
  a: Record<string, WsApiModel> = {},
  b: Record<string, WsApiModel> = {},
): Promise<Change[]> {
  const ids = [...new Set([...Object.keys(a), ...Object.keys(b)])];
  if (ids.length === 0) return [];
  const { compareWebSocketApis } = await import('./websocket.js');
  return ids.flatMap((id) => compareWebSocketApis(id, a[id], b[id]));
}

function memo<T>(make: () => Promise<T>): () => Promise<T> {
  let value: Promise<T> | undefined;
  return () => (value ??= make());
}
