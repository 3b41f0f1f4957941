/**
 * A fault-injecting HTTP proxy on 127.0.0.1 in front of an emulator (moto, LocalStack, a stub).
 * Every request is recorded; `decide` picks a fault for a request or lets it through:
 *
 *   lose     forward it, let the emulator apply it, then drop the connection instead of answering
 *            (the "lost response": the call happened, the client cannot know)
 *   appliedStatus  forward it, then answer `status` instead of the emulator's answer (a 5xx after
 *            the change was made, as moto once did)
 *   partlyApplied  forward `instead` (another method/path/body: part of what was asked), then answer
 *            `status` (a 5xx after the call changed something, but not everything it was asked to)
 *   status   answer `status` without forwarding (429 throttling, 5xx before anything happened)
 *   drop     close the connection without forwarding
 *   hang     never answer (the socket stays open until the proxy closes)
 *
 *   const proxy = await startFaultProxy(emu.endpoint, (req) => req.method === 'POST' && req.path.endsWith('/deployments') && req.nth === 1 ? { kind: 'lose' } : undefined);
 */
import { createServer, request, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export interface Recorded {
  method: string;
  /** Path and query. */
  path: string;
  body: string;
  /** 1-based count of requests with this method and path (without query) so far. */
  nth: number;
  /** What the proxy did. */
  fault?: Fault['kind'];
}

export type Fault =
  | { kind: 'lose' }
  | { kind: 'drop' }
  | { kind: 'hang' }
  | { kind: 'status'; status: number; errorType?: string; message?: string }
  | { kind: 'appliedStatus'; status: number; errorType?: string; message?: string }
  | {
      kind: 'partlyApplied';
      instead: { method: string; path: string; body: string };
      status: number;
      errorType?: string;
      message?: string;
    };

export interface FaultProxy {
  endpoint: string;
  requests: Recorded[];
  close(): Promise<void>;
}

/** API Gateway's error answer (REST JSON protocol: error type in the x-amzn-ErrorType header). */
function answer(res: ServerResponse, f: { status: number; errorType?: string; message?: string }): void {
  const type =
    f.errorType ??
    (f.status === 429
      ? 'TooManyRequestsException'
      : f.status >= 500
        ? 'ServiceUnavailableException'
        : 'BadRequestException');
  res.writeHead(f.status, { 'content-type': 'application/json', 'x-amzn-errortype': type });
  res.end(JSON.stringify({ message: f.message ?? (f.status === 429 ? 'Too Many Requests' : 'injected fault') }));
}

export async function startFaultProxy(
  target: string,
  decide: (req: Recorded) => Fault | undefined = () => undefined,
): Promise<FaultProxy> {
  const requests: Recorded[] = [];
  const counts = new Map<string, number>();
  const sockets = new Set<Socket>();
  const server: Server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      const path = req.url ?? '/';
      const key = `${req.method} ${path.split('?')[0]}`;
      counts.set(key, (counts.get(key) ?? 0) + 1);
      const rec: Recorded = { method: req.method ?? 'GET', path, body: body.toString('utf8'), nth: counts.get(key)! };
      requests.push(rec);
      const fault = decide(rec);
      rec.fault = fault?.kind;
      if (fault?.kind === 'drop') return void req.socket.destroy();
      if (fault?.kind === 'hang') return;
      if (fault?.kind === 'status') return answer(res, fault);
      const sent =
        fault?.kind === 'partlyApplied'
          ? { method: fault.instead.method, path: fault.instead.path, body: Buffer.from(fault.instead.body) }
          : { method: req.method, path, body };
      const url = new URL(sent.path, target);
      const headers = { ...req.headers, host: url.host, 'content-length': String(sent.body.length) };
      delete headers['transfer-encoding'];
      const upstream = request(url, { method: sent.method, headers }, (up) => {
        if (fault?.kind === 'lose' || fault?.kind === 'appliedStatus' || fault?.kind === 'partlyApplied') {
          // Let the emulator finish the call, then withhold its answer.
          up.resume();
          up.on('end', () => (fault.kind === 'lose' ? req.socket.destroy() : answer(res, fault)));
          return;
        }
        res.writeHead(up.statusCode ?? 502, up.headers);
        up.pipe(res);
      });
      upstream.on('error', () => res.destroy());
      upstream.end(sent.body);
    });
  });
  server.on('connection', (s: Socket) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((r) => {
        for (const s of sockets) s.destroy();
        server.close(() => r());
      }),
  };
}
