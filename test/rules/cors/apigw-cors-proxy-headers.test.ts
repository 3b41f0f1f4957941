import rule from '../../../rules/cors/cors-proxy-headers.js';
import { lambdaProxyDoc, PREFLIGHT } from '../../support/fixtures.js';
import { ruleTester } from '../../support/rule-tester.js';

ruleTester(rule, {
  valid: [{ name: 'no preflight on the path', code: lambdaProxyDoc({}, { method: 'post' }) }],
  invalid: [
    {
      name: 'a Lambda proxy on a CORS path must return the headers itself',
      code: lambdaProxyDoc({}, { method: 'post', after: PREFLIGHT }),
      errors: [
        {
          path: 'paths./pets.post.x-amazon-apigateway-integration.type',
          line: 7,
          message: /the Lambda function must return Access-Control-Allow-Origin itself/,
        },
      ],
    },
  ],
});
