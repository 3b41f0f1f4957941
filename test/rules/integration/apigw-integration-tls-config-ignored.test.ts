import rule from '../../../rules/integration/integration-tls-config-ignored.js';
import { integrationDoc, LAMBDA_INVOCATION_URI } from '../../support/fixtures.js';
import { ruleTester } from '../../support/rule-tester.js';

const INTEGRATION = 'paths./a.get.x-amazon-apigateway-integration';
// REST: GET /a, tlsConfig at line 11.
const rest = (type: string, uri: string) =>
  integrationDoc(`type: ${type}\nhttpMethod: POST\nuri: ${uri}\ntlsConfig: {insecureSkipVerification: true}\n`, {
    path: '/a',
    operation: "responses: {'200': {description: ok}}\n",
  });
// HTTP: GET /a, tlsConfig at line 12 (13 with a VPC link's connectionId).
const http = (connection: 'INTERNET' | 'VPC_LINK') =>
  integrationDoc(
    `type: http_proxy
httpMethod: GET
payloadFormatVersion: '1.0'
uri: ${connection === 'VPC_LINK' ? 'arn:aws:elasticloadbalancing:us-east-1:123456789012:listener/app/a/b/c' : 'https://example.com'}
connectionType: ${connection}
${connection === 'VPC_LINK' ? 'connectionId: abc123\n' : ''}tlsConfig: {serverNameToVerify: example.com}
`,
    { path: '/a' },
  );

ruleTester(rule, {
  valid: [
    { name: 'REST HTTP integration', code: rest('http_proxy', 'https://example.com'), options: { flavour: 'rest' } },
    { name: 'HTTP API private integration', code: http('VPC_LINK'), options: { flavour: 'http' } },
  ],
  invalid: [
    {
      name: 'REST: insecureSkipVerification on a Lambda integration',
      code: rest('aws_proxy', LAMBDA_INVOCATION_URI),
      options: { flavour: 'rest' },
      errors: [
        {
          path: `${INTEGRATION}.tlsConfig.insecureSkipVerification`,
          line: 11,
          message:
            /applies only to HTTP and HTTP_PROXY integrations; on a aws_proxy integration API Gateway ignores it/,
        },
      ],
    },
    {
      name: 'HTTP: serverNameToVerify on a public integration',
      code: http('INTERNET'),
      options: { flavour: 'http' },
      errors: [{ path: `${INTEGRATION}.tlsConfig.serverNameToVerify`, line: 12 }],
    },
  ],
});
