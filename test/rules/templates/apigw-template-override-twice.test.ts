import rule from '../../../rules/templates/template-override-twice.js';
import { responseTemplateDoc } from '../../support/fixtures.js';
import { ruleTester } from '../../support/rule-tester.js';

const TEMPLATE =
  'paths./pets.post.x-amazon-apigateway-integration.responses.default.responseTemplates.application/json';

// DG apigateway-override-request-response-parameters: an override applies once per parameter.
ruleTester(rule, {
  valid: [
    {
      name: 'different branches pass',
      code: responseTemplateDoc(`#if($x)
#set($context.responseOverride.status = 400)
#else
#set($context.responseOverride.status = 500)
#end
`),
    },
  ],
  invalid: [
    {
      name: 'same override set twice on one path',
      code: responseTemplateDoc(`#set($context.responseOverride.status = 400)
#if($x)
#set($context.responseOverride.status = 500)
#end
`),
      errors: [
        {
          path: TEMPLATE,
          line: 15,
          message: /already set at template line 1.*\[template line 3, column 1 \(file line 18\)\]$/,
        },
      ],
    },
  ],
});
