import rule from '../../../rules/integration/http-payload-format-version.js';
import { integrationDoc } from '../../support/fixtures.js';
import { ruleTester } from '../../support/rule-tester.js';

const LAMBDA = 'arn:aws:lambda:us-east-1:123456789012:function:f';
const doc = (type: string, uri: string, version: string) =>
  integrationDoc(`type: ${type}\nhttpMethod: GET\nuri: ${uri}\npayloadFormatVersion: ${version}`);
const http = { flavour: 'http' } as const;
const AT = { path: 'paths./pets.get.x-amazon-apigateway-integration.payloadFormatVersion', line: 10 };

// DG http-api-develop-integrations-lambda: 1.0 or 2.0; 2.0 is for Lambda proxy integrations.
ruleTester(rule, {
  valid: [
    ...["'2.0'", '2.0', "'1.0'", '1.0'].map((v) => ({
      name: `Lambda ${v}`,
      code: doc('aws_proxy', LAMBDA, v),
      options: http,
    })),
    { name: '1.0 on an HTTP proxy', code: doc('http_proxy', 'https://example.com', '1.0'), options: http },
  ],
  invalid: [
    {
      name: '2.0 on an HTTP proxy integration',
      code: doc('http_proxy', 'https://example.com', "'2.0'"),
      options: http,
      errors: [{ ...AT, message: /2\.0 applies only to Lambda proxy integrations/ }],
    },
    {
      name: 'an unknown version',
      code: doc('aws_proxy', LAMBDA, "'3.0'"),
      options: http,
      errors: [{ ...AT, message: /"3\.0" is not valid/ }],
    },
  ],
});
