import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runRules } from '../../support/rules.js';
import rule from '../../../rules/integration/integration-http-uri.js';

const doc = (uri: string, extra = '') => `openapi: 3.0.1
info: {title: t, version: '1'}
paths:
  /pets/{id}:
    get:
      x-amazon-apigateway-integration:
        type: http_proxy
        httpMethod: GET
        uri: ${uri}
${extra}`;
const PATH = 'paths./pets/{id}.get.x-amazon-apigateway-integration.uri';

test('flags a relative URL', async () => {
  const r = await runRules(rule, doc('/pets/{id}'));
  assert.deepEqual(
    r.map((x) => [x.code, x.path, x.line]),
    [['apigw-integration-http-uri', PATH, 9]],
  );
  assert.match(r[0].message, /is not an absolute URL/);
});

test('flags other schemes and unsupported ports', async () => {
  assert.match(
    (await runRules(rule, doc('ftp://example.com/x')))[0].message,
    /must use http:\/\/ or https:\/\/, not ftp:/,
  );
  assert.match(
    (await runRules(rule, doc('https://example.com:8/x')))[0].message,
    /uses port 8; API Gateway connects only to ports 80, 443 and 1024-65535/,
  );
});

test('accepts URLs with path parameters, stage variables, placeholders, ports ≥1024, HTTP API private ARNs', async () => {
  for (const uri of [
    'https://example.com/pets/{id}',
    'http://${stageVariables.host}:8080/pets',
    'https://example.com:1024/x',
    '${backend_url}/pets',
    '!GetAtt Alb.DNSName',
  ]) {
    assert.deepEqual(await runRules(rule, doc(uri)), [], uri);
  }
  const listener = doc(
    'arn:aws:elasticloadbalancing:us-east-1:123456789012:listener/app/a/b/c',
    '        connectionType: VPC_LINK\n        connectionId: abc\n',
  );
  assert.deepEqual(await runRules(rule, listener, { flavour: 'http' }), []);
});
