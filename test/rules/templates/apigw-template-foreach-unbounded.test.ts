import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runRules } from '../../support/rules.js';
import rule from '../../../rules/templates/template-foreach-unbounded.js';

// DG api-gateway-execution-service-limits-table: 1,000 #foreach iterations.
test('loop over the request body', async () => {
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
            #set($items = $input.path('$.items'))
            [#foreach($i in $items)"$i"#if($foreach.hasNext),#end#end]
`,
  );
  assert.deepEqual(
    results.map((r) => [r.code, r.path, r.line]),
    [
      [
        'apigw-template-foreach-unbounded',
        'paths./pets.post.x-amazon-apigateway-integration.requestTemplates.application/json',
        12,
      ],
    ],
  );
  assert.match(results[0].message, /#foreach over \$items iterates over client-supplied data.*\(file line 14\)\]$/);
});

test('bounded loops pass', async () => {
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
            #foreach($i in $input.path('$.items').subList(0, 10))$i#end
            #foreach($j in $input.path('$.more'))#if($foreach.count > 100)#break#end$j#end
            #foreach($k in $input.params().header.keySet())$k#end
`,
  );
  assert.deepEqual(
    results.map((r) => [r.code, r.path, r.line]),
    [],
  );
});
