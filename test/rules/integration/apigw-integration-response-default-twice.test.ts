import rule from '../../../src/lint/template-rules/integration-response-default-twice.js';
import { templateRuleTester } from '../../support/rule-tester.js';

// DG api-gateway-integration-settings-integration-response: no selection pattern = the default response.
const method = (responses: string) =>
  `Resources:\n  Api:\n    Type: AWS::ApiGateway::RestApi\n    Properties: {Name: mail}\n  Send:\n    Type: AWS::ApiGateway::Method\n    Properties:\n      RestApiId: !Ref Api\n      ResourceId: !GetAtt Api.RootResourceId\n      HttpMethod: POST\n      AuthorizationType: NONE\n      Integration:\n        Type: AWS\n        IntegrationHttpMethod: POST\n        Uri: !Sub arn:aws:apigateway:\${AWS::Region}:email:action/SendEmail\n        IntegrationResponses:\n${responses}`;

templateRuleTester(rule, {
  valid: [
    {
      name: 'one default',
      code: method(
        "          - StatusCode: 200\n          - StatusCode: 400\n            SelectionPattern: '4\\d{2}'\n",
      ),
    },
    {
      name: 'an empty SelectionPattern only once',
      code: method(
        "          - {StatusCode: 200, SelectionPattern: ''}\n          - {StatusCode: 500, SelectionPattern: '5\\d{2}'}\n",
      ),
    },
    {
      name: 'a pattern from an intrinsic',
      code: method('          - StatusCode: 200\n          - {StatusCode: 400, SelectionPattern: !Ref Pattern}\n'),
    },
    { name: 'no IntegrationResponses', code: method('          []\n') },
  ],
  invalid: [
    {
      name: 'statuses listed without patterns (aws-samples serverless-patterns apigw-ses-transformation)',
      code: method('          - StatusCode: 200\n          - StatusCode: 400\n          - StatusCode: 500\n'),
      errors: [
        {
          path: 'Resources.Send.Properties.Integration.IntegrationResponses.1',
          line: 18,
          message:
            'integration responses 1, 2 (status 400, 500) have no SelectionPattern, like integration response 0 (status 200)',
        },
      ],
    },
    {
      name: 'an empty pattern is no pattern',
      code: method("          - StatusCode: 200\n          - {StatusCode: 404, SelectionPattern: ''}\n"),
      errors: [
        {
          path: 'Resources.Send.Properties.Integration.IntegrationResponses.1',
          line: 18,
          message: 'this integration response (status 404) has no SelectionPattern',
        },
      ],
    },
  ],
});
