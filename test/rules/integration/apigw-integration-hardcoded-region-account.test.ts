import rule from '../../../rules/integration/integration-hardcoded-region-account.js';
import { oas3 } from '../../support/fixtures.js';
import { ruleTester } from '../../support/rule-tester.js';

const lambda = (region: string, account: string, fn: string) =>
  `arn:aws:apigateway:${region}:lambda:path/2015-03-31/functions/arn:aws:lambda:${region}:${account}:function:${fn}/invocations`;
const doc = (uris: string[], extra = '') =>
  oas3(`paths:
${uris.map((uri, i) => `  /p${i}:\n    get:\n      x-amazon-apigateway-integration:\n        type: aws_proxy\n        httpMethod: POST\n        uri: ${uri}\n`).join('')}${extra}`);
const TEMPLATED = lambda('${AWS::Region}', '${AWS::AccountId}', 'a');
const LITERAL = lambda('eu-west-1', '123456789012', 'b');

// DG import-api-aws-variables: ${AWS::Region} and ${AWS::AccountId} are resolved at import.
ruleTester(rule, {
  valid: [
    { name: 'parameterised throughout', code: doc([TEMPLATED, lambda('${AWS::Region}', '${AWS::AccountId}', 'b')]) },
    { name: 'literal throughout, nothing templated', code: doc([LITERAL, lambda('eu-west-1', '123456789012', 'c')]) },
    {
      name: 'stage variables are not deploy-time templating',
      code: doc([lambda('eu-west-1', '123456789012', '${stageVariables.fn}')]),
    },
  ],
  invalid: [
    {
      name: 'a literal Region and account among parameterised ARNs',
      code: doc([TEMPLATED, LITERAL]),
      errors: [
        {
          path: 'paths./p1.get.x-amazon-apigateway-integration.uri',
          line: 15,
          message:
            /^uri hard-codes region eu-west-1 and account 123456789012 while the definition is otherwise templated/,
        },
      ],
    },
    {
      name: 'evidence anywhere (an intrinsic in the resource policy); each value reported once',
      code: doc(
        [LITERAL, lambda('eu-west-1', '123456789012', 'c'), lambda('eu-west-1', '123456789012', 'd')],
        'x-amazon-apigateway-policy: {Version: "2012-10-17", Statement: [{Effect: Allow, Principal: "*", Action: "execute-api:Invoke", Resource: {"Fn::Sub": "arn:aws:execute-api:*"}}]}\n',
      ),
      errors: [
        {
          path: 'paths./p0.get.x-amazon-apigateway-integration.uri',
          line: 9,
          message:
            /hard-codes region eu-west-1 and account 123456789012 \(as do 2 more integration ARNs in this file\)/,
        },
      ],
    },
  ],
});
