import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runRules } from '../../support/rules.js';
import rule from '../../../rules/integration/integration-field-ignored.js';

const doc = (field: string) => `openapi: 3.0.1
info: {title: t, version: '1'}
paths:
  /pets:
    get:
      x-amazon-apigateway-integration:
        type: aws_proxy
        httpMethod: POST
        uri: arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:1:function:f/invocations
        ${field}
`;

test('flags payloadFormatVersion in a REST API', async () => {
  const r = await runRules(rule, doc("payloadFormatVersion: '2.0'"), { flavour: 'rest' });
  assert.deepEqual(r.map((x) => [x.code, x.path, x.line]), [['apigw-integration-field-ignored', 'paths./pets.get.x-amazon-apigateway-integration.payloadFormatVersion', 10]]);
  assert.match(r[0].message, /payloadFormatVersion is used only by HTTP APIs; this REST API ignores it/);
});

test('flags requestTemplates in an HTTP API', async () => {
  const r = await runRules(rule, doc("requestTemplates: {application/json: '{}'}"), { flavour: 'http' });
  assert.match(r[0].message, /requestTemplates is used only by REST APIs; this HTTP API ignores it/);
});

test('accepts fields of the right API type', async () => {
  assert.deepEqual(await runRules(rule, doc("payloadFormatVersion: '2.0'"), { flavour: 'http' }), []);
  assert.deepEqual(await runRules(rule, doc('passthroughBehavior: never'), { flavour: 'rest' }), []);
});
