import test from 'node:test';
import assert from 'node:assert/strict';
import { findings, wsTemplate } from './support.js';

const id = 'apigw-ws-route-response';
const resources = (key: string, expression = '$default') =>
  `  SendRoute:\n    Type: AWS::ApiGatewayV2::Route\n    Properties:\n      ApiId: !Ref ChatApi\n      RouteKey: send\n      RouteResponseSelectionExpression: ${expression}\n` +
  `  SendRouteResponse:\n    Type: AWS::ApiGatewayV2::RouteResponse\n    Properties:\n      ApiId: !Ref ChatApi\n      RouteId: !Ref SendRoute\n      RouteResponseKey: ${key}\n`;

test(`${id}: a key or selection expression other than $default`, () => {
  assert.deepEqual(findings(id, wsTemplate(resources('ok'))), [
    [id, 20, 'Resources.SendRouteResponse.Properties.RouteResponseKey'],
  ]);
  assert.deepEqual(findings(id, wsTemplate(resources('$default', 'ok'))), [
    [id, 14, 'Resources.SendRoute.Properties.RouteResponseSelectionExpression'],
  ]);
});

test(`${id}: $default passes`, () => {
  assert.deepEqual(findings(id, wsTemplate(resources('$default'))), []);
});
