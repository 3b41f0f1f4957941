import test from 'node:test';
import assert from 'node:assert/strict';
import { findings, wsTemplate } from './support.js';

const id = 'apigw-ws-route-key';
const route = (name: string, key: string) =>
  `  ${name}:\n    Type: AWS::ApiGatewayV2::Route\n    Properties:\n      ApiId: !Ref ChatApi\n      RouteKey: ${key}\n`;

test(`${id}: a custom key starting with $, and a key used twice`, () => {
  assert.deepEqual(findings(id, wsTemplate(route('SendRoute', '$send'))), [
    [id, 13, 'Resources.SendRoute.Properties.RouteKey'],
  ]);
  assert.deepEqual(findings(id, wsTemplate(route('A', 'send') + route('B', 'send'))), [
    [id, 18, 'Resources.B.Properties.RouteKey'],
  ]);
});

test(`${id}: the predefined keys and custom keys pass`, () => {
  assert.deepEqual(
    findings(
      id,
      wsTemplate(route('C', '$connect') + route('D', '$disconnect') + route('E', '$default') + route('S', 'send')),
    ),
    [],
  );
});
