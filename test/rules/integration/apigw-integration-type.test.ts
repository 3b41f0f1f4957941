import rule from '../../../rules/integration/integration-type.js';
import { integrationDoc } from '../../support/fixtures.js';
import { ruleTester } from '../../support/rule-tester.js';

const TYPE = 'paths./pets.get.x-amazon-apigateway-integration.type';
const doc = (type?: string) =>
  integrationDoc({ ...(type === undefined ? {} : { type }), httpMethod: 'POST', uri: 'https://example.com' });
const http = { flavour: 'http' } as const;

// DG api-gateway-swagger-extensions-integration (REST types); DG http-api-develop-integrations (HTTP: proxies).
ruleTester(rule, {
  valid: [
    ...['aws', 'AWS_PROXY', 'http', 'HTTP_PROXY', 'mock'].map((t) => ({ name: `REST ${t}`, code: doc(t) })),
    ...['aws_proxy', 'HTTP_PROXY'].map((t) => ({ name: `HTTP ${t}`, code: doc(t), options: http })),
    { name: 'a !Ref', code: doc('!Ref IntegrationType') },
    { name: 'an Fn::If', code: doc('{"Fn::If": [c, AWS, HTTP]}') },
  ],
  invalid: [
    {
      name: 'an unknown integration type',
      code: doc('lambda'),
      errors: [
        {
          path: TYPE,
          line: 7,
          message: /Unknown integration type "lambda"; use one of AWS, AWS_PROXY, HTTP, HTTP_PROXY or MOCK/,
        },
      ],
    },
    {
      name: 'REST-only types in an HTTP API',
      code: doc('http'),
      options: http,
      errors: [{ path: TYPE, line: 7, message: /HTTP APIs support only AWS_PROXY and HTTP_PROXY/ }],
    },
    {
      name: 'a missing type, at the integration',
      code: doc(),
      errors: [{ path: 'paths./pets.get.x-amazon-apigateway-integration', line: 6 }],
    },
  ],
});
