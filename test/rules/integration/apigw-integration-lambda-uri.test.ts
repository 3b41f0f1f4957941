import rule from '../../../rules/integration/integration-lambda-uri.js';
import { integrationDoc } from '../../support/fixtures.js';
import { ruleTester } from '../../support/rule-tester.js';

/** `uri` written as is (placeholders, intrinsics), at line 9. */
const doc = (uri: string, type = 'aws_proxy') =>
  integrationDoc(`type: ${type}\nhttpMethod: POST\nuri: ${uri}`, { method: 'post' });
const FN = 'arn:aws:lambda:us-east-1:123456789012:function:pets';
const GOOD = `arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/${FN}/invocations`;
const URI = { path: 'paths./pets.post.x-amazon-apigateway-integration.uri', line: 9 };

// DG set-up-lambda-integrations: REST APIs call arn:aws:apigateway:{region}:lambda:path/2015-03-31/functions/{arn}/invocations.
ruleTester(rule, {
  valid: [
    ...[
      GOOD,
      GOOD.replace(FN, `${FN}:live`),
      `arn:aws:apigateway:us-east-1:lambda:path/2021-11-15/functions/${FN}/response-streaming-invocations`,
      'arn:aws:apigateway:${AWS::Region}:lambda:path/2015-03-31/functions/${PetsFunction.Arn}/invocations',
      'arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:123456789012:function:${stageVariables.fn}/invocations',
      '"${lambda_invoke_arn}"',
      '!GetAtt PetsFunction.Arn',
      '{"Fn::Sub": "arn:aws:apigateway:${AWS::Region}:lambda:path/2015-03-31/functions/${Fn.Arn}/invocations"}',
    ].map((uri) => ({ name: uri, code: doc(uri) })),
    { name: 'a function ARN in an HTTP API', code: doc(FN), options: { flavour: 'http' } },
  ],
  invalid: [
    {
      name: 'a function ARN used as a REST integration URI',
      code: doc(FN),
      errors: [{ ...URI, message: /REST APIs need the invocation URI, not the function ARN/ }],
    },
    {
      name: 'a missing /invocations',
      code: doc(GOOD.replace('/invocations', '')),
      errors: [{ ...URI, message: /is not a Lambda invocation URI/ }],
    },
    {
      name: 'a wrong API date',
      code: doc(GOOD.replace('2015-03-31', '2016-01-01')),
      errors: [{ ...URI, message: /uses API version 2016-01-01/ }],
    },
    {
      name: 'a non-ARN function',
      code: doc(GOOD.replace(FN, 'pets')),
      errors: [{ ...URI, message: /"pets" is not a Lambda function ARN/ }],
    },
    {
      name: 'a non-Lambda AWS_PROXY target in a REST API',
      code: doc('arn:aws:apigateway:us-east-1:sqs:path/123456789012/queue'),
      errors: [{ ...URI, message: /AWS_PROXY in a REST API integrates only with Lambda/ }],
    },
  ],
});
