/**
 * A wrong --endpoint-url (a web server, a proxy's error page, an emulator without the operation)
 * answers with something that is not an API Gateway answer. The user gets one line naming the
 * operation, the endpoint and the HTTP status, with exit 4 (no API Gateway was reached), never the
 * SDK's "inspect the hidden field {error}.$response" or "AWS refused".
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { runCli } from '../support/cli.js';
import { emulatorEnv } from '../support/emulator.js';

describe('an endpoint that is not API Gateway', () => {
  let server: Server;
  let endpoint: string;
  before(async () => {
    server = createServer((_req, res) => {
      res.writeHead(404, { 'content-type': 'text/html' });
      res.end('<!DOCTYPE html><html><body>Not Found</body></html>');
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  after(() => new Promise<void>((r) => server.close(() => r())));

  for (const args of [
    ['deployments', '--api-name', 'orders', '--stage', 'prod'],
    ['diff', 'aws:orders/prod', 'aws:orders'],
  ]) {
    it(`apigw ${args.join(' ')}: one line naming the endpoint and status, exit 4`, async () => {
      const r = await runCli([...args, '--endpoint-url', endpoint], { env: emulatorEnv(undefined) });
      assert.equal(r.code, 4, r.stderr);
      assert.equal(r.stdout, '');
      assert.equal(
        r.stderr,
        `apigw: GetRestApis: ${endpoint} did not answer as API Gateway (HTTP 404, not an AWS response): check --endpoint-url / AWS_ENDPOINT_URL, or this emulator lacks the operation\n`,
      );
    });
  }
});
