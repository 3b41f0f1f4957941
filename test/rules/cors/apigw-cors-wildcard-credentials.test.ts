import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runRules } from '../../support/rules.js';
import rule from '../../../rules/cors/cors-wildcard-credentials.js';
import { corsDoc } from '../../support/fixtures.js';

const withCredentials = (origin: string) =>
  corsDoc({ getOrigin: `${origin}\n              method.response.header.Access-Control-Allow-Credentials: "'true'"` });

test('flags a wildcard origin with credentials in a REST mapping', async () => {
  const r = await runRules(rule, withCredentials('"\'*\'"'));
  assert.deepEqual(
    r.map((x) => [x.code, x.path, x.line]),
    [
      [
        'apigw-cors-wildcard-credentials',
        'paths./pets.get.x-amazon-apigateway-integration.responses.default.responseParameters.method.response.header.Access-Control-Allow-Origin',
        19,
      ],
    ],
  );
});

test('flags allowCredentials with allowOrigins * in an HTTP API', async () => {
  const doc = `openapi: 3.0.1\ninfo: {title: t, version: '1'}\npaths: {}\nx-amazon-apigateway-cors:\n  allowOrigins: ['*']\n  allowCredentials: true\n`;
  const r = await runRules(rule, doc);
  assert.deepEqual(
    r.map((x) => [x.path, x.line]),
    [['x-amazon-apigateway-cors.allowCredentials', 6]],
  );
  assert.match(r[0].message, /rejected by API Gateway \(400\)/);
});

test('accepts an exact origin with credentials', async () => {
  assert.deepEqual(await runRules(rule, withCredentials('"\'https://app.example.com\'"')), []);
});
