import rule from '../../../rules/templates/template-form-url-encode.js';
import { integrationDoc } from '../../support/fixtures.js';
import { ruleTester } from '../../support/rule-tester.js';

const TEMPLATE = 'paths./pets.post.x-amazon-apigateway-integration.requestTemplates.application/json';
const sqs = (template: string, type = 'aws') =>
  integrationDoc(
    {
      type,
      httpMethod: 'POST',
      uri: 'arn:aws:apigateway:us-east-1:sqs:path/123456789012/orders',
      requestParameters: { 'integration.request.header.Content-Type': "'application/x-www-form-urlencoded'" },
      requestTemplates: { 'application/json': template },
    },
    { method: 'post' },
  );

// The AWS Query protocol is form-encoded; DG api-gateway-mapping-template-reference: $util.urlEncode.
ruleTester(rule, {
  valid: [
    { name: 'body encoded', code: sqs('Action=SendMessage&MessageBody=$util.urlEncode($input.body)') },
    {
      name: 'nested encoding, request ids and values set in directives',
      code: sqs(
        "#set($m = $input.path('$.message'))\nAction=Publish&Message=$util.urlEncode($util.parseJson($input.json('$.m')))&Id=$context.requestId&S=$stageVariables.s&Text=$util.urlEncode($m)",
      ),
    },
    { name: 'a JSON (not form) template', code: sqs('{"QueueUrl": "q", "MessageBody": $input.json(\'$\')}') },
    {
      name: 'a proxy integration is not templated',
      code: sqs('Action=SendMessage&MessageBody=$input.body', 'aws_proxy'),
    },
  ],
  invalid: [
    {
      name: 'the body printed raw',
      code: sqs('Action=SendMessage&MessageBody=$input.body'),
      errors: [
        {
          path: TEMPLATE,
          line: 13,
          message:
            /prints \$input\.body without \$util\.urlEncode: a value holding &, \+ or % arrives cut or changed\. .*\[template line 1, column 32 \(file line 13\)\]$/,
        },
      ],
    },
    {
      name: 'one finding per template, naming the raw values',
      code: sqs(
        "#set($in = $input.path('$'))\nAction=SendEmail&Source=$in.from&Message.Subject.Data=$in.subject&Message.Body.Text.Data=$util.urlEncode($in.text)",
      ),
      errors: [{ path: TEMPLATE, line: 13, message: /prints \$in\.from, \$in\.subject without \$util\.urlEncode/ }],
    },
  ],
});
