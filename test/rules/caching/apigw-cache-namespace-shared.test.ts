import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runRules } from '../../support/rules.js';
import rule from '../../../rules/caching/cache-namespace-shared.js';

const doc = (second: string) => `swagger: '2.0'
info: {title: t, version: '1'}
paths:
  /pets:
    get:
      x-amazon-apigateway-integration: {type: http_proxy, cacheNamespace: pets}
    head:
      x-amazon-apigateway-integration: {type: http_proxy, cacheNamespace: pets}
  /owners:
    get:
      x-amazon-apigateway-integration: {type: http_proxy, cacheNamespace: ${second}}
`;

test('flags a namespace shared by different paths, on each of them', async () => {
  const r = await runRules(rule, doc('pets'));
  assert.deepEqual(
    r.map((x) => [x.code, x.path, x.line]),
    [
      ['apigw-cache-namespace-shared', 'paths./pets.get.x-amazon-apigateway-integration.cacheNamespace', 6],
      ['apigw-cache-namespace-shared', 'paths./pets.head.x-amazon-apigateway-integration.cacheNamespace', 8],
      ['apigw-cache-namespace-shared', 'paths./owners.get.x-amazon-apigateway-integration.cacheNamespace', 11],
    ],
  );
  assert.match(r[2].message, /"pets" is also used by \/pets/);
});

test('accepts one namespace per path (methods of one path may share)', async () => {
  assert.deepEqual(await runRules(rule, doc('owners')), []);
});
