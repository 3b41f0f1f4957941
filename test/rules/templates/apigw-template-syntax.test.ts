import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runRules } from '../../support/rules.js';
import { templatePositionFor } from '../../../rules/lib/template-position.js';
import rule from '../../../rules/templates/template-syntax.js';

// DG api-gateway-mapping-template-reference: templates are VTL; positions per rules/lib/template-position.ts.
test('block scalar: the template line maps to the file line', async () => {
  const results = await runRules(
    rule,
    `openapi: 3.0.1
info: {title: t, version: '1'}
paths:
  /pets:
    post:
      responses: {}
      x-amazon-apigateway-integration:
        type: aws
        httpMethod: POST
        uri: arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:123456789012:function:f/invocations
        requestTemplates:
          application/json: |
            {
              "name": "$input.path('$.name')"
            #if($x)
            }
`,
  );
  assert.deepEqual(
    results.map((r) => [r.code, r.path, r.line]),
    [
      [
        'apigw-template-syntax',
        'paths./pets.post.x-amazon-apigateway-integration.requestTemplates.application/json',
        12,
      ],
    ],
  );
  assert.match(results[0].message, /#if is never closed with #end\. .*\[template line 3, column 1 \(file line 15\)\]$/);
  assert.deepEqual(
    templatePositionFor('/fixture.yaml', results[0].code, results[0].path.split('.'), results[0].message),
    { line: 14, character: 12 },
  );
});

test('quoted JSON-style string: \\n escapes are counted', async () => {
  const results = await runRules(
    rule,
    `openapi: 3.0.1
info: {title: t, version: '1'}
paths:
  /pets:
    post:
      responses: {}
      x-amazon-apigateway-integration:
        type: aws
        httpMethod: POST
        uri: arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:123456789012:function:f/invocations
        requestTemplates:
          application/json: "{\\n  \\"a\\": 1\\n}\\n#set($x = )"
`,
  );
  assert.deepEqual(
    results.map((r) => [r.code, r.path, r.line]),
    [
      [
        'apigw-template-syntax',
        'paths./pets.post.x-amazon-apigateway-integration.requestTemplates.application/json',
        12,
      ],
    ],
  );
  assert.match(results[0].message, /\[template line 4, column \d+ \(file line 12\)\]$/);
});

test('valid VTL and CloudFormation placeholders pass', async () => {
  const results = await runRules(
    rule,
    `openapi: 3.0.1
info: {title: t, version: '1'}
paths:
  /pets:
    post:
      responses: {}
      x-amazon-apigateway-integration:
        type: aws
        httpMethod: POST
        uri: arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:123456789012:function:f/invocations
        requestTemplates:
          application/json: '{"arn": "arn:aws:states:\${AWS::Region}:\${AWS::AccountId}:stateMachine:M", "x": "$input.path(''$.x'')"}'
        responses:
          default:
            statusCode: '200'
            responseTemplates:
              application/json: |
                #foreach($p in $input.path('$.items'))
                $p
                #end
`,
  );
  assert.deepEqual(
    results.map((r) => [r.code, r.path, r.line]),
    [],
  );
});
