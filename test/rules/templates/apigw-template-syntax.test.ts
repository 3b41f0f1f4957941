import { test } from 'node:test';
import assert from 'node:assert/strict';
import { templatePositionFor } from '../../../rules/lib/template-position.js';
import rule from '../../../rules/templates/template-syntax.js';
import {
  integrationDoc,
  LAMBDA_INVOCATION_URI,
  requestTemplateDoc,
  responseTemplateDoc,
} from '../../support/fixtures.js';
import { ruleTester } from '../../support/rule-tester.js';
import { runRules } from '../../support/rules.js';

// DG api-gateway-mapping-template-reference: templates are VTL; positions per rules/lib/template-position.ts.
const TEMPLATE = 'paths./pets.post.x-amazon-apigateway-integration.requestTemplates.application/json';
const UNCLOSED_IF = `{
  "name": "$input.path('$.name')"
#if($x)
}
`;

ruleTester(rule, {
  valid: [
    {
      name: 'valid VTL and CloudFormation placeholders pass',
      code: responseTemplateDoc(
        "#foreach($p in $input.path('$.items'))\n$p\n#end\n",
        `{"arn": "arn:aws:states:\${AWS::Region}:\${AWS::AccountId}:stateMachine:M", "x": "$input.path('$.x')"}`,
      ),
    },
  ],
  invalid: [
    {
      name: 'block scalar: the template line maps to the file line',
      code: requestTemplateDoc(UNCLOSED_IF),
      errors: [
        {
          path: TEMPLATE,
          line: 12,
          message: /#if is never closed with #end\. .*\[template line 3, column 1 \(file line 15\)\]$/,
        },
      ],
    },
    {
      name: 'quoted JSON-style string: \\n escapes are counted',
      // Written by hand: the point is a double-quoted YAML scalar with \n escapes, on one file line.
      code: integrationDoc(
        `type: aws
httpMethod: POST
uri: ${LAMBDA_INVOCATION_URI}
requestTemplates:
  application/json: "{\\n  \\"a\\": 1\\n}\\n#set($x = )"
`,
        { method: 'post', operation: 'responses: {}\n' },
      ),
      errors: [{ path: TEMPLATE, line: 12, message: /\[template line 4, column \d+ \(file line 12\)\]$/ }],
    },
  ],
});

test('apigw-template-syntax: the finding maps to the template line in the file (SARIF/annotations position)', async () => {
  const [result] = await runRules(rule, requestTemplateDoc(UNCLOSED_IF));
  assert.deepEqual(templatePositionFor('/fixture.yaml', result.code, result.path.split('.'), result.message), {
    line: 14,
    character: 12,
  });
});
