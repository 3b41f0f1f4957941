import rule from '../../../rules/integration/integration-proxy-ignores-mappings.js';
import { integrationDoc, lambdaProxyDoc, LAMBDA_INVOCATION_URI } from '../../support/fixtures.js';
import { ruleTester } from '../../support/rule-tester.js';

const INTEGRATION = 'paths./pets.get.x-amazon-apigateway-integration';
const MAPPINGS = {
  requestTemplates: { 'application/json': '{}' },
  responses: {
    default: {
      statusCode: '200',
      responseParameters: { 'method.response.header.Access-Control-Allow-Origin': "'*'" },
    },
  },
};

ruleTester(rule, {
  valid: [
    {
      name: 'the exported form (default statusCode only)',
      code: lambdaProxyDoc({ responses: { default: { statusCode: '200' } } }),
    },
    {
      name: 'mappings on a non-proxy integration',
      code: integrationDoc({ type: 'aws', httpMethod: 'POST', uri: LAMBDA_INVOCATION_URI, ...MAPPINGS }),
    },
  ],
  invalid: [
    {
      name: 'templates and response mappings on a proxy integration',
      code: lambdaProxyDoc(MAPPINGS),
      errors: [
        { path: `${INTEGRATION}.requestTemplates`, line: 10 },
        {
          path: `${INTEGRATION}.responses.default.responseParameters`,
          line: 15,
          message: /for CORS headers, return them from the backend/,
        },
      ],
    },
  ],
});
