import test from 'node:test';
import assert from 'node:assert/strict';
import { findings, wsTemplate } from './support.js';

const id = 'apigw-ws-integration-method';
const integration = (body: string) =>
  `  Integ:\n    Type: AWS::ApiGatewayV2::Integration\n    Properties:\n      ApiId: !Ref ChatApi\n${body}`;
const lambdaUri =
  '      IntegrationUri: !Sub arn:aws:apigateway:${AWS::Region}:lambda:path/2015-03-31/functions/${Fn.Arn}/invocations\n';

test(`${id}: Lambda proxy with GET, HTTP_PROXY without a method`, () => {
  assert.deepEqual(
    findings(
      id,
      wsTemplate(integration(`      IntegrationType: AWS_PROXY\n      IntegrationMethod: GET\n${lambdaUri}`)),
    ),
    [[id, 14, 'Resources.Integ.Properties.IntegrationMethod']],
  );
  assert.deepEqual(
    findings(
      id,
      wsTemplate(integration('      IntegrationType: HTTP_PROXY\n      IntegrationUri: https://example.com\n')),
    ),
    [[id, 13, 'Resources.Integ.Properties.IntegrationType']],
  );
});

test(`${id}: Lambda proxy with POST or no method, HTTP_PROXY with a method, pass`, () => {
  assert.deepEqual(
    findings(
      id,
      wsTemplate(integration(`      IntegrationType: AWS_PROXY\n      IntegrationMethod: POST\n${lambdaUri}`)),
    ),
    [],
  );
  assert.deepEqual(findings(id, wsTemplate(integration(`      IntegrationType: AWS_PROXY\n${lambdaUri}`))), []);
  assert.deepEqual(
    findings(
      id,
      wsTemplate(
        integration(
          '      IntegrationType: HTTP_PROXY\n      IntegrationMethod: GET\n      IntegrationUri: https://example.com\n',
        ),
      ),
    ),
    [],
  );
});
