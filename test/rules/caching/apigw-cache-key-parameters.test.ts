import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runRules } from '../../support/rules.js';
import rule from '../../../rules/caching/cache-key-parameters.js';

const doc = (keys: string) => `swagger: '2.0'
info: {title: t, version: '1'}
parameters:
  Limit: {name: limit, in: query, type: integer}
paths:
  /pets/{id}:
    parameters:
      - {name: id, in: path, required: true, type: string}
    get:
      parameters:
        - $ref: '#/parameters/Limit'
        - {name: X-Tenant, in: header, type: string}
      x-amazon-apigateway-integration:
        type: http_proxy
        cacheKeyParameters:
${keys}`;

test('flags undeclared parameters and malformed keys', async () => {
  const r = await runRules(rule, doc('          - method.request.querystring.page\n          - querystring.limit\n'));
  assert.deepEqual(
    r.map((x) => [x.code, x.path, x.line]),
    [
      ['apigw-cache-key-parameters', 'paths./pets/{id}.get.x-amazon-apigateway-integration.cacheKeyParameters.0', 16],
      ['apigw-cache-key-parameters', 'paths./pets/{id}.get.x-amazon-apigateway-integration.cacheKeyParameters.1', 17],
    ],
  );
  assert.match(r[0].message, /names a query parameter "page" the operation does not declare/);
  assert.match(r[1].message, /is not a method request parameter; write method.request.path/);
});

test('accepts declared path (path-level), query ($ref) and header (any case) parameters', async () => {
  const keys =
    '          - method.request.path.id\n          - method.request.querystring.limit\n          - method.request.header.x-tenant\n';
  assert.deepEqual(await runRules(rule, doc(keys)), []);
});
