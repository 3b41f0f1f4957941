import rule from '../../../rules/integration/integration-aws-service-uri.js';
import { integrationDoc } from '../../support/fixtures.js';
import { ruleTester } from '../../support/rule-tester.js';

const doc = (uri: string) => integrationDoc({ type: 'aws', httpMethod: 'POST', uri }, { path: '/items' });
const URI = { path: 'paths./items.get.x-amazon-apigateway-integration.uri', line: 9 };

// API reference Integration.uri: arn:aws:apigateway:{region}:{service}:path|action/...
ruleTester(rule, {
  valid: [
    'arn:aws:apigateway:us-east-1:dynamodb:action/Query',
    'arn:aws:apigateway:${AWS::Region}:s3:path/{bucket}/{key}',
    'arn:aws:apigateway:eu-west-1:states:action/StartSyncExecution',
    '!Sub arn:aws:apigateway:${AWS::Region}:sqs:path/${AWS::AccountId}/${Queue.QueueName}',
    'arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/x/invocations',
  ].map((uri) => ({ name: uri, code: doc(uri) })),
  invalid: [
    {
      name: 'a URI that is not an API Gateway service ARN',
      code: doc('arn:aws:dynamodb:us-east-1:123456789012:table/items'),
      errors: [{ ...URI, message: /expected arn:aws:apigateway:\{region\}:\{service\}:path/ }],
    },
    {
      name: 'a missing region',
      code: doc('arn:aws:apigateway::dynamodb:action/Query'),
      errors: [{ ...URI, message: /has no region/ }],
    },
    {
      name: 'a missing path/action part',
      code: doc('arn:aws:apigateway:us-east-1:dynamodb:Query'),
      errors: [{ ...URI, message: /is not an AWS service integration URI/ }],
    },
  ],
});
