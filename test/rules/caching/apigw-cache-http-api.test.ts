import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runRules } from '../../support/rules.js';
import rule from '../../../rules/caching/cache-http-api.js';

const doc = `openapi: 3.0.1
info: {title: t, version: '1'}
paths:
  /pets:
    get:
      x-amazon-apigateway-integration:
        type: http_proxy
        cacheKeyParameters: [method.request.querystring.page]
`;

test('flags cache settings in an HTTP API', async () => {
  const r = await runRules(rule, doc, { flavour: 'http' });
  assert.deepEqual(
    r.map((x) => [x.code, x.path, x.line]),
    [['apigw-cache-http-api', 'paths./pets.get.x-amazon-apigateway-integration.cacheKeyParameters', 8]],
  );
  assert.match(r[0].message, /HTTP APIs do not support API caching/);
});

test('accepts them in a REST API', async () => {
  assert.deepEqual(await runRules(rule, doc, { flavour: 'rest' }), []);
});
