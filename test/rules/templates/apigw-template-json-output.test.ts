import rule from '../../../rules/templates/template-json-output.js';
import { integrationDoc, LAMBDA_INVOCATION_URI, requestTemplateDoc } from '../../support/fixtures.js';
import { ruleTester } from '../../support/rule-tester.js';

const TEMPLATE = (method: string) =>
  `paths./pets.${method}.x-amazon-apigateway-integration.requestTemplates.application/json`;
const post = { method: 'post', operation: 'responses: {}\n' };
const lambda = (template: string) => ({
  type: 'aws',
  httpMethod: 'POST',
  uri: LAMBDA_INVOCATION_URI,
  requestTemplates: { 'application/json': template },
});
// POST /pets with a request body schema (name: string, count: integer); the template at line 20.
const withSchema = (template: string) =>
  integrationDoc(lambda(template), {
    method: 'post',
    operation: `requestBody:
  content:
    application/json:
      schema:
        type: object
        properties:
          name: {type: string}
          count: {type: integer}
responses: {}
`,
  });
// A MOCK integration's template only selects the status code; API Gateway reads `{statusCode: 200}`
// (unquoted key) as the AWS CDK and the Serverless Framework generate it for CORS preflights.
const mock = (template: string) =>
  integrationDoc(
    { type: 'mock', requestTemplates: { 'application/json': template } },
    { method: 'options', operation: 'responses: {}\n' },
  );
const FORM = 'Action=Publish&Message=$util.urlEncode($input.body)';

// DG models-mappings: application/json templates produce the JSON payload.
ruleTester(rule, {
  valid: [
    {
      name: 'unquoted numbers from the schema',
      code: withSchema(`{"name": "$input.path('$.name')", "count": $input.path('$.count')}`),
    },
    {
      name: 'form-encoded output for an AWS service (SNS) is not JSON and is not checked',
      code: integrationDoc({ ...lambda(FORM), uri: 'arn:aws:apigateway:us-east-1:sns:action/Publish' }, post),
    },
    { name: 'MOCK {statusCode:200} (Serverless Framework)', code: mock('{statusCode:200}') },
    { name: 'MOCK { statusCode: 200 } (AWS CDK)', code: mock('{ statusCode: 200 }') },
  ],
  invalid: [
    {
      name: 'a missing colon renders invalid JSON',
      code: withSchema(`{"name" "$input.path('$.name')"}`),
      errors: [{ path: TEMPLATE('post'), line: 20, message: /renders invalid JSON for a sample request/ }],
    },
    {
      // Issue #16 item 8: a Lambda function must receive JSON; API Gateway answers 400 "Could not
      // parse request body into json" otherwise (recorded in serverless/serverless, "Multiple claims
      // for authorizer break body mapping template").
      name: "a Lambda custom integration's template that renders form-encoded output",
      code: requestTemplateDoc(FORM),
      errors: [
        {
          path: TEMPLATE('post'),
          line: 12,
          message: /A Lambda custom integration then answers 400 "Could not parse request body into json"/,
        },
      ],
    },
    {
      name: 'a MOCK template that is broken beyond an unquoted key',
      code: mock('{statusCode: 200,}'),
      errors: [{ path: TEMPLATE('options'), line: 10, message: /renders invalid JSON/ }],
    },
  ],
});
