import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runRules } from '../../support/rules.js';
import rule from '../../../rules/integration/integration-uri-placeholder.js';

const doc = (
  uri: string,
  authorizerUri = 'arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:123456789012:function:auth/invocations',
) => `openapi: 3.0.1
info: {title: t, version: '1'}
components:
  securitySchemes:
    auth:
      type: apiKey
      name: Authorization
      in: header
      x-amazon-apigateway-authorizer:
        type: token
        authorizerUri: ${authorizerUri}
paths:
  /a:
    get:
      responses: {'200': {description: ok}}
      x-amazon-apigateway-integration:
        type: aws_proxy
        httpMethod: POST
        uri: ${uri}
`;

test('flags example account, region and function-name text left in URIs', async () => {
  const r = await runRules(
    rule,
    doc(
      'arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:ACCOUNT_ID:function:myFunction/invocations',
      'arn:aws:apigateway:REGION:lambda:path/2015-03-31/functions/arn:aws:lambda:REGION:123456789012:function:YOUR_FUNCTION_NAME/invocations',
    ),
  );
  assert.deepEqual(
    r.map((x) => [x.code, x.path, x.line]),
    [
      [
        'apigw-integration-uri-placeholder',
        'components.securitySchemes.auth.x-amazon-apigateway-authorizer.authorizerUri',
        11,
      ],
      ['apigw-integration-uri-placeholder', 'paths./a.get.x-amazon-apigateway-integration.uri', 19],
    ],
  );
  assert.match(
    r[0].message,
    /authorizerUri still holds placeholder text "REGION", "YOUR_FUNCTION_NAME"; API Gateway takes it literally/,
  );
  assert.match(r[1].message, /uri still holds placeholder text "ACCOUNT_ID"/);
  const http = await runRules(rule, doc('https://<your-api-host>/items'));
  assert.deepEqual(
    http.map((x) => x.message.slice(0, 50)),
    ['uri still holds placeholder text "<your-api-host>"'],
  );
});

test('real values, upper-case function names and deploy-time placeholders pass', async () => {
  for (const uri of [
    'arn:aws:apigateway:${AWS::Region}:lambda:path/2015-03-31/functions/arn:aws:lambda:${AWS::Region}:${AWS::AccountId}:function:${Fn}/invocations',
    'arn:aws:apigateway:eu-west-1:lambda:path/2015-03-31/functions/arn:aws:lambda:eu-west-1:123456789012:function:ORDERS/invocations',
    'arn:aws:apigateway:{{region}}:lambda:path/2015-03-31/functions/{{fnArn}}/invocations',
    'arn:aws:apigateway:us-east-1:sqs:path/123456789012/queue',
    'https://example.com/{proxy}',
    'https://${stageVariables.host}/items',
  ])
    assert.deepEqual(await runRules(rule, doc(uri)), [], uri);
});
