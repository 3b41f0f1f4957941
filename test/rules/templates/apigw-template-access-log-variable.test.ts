import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runRules } from '../../support/rules.js';
import rule from '../../../rules/templates/template-access-log-variable.js';

// DG api-gateway-variables-for-access-logging: variables for access logging only.
test('access-log-only variables', async () => {
  const results = await runRules(
    rule,
    `openapi: 3.0.1
info: {title: t, version: '1'}
paths:
  /pets:
    post:
      responses: {}
      x-amazon-apigateway-integration:
        type: aws
        httpMethod: POST
        uri: arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:123456789012:function:f/invocations
        responses:
          default:
            statusCode: '200'
            responseTemplates:
              application/json: |
                {"latency": "$context.integrationLatency", "s": "$context.status"}
`,
  );
  assert.deepEqual(
    results.map((r) => [r.code, r.path, r.line]),
    [
      [
        'apigw-template-access-log-variable',
        'paths./pets.post.x-amazon-apigateway-integration.responses.default.responseTemplates.application/json',
        15,
      ],
      [
        'apigw-template-access-log-variable',
        'paths./pets.post.x-amazon-apigateway-integration.responses.default.responseTemplates.application/json',
        15,
      ],
    ],
  );
  assert.match(results[0].message, /\$context.integrationLatency is an access-logging variable.*\(file line 16\)\]$/);
});

test('data-transformation variables pass', async () => {
  const results = await runRules(
    rule,
    `openapi: 3.0.1
info: {title: t, version: '1'}
paths:
  /pets:
    post:
      responses: {}
      x-amazon-apigateway-integration:
        type: aws
        httpMethod: POST
        uri: arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:123456789012:function:f/invocations
        responses:
          default:
            statusCode: '200'
            responseTemplates:
              application/json: '$context.requestId $context.authorizer.status'
`,
  );
  assert.deepEqual(
    results.map((r) => [r.code, r.path, r.line]),
    [],
  );
});
