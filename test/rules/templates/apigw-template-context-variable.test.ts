import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runRules } from '../../support/rules.js';
import rule from '../../../rules/templates/template-context-variable.js';

// DG api-gateway-mapping-template-reference: $context variables (names are case-sensitive).
test('misspelt variable, with a suggestion', async () => {
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
          application/json: |
            {
              "id": "$context.requestID",
              "ip": "$context.identity.sourceIp",
              "t": "$context.requestTime.substring(0, 2)"
            }
`,
  );
  assert.deepEqual(
    results.map((r) => [r.code, r.path, r.line]),
    [
      [
        'apigw-template-context-variable',
        'paths./pets.post.x-amazon-apigateway-integration.requestTemplates.application/json',
        12,
      ],
    ],
  );
  assert.match(
    results[0].message,
    /\$context.requestID is not a \$context variable.*Did you mean \$context.requestId\? \[template line 2, column 10 \(file line 14\)\]$/,
  );
});

test('authorizer keys, overrides and claims pass', async () => {
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
          application/json: '$context.authorizer.tenant $context.authorizer.claims[''email''] $context.requestOverride.header.X ## $context.bogus'
`,
  );
  assert.deepEqual(
    results.map((r) => [r.code, r.path, r.line]),
    [],
  );
});
