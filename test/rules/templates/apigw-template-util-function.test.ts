import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runRules } from '../../support/rules.js';
import rule from '../../../rules/templates/template-util-function.js';

const doc = (template: string) => `openapi: 3.0.1
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
${template
  .split('\n')
  .map((l) => `            ${l}`)
  .join('\n')}
`;

// DG api-gateway-mapping-template-reference, "$util variables": six functions.
test('AppSync and misspelt $util functions', async () => {
  const r = await runRules(
    rule,
    doc('{\n  "a": $util.toJson($input.body),\n  "b": "$util.escapeJavascript($input.body)"\n}'),
  );
  assert.deepEqual(
    r.map((x) => [x.code, x.path, x.line]),
    [
      [
        'apigw-template-util-function',
        'paths./pets.post.x-amazon-apigateway-integration.requestTemplates.application/json',
        12,
      ],
      [
        'apigw-template-util-function',
        'paths./pets.post.x-amazon-apigateway-integration.requestTemplates.application/json',
        12,
      ],
    ],
  );
  assert.match(
    r[0].message,
    /\$util\.toJson is not an API Gateway \$util function.*AppSync's, not API Gateway's\. \[template line 2, column 8 \(file line 14\)\]$/,
  );
  assert.match(r[1].message, /Did you mean \$util\.escapeJavaScript\?/);
});

test('the six documented functions, in every reference form, and comments pass', async () => {
  assert.deepEqual(
    await runRules(
      rule,
      doc(
        '## $util.toJson is AppSync only\n#set($b = $util.parseJson($input.body))\n{"a": "$util.escapeJavaScript($b.x)", "u": "$!{util.urlEncode($b.y)}", "d": "$util.urlDecode($b.z)", "e": "$util.base64Encode($b.w)", "f": "$util.base64Decode($b.v)"}',
      ),
    ),
    [],
  );
});
