/** Local HTTP helpers for deploy tests: a forwarding proxy with fault injection, and a JSON reader. */
import { createServer, request, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Recorded {
  method: string;
  path: string;
  body: string;
}

export type Fault = (req: Recorded, res: ServerResponse) => boolean;

/** Forwards to `target` unless `fault` answers first; records every request. */
export async function startProxy(target: string, fault?: Fault): Promise<{ endpoint: string; requests: Recorded[]; close(): Promise<void> }> {
  const requests: Recorded[] = [];
  const server: Server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      const rec = { method: req.method ?? 'GET', path: req.url ?? '/', body: body.toString('utf8') };
      requests.push(rec);
      if (fault?.(rec, res)) return;
      const url = new URL(req.url ?? '/', target);
      const upstream = request(url, { method: req.method, headers: { ...req.headers, host: url.host } }, (up) => {
        res.writeHead(up.statusCode ?? 502, up.headers);
        up.pipe(res);
      });
      upstream.on('error', () => res.destroy());
      upstream.end(body);
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    requests,
    close: () => new Promise<void>((r) => { server.closeAllConnections(); server.close(() => r()); }),
  };
}

/** API Gateway's throttling answer (REST JSON protocol; error type in the x-amzn-ErrorType header). */
export function throttle(res: ServerResponse): true {
  res.writeHead(429, { 'content-type': 'application/json', 'x-amzn-errortype': 'TooManyRequestsException' });
  res.end(JSON.stringify({ message: 'Too Many Requests' }));
  return true;
}
