import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { runRules } from '../../support/rules.js';
import rule from '../../../rules/gateway-responses/gateway-response-cors.js';

/** One REST definition carrying a defect for each gateway-response rule; every rule test reads it. */
const EVERY_DEFECT = readFileSync(
  new URL('../../fixtures/rules/gateway-responses/every-defect.yaml', import.meta.url),
  'utf8',
);

// DG how-to-cors: gateway responses need CORS headers too.
test('DEFAULT_5XX without CORS headers', async () => {
  const results = await runRules(rule, EVERY_DEFECT);
  assert.deepEqual(
    results.map((r) => [r.code, r.path, r.line]),
    [['apigw-gateway-response-cors', 'x-amazon-apigateway-gateway-responses', 14]],
  );
  assert.match(results[0].message, /the DEFAULT_5XX gateway response does not/);
});

test('no gateway responses at all: reported where CORS is used', async () => {
  const results = await runRules(
    rule,
    `swagger: '2.0'
info: {title: t, version: '1'}
paths:
  /a:
    get:
      responses: {}
      x-amazon-apigateway-integration:
        type: mock
        responses:
          default:
            statusCode: '200'
            responseParameters:
              method.response.header.Access-Control-Allow-Origin: "'*'"
`,
  );
  assert.deepEqual(
    results.map((r) => [r.code, r.path, r.line]),
    [
      [
        'apigw-gateway-response-cors',
        'paths./a.get.x-amazon-apigateway-integration.responses.default.responseParameters',
        12,
      ],
    ],
  );
  assert.match(results[0].message, /DEFAULT_4XX and DEFAULT_5XX gateway responses do not/);
});

test('APIs without CORS pass', async () => {
  const results = await runRules(
    rule,
    `swagger: '2.0'
info: {title: t, version: '1'}
paths:
  /a:
    get:
      responses: {}
      x-amazon-apigateway-integration:
        type: mock
        responses:
          default:
            statusCode: '200'
            responseParameters:
              method.response.header.X-Other: "'*'"
x-amazon-apigateway-gateway-responses:
  DEFAULT_4XX:
    statusCode: 499
    responseParameters:
      gatewayresponse.header.Access-Control-Allow-Origin: "'*'"
  Unauthorized:
    statusCode: '401'
  ACCESS_DENIED:
    statusCode: '4000'
    responseParameters:
      method.response.header.X: "'a'"
      gatewayresponse.header.Y: plain
      gatewayresponse.header.Z: method.request.header.Origin
    responseTemplates:
      application/json: '{"message": $context.error.messageString}'
  REQUEST_TOO_LARGE:
    responseTemplates:
      application/json: |
        #if($context.error.message)
        {"m": "$util.escapeJavaScript($context.error.message)"}
        #end
`,
  );
  assert.deepEqual(
    results.map((r) => [r.code, r.path, r.line]),
    [],
  );
});
