import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runRules } from '../../support/rules.js';
import rule from '../../../rules/integration/integration-tls-config-ignored.js';

const rest = (type: string, uri: string) => `openapi: 3.0.1
info: {title: t, version: '1'}
paths:
  /a:
    get:
      responses: {'200': {description: ok}}
      x-amazon-apigateway-integration:
        type: ${type}
        httpMethod: POST
        uri: ${uri}
        tlsConfig: {insecureSkipVerification: true}
`;
const lambda =
  'arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:123456789012:function:f/invocations';

const http = (connection: string) => `openapi: 3.0.1
info: {title: t, version: '1'}
paths:
  /a:
    get:
      x-amazon-apigateway-integration:
        type: http_proxy
        httpMethod: GET
        payloadFormatVersion: '1.0'
        uri: ${connection === 'VPC_LINK' ? 'arn:aws:elasticloadbalancing:us-east-1:123456789012:listener/app/a/b/c' : 'https://example.com'}
        connectionType: ${connection}
${connection === 'VPC_LINK' ? '        connectionId: abc123\n' : ''}        tlsConfig: {serverNameToVerify: example.com}
`;

test('REST: insecureSkipVerification on a Lambda integration; HTTP: serverNameToVerify on a public integration', async () => {
  const r = await runRules(rule, rest('aws_proxy', lambda), { flavour: 'rest' });
  assert.deepEqual(
    r.map((x) => [x.code, x.path, x.line]),
    [
      [
        'apigw-integration-tls-config-ignored',
        'paths./a.get.x-amazon-apigateway-integration.tlsConfig.insecureSkipVerification',
        11,
      ],
    ],
  );
  assert.match(
    r[0].message,
    /applies only to HTTP and HTTP_PROXY integrations; on a aws_proxy integration API Gateway ignores it/,
  );
  const h = await runRules(rule, http('INTERNET'), { flavour: 'http' });
  assert.deepEqual(
    h.map((x) => [x.path, x.line]),
    [['paths./a.get.x-amazon-apigateway-integration.tlsConfig.serverNameToVerify', 12]],
  );
});

test('REST HTTP integrations and HTTP API private integrations keep their TLS settings', async () => {
  assert.deepEqual(await runRules(rule, rest('http_proxy', 'https://example.com'), { flavour: 'rest' }), []);
  assert.deepEqual(await runRules(rule, http('VPC_LINK'), { flavour: 'http' }), []);
});
