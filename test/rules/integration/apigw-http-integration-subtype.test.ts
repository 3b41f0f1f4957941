import rule from '../../../rules/integration/http-integration-subtype.js';
import { integrationDoc } from '../../support/fixtures.js';
import { ruleTester } from '../../support/rule-tester.js';

const ROLE = 'credentials: arn:aws:iam::123456789012:role/r\n';
/** An HTTP API AWS service integration: integrationSubtype at line 8, requestParameters at line 11. */
const doc = (subtype: string, params: string, credentials = ROLE) =>
  integrationDoc(
    `type: aws_proxy\nintegrationSubtype: ${subtype}\npayloadFormatVersion: '1.0'\n${credentials}requestParameters:\n${params}`,
    { path: '/orders', method: 'post' },
  );
const http = { flavour: 'http' } as const;
const AT = 'paths./orders.post.x-amazon-apigateway-integration';

// DG http-api-develop-integrations-aws-services-reference: each subtype's required parameters, and a role.
ruleTester(rule, {
  valid: [
    {
      name: 'a complete EventBridge integration',
      code: doc('EventBridge-PutEvents', '  Detail: $request.body.Detail\n  DetailType: order\n  Source: shop\n'),
      options: http,
    },
  ],
  invalid: [
    {
      name: 'missing required parameters, at requestParameters',
      code: doc('SQS-SendMessage', '  QueueUrl: https://sqs.us-east-1.amazonaws.com/1/q\n'),
      options: http,
      errors: [
        {
          path: `${AT}.requestParameters`,
          line: 11,
          message: /^SQS-SendMessage needs requestParameters MessageBody\.$/,
        },
      ],
    },
    {
      name: 'an unknown subtype',
      code: doc('SQS-Send', '  QueueUrl: q\n'),
      options: http,
      errors: [{ path: `${AT}.integrationSubtype`, line: 8 }],
    },
    {
      name: 'a missing role',
      code: doc('SQS-PurgeQueue', '  QueueUrl: q\n', ''),
      options: http,
      errors: [{ path: `${AT}.integrationSubtype`, line: 8, message: /needs `credentials`: an IAM role/ }],
    },
  ],
});
