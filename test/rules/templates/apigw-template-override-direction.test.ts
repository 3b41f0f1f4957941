import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runRules } from '../../support/rules.js';
import rule from '../../../rules/templates/template-override-direction.js';

// DG apigateway-override-request-response-parameters.
test('request override in a response template', async () => {
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
                #set($context.requestOverride.header.X = "1")
                {}
`,
  );
  assert.deepEqual(
    results.map((r) => [r.code, r.path, r.line]),
    [
      [
        'apigw-template-override-direction',
        'paths./pets.post.x-amazon-apigateway-integration.responses.default.responseTemplates.application/json',
        15,
      ],
    ],
  );
  assert.match(results[0].message, /\(file line 16\)\]$/);
});

test('response override in a response template passes', async () => {
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
        requestTemplates:
          application/json: '#set($context.requestOverride.header.X = "1")'
        responses:
          default:
            statusCode: '200'
            responseTemplates:
              application/json: '#set($context.responseOverride.status = 400)'
`,
  );
  assert.deepEqual(
    results.map((r) => [r.code, r.path, r.line]),
    [],
  );
});
