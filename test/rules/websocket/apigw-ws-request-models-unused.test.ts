import test from 'node:test';
import assert from 'node:assert/strict';
import { findings, wsTemplate } from './support.js';

const id = 'apigw-ws-request-models-unused';
const route = (extra: string) =>
  `  SendRoute:\n    Type: AWS::ApiGatewayV2::Route\n    Properties:\n      ApiId: !Ref ChatApi\n      RouteKey: send\n${extra}`;

test(`${id}: RequestModels without a ModelSelectionExpression`, () => {
  assert.deepEqual(findings(id, wsTemplate(route('      RequestModels:\n        $default: SendModel\n'))), [
    [id, 14, 'Resources.SendRoute.Properties.RequestModels'],
  ]);
});

test(`${id}: models with an expression, or no models, pass`, () => {
  assert.deepEqual(
    findings(
      id,
      wsTemplate(
        route('      ModelSelectionExpression: \\$default\n      RequestModels:\n        $default: SendModel\n'),
      ),
    ),
    [],
  );
  assert.deepEqual(findings(id, wsTemplate(route(''))), []);
  assert.deepEqual(findings(id, wsTemplate(route('      RequestModels: {}\n'))), []);
});
