import rule from '../../../rules/integration/integration-never-without-templates.js';
import { integrationDoc } from '../../support/fixtures.js';
import { ruleTester } from '../../support/rule-tester.js';

const FIELD = 'paths./pets.get.x-amazon-apigateway-integration.passthroughBehavior';
const DEFAULT = { default: { statusCode: '200' } };

// DG integration-passthrough-behaviors: NEVER with no mapping template rejects with 415.
ruleTester(rule, {
  valid: [
    {
      name: 'MOCK without a template returns its default response',
      code: integrationDoc({ type: 'mock', responses: DEFAULT }),
    },
    {
      name: 'NEVER with a template',
      code: integrationDoc({
        type: 'mock',
        passthroughBehavior: 'NEVER',
        requestTemplates: { 'application/json': '{"statusCode": 200}' },
        responses: DEFAULT,
      }),
    },
    {
      name: 'WHEN_NO_TEMPLATES without templates',
      code: integrationDoc({
        type: 'http',
        httpMethod: 'GET',
        uri: 'https://example.com',
        passthroughBehavior: 'WHEN_NO_TEMPLATES',
        responses: DEFAULT,
      }),
    },
    {
      name: 'a proxy integration ignores passthrough',
      code: integrationDoc({
        type: 'http_proxy',
        httpMethod: 'GET',
        uri: 'https://example.com',
        passthroughBehavior: 'NEVER',
      }),
    },
  ],
  invalid: [
    {
      name: 'MOCK with NEVER and no template',
      code: integrationDoc({ type: 'mock', passthroughBehavior: 'never', responses: DEFAULT }),
      errors: [{ path: FIELD, line: 8, message: /rejects every request with 415 .*\{"statusCode": 200\}/ }],
    },
    {
      name: 'HTTP with NEVER and an empty template map',
      code: integrationDoc({
        type: 'http',
        httpMethod: 'GET',
        uri: 'https://example.com',
        passthroughBehavior: 'NEVER',
        requestTemplates: {},
        responses: DEFAULT,
      }),
      errors: [{ path: FIELD, line: 10 }],
    },
  ],
});
