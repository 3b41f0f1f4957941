import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runRules } from '../../support/rules.js';
import rule from '../../../rules/timeout/integration-timeout.js';

const doc = (ms: string, extra = '') => `openapi: 3.0.1
info: {title: t, version: '1'}
paths:
  /slow:
    get:
      x-amazon-apigateway-integration:
        type: http_proxy
        httpMethod: GET
        uri: https://example.com/slow
        timeoutInMillis: ${ms}
${extra}`;
const PATH = 'paths./slow.get.x-amazon-apigateway-integration.timeoutInMillis';

test('flags values below 50 ms', async () => {
  const r = await runRules(rule, doc('10'));
  assert.deepEqual(
    r.map((x) => [x.code, x.path, x.line]),
    [['apigw-integration-timeout', PATH, 10]],
  );
  assert.match(r[0].message, /minimum is 50 ms/);
});

test('flags HTTP APIs above 30,000 ms', async () => {
  const r = await runRules(rule, doc('30001'), { flavour: 'http' });
  assert.match(r[0].message, /HTTP APIs allow at most 30,000 ms/);
  assert.deepEqual(await runRules(rule, doc('30000'), { flavour: 'http' }), []);
});

test('flags edge-optimized REST APIs above 29,000 ms', async () => {
  const r = await runRules(rule, doc('29001'), { endpointType: 'EDGE' });
  assert.deepEqual(
    r.map((x) => [x.path, x.line]),
    [[PATH, 10]],
  );
  assert.match(r[0].message, /edge-optimized REST APIs allow at most 29,000 ms/);
});

test('flags non-integers and streaming beyond 15 minutes', async () => {
  assert.match((await runRules(rule, doc('1.5')))[0].message, /whole number of milliseconds/);
  assert.match(
    (await runRules(rule, doc('900001', '        responseTransferMode: STREAM\n')))[0].message,
    /at most 900,000 ms/,
  );
});

test('accepts the range, Regional/unknown REST above 29 s (the quota rule warns), and placeholders', async () => {
  for (const v of ['50', '29000', "'29000'", '60000', '"${timeout}"', '!Ref Timeout'])
    assert.deepEqual(await runRules(rule, doc(v)), [], v);
  assert.deepEqual(await runRules(rule, doc('600000', '        responseTransferMode: STREAM\n')), []);
});
