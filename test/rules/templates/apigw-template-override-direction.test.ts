import rule from '../../../rules/templates/template-override-direction.js';
import { responseTemplateDoc } from '../../support/fixtures.js';
import { ruleTester } from '../../support/rule-tester.js';

// DG apigateway-override-request-response-parameters.
ruleTester(rule, {
  valid: [
    {
      name: 'response override in a response template, request override in a request template',
      code: responseTemplateDoc(
        '#set($context.responseOverride.status = 400)',
        '#set($context.requestOverride.header.X = "1")',
      ),
    },
  ],
  invalid: [
    {
      name: 'request override in a response template',
      code: responseTemplateDoc('#set($context.requestOverride.header.X = "1")\n{}\n'),
      errors: [
        {
          path: 'paths./pets.post.x-amazon-apigateway-integration.responses.default.responseTemplates.application/json',
          line: 15,
          message: /\(file line 16\)\]$/,
        },
      ],
    },
  ],
});
