import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runRules } from '../../support/rules.js';
import rule from '../../../rules/integration/integration-hardcoded-region-account.js';

const doc = (second: string) => `openapi: 3.0.1
info: {title: t, version: '1'}
paths:
  /a:
    get:
      x-amazon-apigateway-integration:
        type: aws_proxy
        uri: arn:aws:apigateway:\${AWS::Region}:lambda:path/2015-03-31/functions/arn:aws:lambda:\${AWS::Region}:\${AWS::AccountId}:function:a/invocations
  /b:
    get:
      x-amazon-apigateway-integration:
        type: aws_proxy
        uri: ${second}
`;

test('flags a literal region and account among parameterised ARNs', async () => {
  const r = await runRules(
    rule,
    doc(
      'arn:aws:apigateway:eu-west-1:lambda:path/2015-03-31/functions/arn:aws:lambda:eu-west-1:123456789012:function:b/invocations',
    ),
  );
  assert.deepEqual(
    r.map((x) => [x.code, x.path, x.line]),
    [['apigw-integration-hardcoded-region-account', 'paths./b.get.x-amazon-apigateway-integration.uri', 13]],
  );
  assert.match(
    r[0].message,
    /uri hard-codes region eu-west-1 and account 123456789012 while other integrations use placeholders/,
  );
});

test('accepts a definition that is literal throughout or parameterised throughout', async () => {
  assert.deepEqual(
    await runRules(
      rule,
      doc('arn:aws:apigateway:${AWS::Region}:lambda:path/2015-03-31/functions/${B.Arn}/invocations'),
    ),
    [],
  );
  const literal = doc('x')
    .replace(/\$\{AWS::Region\}/g, 'us-east-1')
    .replace('${AWS::AccountId}', '123456789012')
    .replace(
      'uri: x',
      'uri: arn:aws:apigateway:eu-west-1:lambda:path/2015-03-31/functions/arn:aws:lambda:eu-west-1:123456789012:function:b/invocations',
    );
  assert.deepEqual(await runRules(rule, literal), []);
});
