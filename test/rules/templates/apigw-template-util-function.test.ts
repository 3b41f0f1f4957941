import rule from '../../../rules/templates/template-util-function.js';
import { requestTemplateDoc } from '../../support/fixtures.js';
import { ruleTester } from '../../support/rule-tester.js';

// DG api-gateway-mapping-template-reference, "$util variables": six functions.
const TEMPLATE = 'paths./pets.post.x-amazon-apigateway-integration.requestTemplates.application/json';

ruleTester(rule, {
  valid: [
    {
      name: 'the six documented functions, in every reference form, and comments pass',
      code: requestTemplateDoc(
        '## $util.toJson is AppSync only\n#set($b = $util.parseJson($input.body))\n{"a": "$util.escapeJavaScript($b.x)", "u": "$!{util.urlEncode($b.y)}", "d": "$util.urlDecode($b.z)", "e": "$util.base64Encode($b.w)", "f": "$util.base64Decode($b.v)"}\n',
      ),
    },
  ],
  invalid: [
    {
      name: 'AppSync and misspelt $util functions',
      code: requestTemplateDoc(
        '{\n  "a": $util.toJson($input.body),\n  "b": "$util.escapeJavascript($input.body)"\n}\n',
      ),
      errors: [
        {
          path: TEMPLATE,
          line: 12,
          message:
            /\$util\.toJson is not an API Gateway \$util function.*AppSync's, not API Gateway's\. \[template line 2, column 8 \(file line 14\)\]$/,
        },
        { path: TEMPLATE, line: 12, message: /Did you mean \$util\.escapeJavaScript\?/ },
      ],
    },
  ],
});
