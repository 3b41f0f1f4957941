import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runRules } from '../../support/rules.js';
import rule from '../../../rules/templates/template-override-twice.js';

// DG apigateway-override-request-response-parameters: an override applies once per parameter.
test('same override set twice on one path', async () => {
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
                #set($context.responseOverride.status = 400)
                #if($x)
                #set($context.responseOverride.status = 500)
                #end
`,
  );
  assert.deepEqual(
    results.map((r) => [r.code, r.path, r.line]),
    [
      [
        'apigw-template-override-twice',
        'paths./pets.post.x-amazon-apigateway-integration.responses.default.responseTemplates.application/json',
        15,
      ],
    ],
  );
  assert.match(results[0].message, /already set at template line 1.*\[template line 3, column 1 \(file line 18\)\]$/);
});

test('different branches pass', async () => {
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
                #if($x)
                #set($context.responseOverride.status = 400)
                #else
                #set($context.responseOverride.status = 500)
                #end
`,
  );
  assert.deepEqual(
    results.map((r) => [r.code, r.path, r.line]),
    [],
  );
});
