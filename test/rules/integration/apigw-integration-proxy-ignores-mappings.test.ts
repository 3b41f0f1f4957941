import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runRules } from '../../support/rules.js';
import rule from '../../../rules/integration/integration-proxy-ignores-mappings.js';

const doc = `openapi: 3.0.1
info: {title: t, version: '1'}
paths:
  /pets:
    get:
      x-amazon-apigateway-integration:
        type: aws_proxy
        httpMethod: POST
        uri: arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:123456789012:function:f/invocations
        requestTemplates:
          application/json: '{}'
        responses:
          default:
            statusCode: '200'
            responseParameters:
              method.response.header.Access-Control-Allow-Origin: "'*'"
`;

test('flags templates and response mappings on a proxy integration', async () => {
  const r = await runRules(rule, doc);
  assert.deepEqual(
    r.map((x) => [x.code, x.path, x.line]),
    [
      [
        'apigw-integration-proxy-ignores-mappings',
        'paths./pets.get.x-amazon-apigateway-integration.requestTemplates',
        10,
      ],
      [
        'apigw-integration-proxy-ignores-mappings',
        'paths./pets.get.x-amazon-apigateway-integration.responses.default.responseParameters',
        15,
      ],
    ],
  );
  assert.match(r[1].message, /for CORS headers, return them from the backend/);
});

test('accepts the exported form (default statusCode only) and non-proxy mappings', async () => {
  const exported = doc
    .replace(/        requestTemplates:\n.*\n/, '')
    .replace(/            responseParameters:\n.*\n/, '');
  assert.deepEqual(await runRules(rule, exported), []);
  assert.deepEqual(await runRules(rule, doc.replace('aws_proxy', 'aws')), []);
});
