import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runRules } from '../../support/rules.js';
import rule from '../../../rules/cors/cors-rest-extension-ignored.js';

const doc = (head: string, extra = '') => `${head}
info: {title: t, version: '1'}
paths: {}
x-amazon-apigateway-cors:
  allowOrigins: ['*']
${extra}`;

test('flags the HTTP CORS extension in a Swagger 2.0 (REST) document', async () => {
  const r = await runRules(rule, doc("swagger: '2.0'"));
  assert.deepEqual(
    r.map((x) => [x.code, x.path, x.line]),
    [['apigw-cors-rest-extension-ignored', 'x-amazon-apigateway-cors', 4]],
  );
  assert.match(r[0].message, /this is a REST API \(it is a Swagger 2.0 document/);
});

test('flags it with REST-only root extensions or --api-type rest', async () => {
  assert.match(
    (await runRules(rule, doc('openapi: 3.0.1', 'x-amazon-apigateway-binary-media-types: [image/png]\n')))[0].message,
    /it uses x-amazon-apigateway-binary-media-types/,
  );
  assert.match((await runRules(rule, doc('openapi: 3.0.1'), { flavour: 'rest' }))[0].message, /the API type is REST/);
});

test('accepts it in an HTTP API', async () => {
  assert.deepEqual(await runRules(rule, doc('openapi: 3.0.1')), []);
});
