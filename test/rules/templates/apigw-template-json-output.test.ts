import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runRules } from '../../support/rules.js';
import rule from '../../../rules/templates/template-json-output.js';
import { ruleTester } from '../../support/rule-tester.js';

// DG models-mappings: application/json templates produce the JSON payload.
test('missing colon renders invalid JSON', async () => {
  const results = await runRules(
    rule,
    `openapi: 3.0.1
info: {title: t, version: '1'}
paths:
  /pets:
    post:
      requestBody:
        content:
          application/json:
            schema:
              type: object
              properties:
                name: {type: string}
                count: {type: integer}
      responses: {}
      x-amazon-apigateway-integration:
        type: aws
        httpMethod: POST
        uri: arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:123456789012:function:f/invocations
        requestTemplates:
          application/json: '{"name" "$input.path(''$.name'')"}'
`,
  );
  assert.deepEqual(
    results.map((r) => [r.code, r.path, r.line]),
    [
      [
        'apigw-template-json-output',
        'paths./pets.post.x-amazon-apigateway-integration.requestTemplates.application/json',
        20,
      ],
    ],
  );
  assert.match(results[0].message, /renders invalid JSON for a sample request/);
});

test('unquoted numbers from the schema, form-encoded output and MOCK status pass', async () => {
  const results = await runRules(
    rule,
    `openapi: 3.0.1
info: {title: t, version: '1'}
paths:
  /pets:
    post:
      requestBody:
        content:
          application/json:
            schema:
              type: object
              properties:
                name: {type: string}
                count: {type: integer}
      responses: {}
      x-amazon-apigateway-integration:
        type: aws
        httpMethod: POST
        uri: arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:123456789012:function:f/invocations
        requestTemplates:
          application/json: '{"name": "$input.path(''$.name'')", "count": $input.path(''$.count'')}'
`,
  );
  assert.deepEqual(
    results.map((r) => [r.code, r.path, r.line]),
    [],
  );
});

test('form-encoded output for an AWS service (SNS) is not JSON and is not checked', async () => {
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
        uri: arn:aws:apigateway:us-east-1:sns:action/Publish
        requestTemplates:
          application/json: 'Action=Publish&Message=$util.urlEncode($input.body)'
`,
  );
  assert.deepEqual(
    results.map((r) => [r.code, r.path, r.line]),
    [],
  );
});

// Issue #16 item 8: a Lambda function must receive JSON; API Gateway answers 400 "Could not parse
// request body into json" otherwise (recorded in serverless/serverless, "Multiple claims for
// authorizer break body mapping template").
test("a Lambda custom integration's template that renders non-JSON, form-encoded or not, is reported", async () => {
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
          application/json: 'Action=Publish&Message=$util.urlEncode($input.body)'
`,
  );
  assert.deepEqual(
    results.map((r) => [r.code, r.path, r.line]),
    [
      [
        'apigw-template-json-output',
        'paths./pets.post.x-amazon-apigateway-integration.requestTemplates.application/json',
        12,
      ],
    ],
  );
  assert.match(
    results[0].message,
    /A Lambda custom integration then answers 400 "Could not parse request body into json"/,
  );
});

// A MOCK integration's template only selects the status code; API Gateway reads `{statusCode: 200}`
// (unquoted key) as the AWS CDK and the Serverless Framework generate it for CORS preflights.
const mock = (template: string) => `openapi: 3.0.1
info: {title: t, version: '1'}
paths:
  /pets:
    options:
      responses: {}
      x-amazon-apigateway-integration:
        type: mock
        requestTemplates:
          application/json: '${template}'
`;

ruleTester(rule, {
  valid: [
    { name: 'MOCK {statusCode:200} (Serverless Framework)', code: mock('{statusCode:200}') },
    { name: 'MOCK { statusCode: 200 } (AWS CDK)', code: mock('{ statusCode: 200 }') },
  ],
  invalid: [
    {
      name: 'MOCK template that is broken beyond an unquoted key',
      code: mock('{statusCode: 200,}'),
      errors: [
        {
          path: 'paths./pets.options.x-amazon-apigateway-integration.requestTemplates.application/json',
          line: 10,
          message: /renders invalid JSON/,
        },
      ],
    },
  ],
});
