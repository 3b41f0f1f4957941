import rule from '../../../rules/templates/template-context-variable.js';
import { requestTemplateDoc } from '../../support/fixtures.js';
import { ruleTester } from '../../support/rule-tester.js';

// DG api-gateway-mapping-template-reference: $context variables (names are case-sensitive).
ruleTester(rule, {
  valid: [
    {
      name: 'authorizer keys, overrides and claims pass',
      code: requestTemplateDoc(
        "$context.authorizer.tenant $context.authorizer.claims['email'] $context.requestOverride.header.X ## $context.bogus",
      ),
    },
  ],
  invalid: [
    {
      name: 'misspelt variable, with a suggestion',
      code: requestTemplateDoc(`{
  "id": "$context.requestID",
  "ip": "$context.identity.sourceIp",
  "t": "$context.requestTime.substring(0, 2)"
}
`),
      errors: [
        {
          path: 'paths./pets.post.x-amazon-apigateway-integration.requestTemplates.application/json',
          line: 12,
          message:
            /\$context.requestID is not a \$context variable.*Did you mean \$context.requestId\? \[template line 2, column 10 \(file line 14\)\]$/,
        },
      ],
    },
  ],
});
