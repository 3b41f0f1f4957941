import rule from '../../../rules/templates/template-access-log-variable.js';
import { responseTemplateDoc } from '../../support/fixtures.js';
import { ruleTester } from '../../support/rule-tester.js';

const TEMPLATE =
  'paths./pets.post.x-amazon-apigateway-integration.responses.default.responseTemplates.application/json';

// DG api-gateway-variables-for-access-logging: variables for access logging only.
ruleTester(rule, {
  valid: [
    {
      name: 'data-transformation variables pass',
      code: responseTemplateDoc('$context.requestId $context.authorizer.status'),
    },
  ],
  invalid: [
    {
      name: 'access-log-only variables',
      code: responseTemplateDoc('{"latency": "$context.integrationLatency", "s": "$context.status"}\n'),
      errors: [
        {
          path: TEMPLATE,
          line: 15,
          message: /\$context.integrationLatency is an access-logging variable.*\(file line 16\)\]$/,
        },
        { path: TEMPLATE, line: 15 },
      ],
    },
  ],
});
