import test from 'node:test';
import assert from 'node:assert/strict';
import { findings, wsTemplate } from './support.js';

const id = 'apigw-ws-model-selection';
const route = (expression: string, key: string) =>
  `  SendRoute:\n    Type: AWS::ApiGatewayV2::Route\n    Properties:\n      ApiId: !Ref ChatApi\n      RouteKey: send\n      ModelSelectionExpression: ${expression}\n      RequestModels:\n        ${key}: SendModel\n`;

test(`${id}: a static expression that names no model, and no $default model`, () => {
  assert.deepEqual(findings(id, wsTemplate(route('\\$default', 'application/json'))), [
    [id, 14, 'Resources.SendRoute.Properties.ModelSelectionExpression'],
  ]);
  assert.deepEqual(findings(id, wsTemplate(route('send', 'other'))), [
    [id, 14, 'Resources.SendRoute.Properties.ModelSelectionExpression'],
  ]);
});

test(`${id}: a matching key, a $default model, or an expression that reads the message pass`, () => {
  assert.deepEqual(findings(id, wsTemplate(route('\\$default', '$default'))), []);
  assert.deepEqual(findings(id, wsTemplate(route('send', 'send'))), []);
  assert.deepEqual(findings(id, wsTemplate(route('$request.body.kind', 'order'))), []);
  assert.deepEqual(findings(id, wsTemplate(route('other', '$default'))), []);
});
