import { test } from 'node:test';
import assert from 'node:assert/strict';
import { configFindings } from '../../lint/support.js';

const ID = 'apigw-stage-access-log-format';
const log = (format: string) =>
  `api: {type: http}\nstages:\n  $default:\n    accessLog:\n      destination: arn:aws:logs:us-east-1:1:log-group:a\n      format: ${JSON.stringify(format)}\n`;

test('flags a format without a request id', async () => {
  const r = await configFindings(log('$context.status $context.routeKey'), ID);
  assert.deepEqual(
    r.map((x) => x.slice(0, 3)),
    [[ID, 'stages.$default.accessLog.format', 6]],
  );
});

test('flags an HTTP API format over 3 KB', async () => {
  const r = await configFindings(log(`$context.requestId ${'x'.repeat(3100)}`), ID);
  assert.deepEqual(
    r.map((x) => x.slice(0, 3)),
    [[ID, 'stages.$default.accessLog.format', 6]],
  );
});

test('accepts $context.requestId or $context.extendedRequestId', async () => {
  assert.deepEqual(await configFindings(log('$context.requestId $context.status'), ID), []);
  assert.deepEqual(await configFindings(log('{"id":"$context.extendedRequestId"}'), ID), []);
});
