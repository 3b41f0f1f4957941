import rule from '../../../rules/integration/integration-http-uri.js';
import { integrationDoc } from '../../support/fixtures.js';
import { ruleTester } from '../../support/rule-tester.js';

/** `uri` written as is (placeholders, intrinsics), at line 9. */
const doc = (uri: string, extra = '') =>
  integrationDoc(`type: http_proxy\nhttpMethod: GET\nuri: ${uri}\n${extra}`, { path: '/pets/{id}' });
const URI = { path: 'paths./pets/{id}.get.x-amazon-apigateway-integration.uri', line: 9 };

// DG setup-http-integrations: an absolute http(s) URL on port 80, 443 or 1024-65535.
ruleTester(rule, {
  valid: [
    ...[
      'https://example.com/pets/{id}',
      'http://${stageVariables.host}:8080/pets',
      'https://example.com:1024/x',
      '${backend_url}/pets',
      '!GetAtt Alb.DNSName',
    ].map((uri) => ({ name: uri, code: doc(uri) })),
    {
      name: 'an HTTP API private integration listener ARN',
      code: doc(
        'arn:aws:elasticloadbalancing:us-east-1:123456789012:listener/app/a/b/c',
        'connectionType: VPC_LINK\nconnectionId: abc\n',
      ),
      options: { flavour: 'http' },
    },
  ],
  invalid: [
    { name: 'a relative URL', code: doc('/pets/{id}'), errors: [{ ...URI, message: /is not an absolute URL/ }] },
    {
      name: 'another scheme',
      code: doc('ftp://example.com/x'),
      errors: [{ ...URI, message: /must use http:\/\/ or https:\/\/, not ftp:/ }],
    },
    {
      name: 'an unsupported port',
      code: doc('https://example.com:8/x'),
      errors: [{ ...URI, message: /uses port 8; API Gateway connects only to ports 80, 443 and 1024-65535/ }],
    },
  ],
});
