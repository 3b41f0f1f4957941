import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runRules } from '../../support/rules.js';
import rule from '../../../rules/timeout/integration-timeout-quota.js';

const doc = (ms: string) => `openapi: 3.0.1
info: {title: t, version: '1'}
paths:
  /slow:
    get:
      x-amazon-apigateway-integration:
        type: http_proxy
        timeoutInMillis: ${ms}
`;

test('warns above 29,000 ms on a REST API of unknown endpoint type', async () => {
  const r = await runRules(rule, doc('60000'));
  assert.deepEqual(
    r.map((x) => [x.code, x.path, x.line, x.severity]),
    [['apigw-integration-timeout-quota', 'paths./slow.get.x-amazon-apigateway-integration.timeoutInMillis', 8, 1]],
  );
  assert.match(r[0].message, /Service Quotas increase .*L-E5AE38E3.*edge-optimized APIs cannot go above 29,000 ms/);
});

test('names the declared Regional endpoint type', async () => {
  assert.match((await runRules(rule, doc('60000'), { endpointType: 'REGIONAL' }))[0].message, /for this REGIONAL API/);
});

test('stays quiet at 29,000 ms, on HTTP APIs and on EDGE (an error of another rule)', async () => {
  assert.deepEqual(await runRules(rule, doc('29000')), []);
  assert.deepEqual(await runRules(rule, doc('60000'), { flavour: 'http' }), []);
  assert.deepEqual(await runRules(rule, doc('60000'), { endpointType: 'EDGE' }), []);
});
