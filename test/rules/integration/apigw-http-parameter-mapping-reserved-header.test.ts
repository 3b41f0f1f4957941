import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runRules } from '../../support/rules.js';
import rule from '../../../rules/integration/http-parameter-mapping-reserved-header.js';

const doc = (mapping: string) => `openapi: 3.0.1
info: {title: t, version: '1'}
paths:
  /pets:
    get:
      x-amazon-apigateway-integration:
        type: http_proxy
        httpMethod: GET
        uri: https://example.com/pets
        payloadFormatVersion: '1.0'
${mapping}`;

// DG http-api-parameter-mapping, "Reserved headers".
test('a mapping that writes a reserved header (request and response)', async () => {
  const r = await runRules(
    rule,
    doc(`        requestParameters:
          overwrite:header.Authorization: $request.header.X-Token
          append:header.x-trace: $context.requestId
        responseParameters:
          '200':
            overwrite:header.X-Amzn-RequestId: $context.requestId
`),
    { flavour: 'http' },
  );
  assert.deepEqual(
    r.map((x) => [x.code, x.path, x.line]),
    [
      [
        'apigw-http-parameter-mapping-reserved-header',
        'paths./pets.get.x-amazon-apigateway-integration.requestParameters.overwrite:header.Authorization',
        12,
      ],
      [
        'apigw-http-parameter-mapping-reserved-header',
        'paths./pets.get.x-amazon-apigateway-integration.responseParameters.200.overwrite:header.X-Amzn-RequestId',
        16,
      ],
    ],
  );
  assert.match(r[0].message, /changes the reserved header Authorization/);
});

test('ordinary headers pass, and REST APIs are not checked', async () => {
  const ok = doc(`        requestParameters:\n          append:header.x-trace: $context.requestId\n`);
  assert.deepEqual(await runRules(rule, ok, { flavour: 'http' }), []);
  assert.deepEqual(
    await runRules(rule, doc(`        requestParameters:\n          overwrite:header.Authorization: x\n`), {
      flavour: 'rest',
    }),
    [],
  );
});
