/**
 * `apigw diff` as a library call: load both sides, compare, add the notes a reviewer needs
 * ("stage prod is stale"). The command only parses flags and prints.
 */
import type { ApiGatewaySession } from '../aws/client.js';
import type { ApiGatewayV2Session } from '../aws/client-v2.js';
import { countChanges, type DiffResult } from './change.js';
import { compareModels } from './compare.js';
import type { ApiType } from './model.js';
import { loadSide, parseSourceRef } from './sources/index.js';

export interface DiffOptions {
  cwd?: string;
  apiType?: ApiType;
  endpointType?: string;
  vars?: Record<string, string>;
  session?: () => Promise<ApiGatewaySession>;
  sessionV2?: () => Promise<ApiGatewayV2Session>;
}

export async function runDiff(from: string, to: string, options: DiffOptions = {}): Promise<DiffResult> {
  const sideOptions = {
    cwd: options.cwd ?? process.cwd(),
    apiType: options.apiType,
    endpointType: options.endpointType,
    vars: options.vars ?? {},
    session: memo(options.session ?? (async () => (await import('../aws/client.js')).openApiGateway())),
    sessionV2: memo(options.sessionV2 ?? (async () => (await import('../aws/client-v2.js')).openApiGatewayV2())),
  };
  const [refA, refB] = [await parseSourceRef(from), await parseSourceRef(to)];
  // One after the other: two AWS sources share the client and its throttling budget.
  const a = await loadSide(refA, sideOptions);
  const b = await loadSide(refB, sideOptions);
  const changes = compareModels(a.model, b.model);
  const notes = [...new Set([...a.notes, ...b.notes])];

  // aws:API against aws:API/STAGE of the same API answers "is the stage stale?".
  if (refA.kind === 'aws' && refB.kind === 'aws' && a.apiId === b.apiId && !refA.stage !== !refB.stage) {
    const { staleNote } = await import('./sources/aws.js');
    notes.push(staleNote((refA.stage ?? refB.stage)!, changes.length));
  }
  return { from, to, changes, notes, counts: countChanges(changes) };
}

function memo<T>(make: () => Promise<T>): () => Promise<T> {
  let value: Promise<T> | undefined;
  return () => (value ??= make());
}
