import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { gatewayResponsesDoc } from '../../support/fixtures.js';
import { runRules } from '../../support/rules.js';
import rule from '../../../rules/gateway-responses/gateway-response-parameters.js';

/** One REST definition carrying a defect for each gateway-response rule; every rule test reads it. */
const EVERY_DEFECT = readFileSync(
  new URL('../../fixtures/rules/gateway-responses/every-defect.yaml', import.meta.url),
  'utf8',
);

// DG api-gateway-swagger-extensions-gateway-responses-responseParameters.
test('method.response key and unquoted static value', async () => {
  const results = await runRules(rule, EVERY_DEFECT);
  assert.deepEqual(
    results.map((r) => [r.code, r.path, r.line]),
    [
      [
        'apigw-gateway-response-parameters',
        'x-amazon-apigateway-gateway-responses.ACCESS_DENIED.responseParameters.method.response.header.X',
        24,
      ],
      [
        'apigw-gateway-response-parameters',
        'x-amazon-apigateway-gateway-responses.ACCESS_DENIED.responseParameters.gatewayresponse.header.Y',
        25,
      ],
    ],
  );
  assert.match(results[0].message, /use gatewayresponse.header.X, not method.response/);
  assert.match(results[1].message, /A static value must be in single quotes: "'plain'"/);
});

test('valid keys and values pass', async () => {
  const results = await runRules(rule, gatewayResponsesDoc({ requestTooLarge: true }));
  assert.deepEqual(
    results.map((r) => [r.code, r.path, r.line]),
    [],
  );
});

test('a method-response key copied into several gateway responses: one finding at the first, naming them all', async () => {
  const results = await runRules(
    rule,
    `swagger: '2.0'
info: {title: t, version: '1'}
paths: {}
x-amazon-apigateway-gateway-responses:
  UNAUTHORIZED:
    responseParameters:
      gatewayresponse.header.method.response.header.Access-Control-Allow-Origin: "'*'"
      gatewayresponse.header.method.response.header.Access-Control-Allow-Headers: "'*'"
  ACCESS_DENIED:
    responseParameters:
      gatewayresponse.header.method.response.header.Access-Control-Allow-Origin: "'*'"
`,
  );
  assert.deepEqual(
    results.map((r) => [r.code, r.path, r.line]),
    [
      [
        'apigw-gateway-response-parameters',
        'x-amazon-apigateway-gateway-responses.UNAUTHORIZED.responseParameters.gatewayresponse.header.method.response.header.Access-Control-Allow-Origin',
        7,
      ],
    ],
  );
  assert.match(
    results[0].message,
    /\(3 keys in 2 gateway responses: UNAUTHORIZED, ACCESS_DENIED\); write gatewayresponse.header.Access-Control-Allow-Origin, gatewayresponse.header.Access-Control-Allow-Headers\.$/,
  );
});
