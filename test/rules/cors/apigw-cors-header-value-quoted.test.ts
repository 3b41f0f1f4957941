import rule from '../../../rules/cors/cors-header-value-quoted.js';
import { corsDoc } from '../../support/fixtures.js';
import { ruleTester } from '../../support/rule-tester.js';

ruleTester(rule, {
  valid: ['"\'*\'"', 'integration.response.header.Origin', 'stageVariables.origin', 'method.request.header.Origin'].map(
    (v) => ({ name: v, code: corsDoc({ getOrigin: v }) }),
  ),
  invalid: [
    {
      name: 'an unquoted static origin',
      code: corsDoc({ getOrigin: "'*'" }),
      errors: [
        {
          path: 'paths./pets.get.x-amazon-apigateway-integration.responses.default.responseParameters.method.response.header.Access-Control-Allow-Origin',
          line: 19,
          message: /is set to \*, which is neither a quoted static value nor a mapping expression/,
        },
      ],
    },
  ],
});
