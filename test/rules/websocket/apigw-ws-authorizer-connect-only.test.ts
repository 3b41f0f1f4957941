import test from 'node:test';
import assert from 'node:assert/strict';
import { findings, wsTemplate } from './support.js';

const id = 'apigw-ws-authorizer-connect-only';
const route = (key: string, auth: string) =>
  `  Route:\n    Type: AWS::ApiGatewayV2::Route\n    Properties:\n      ApiId: !Ref ChatApi\n      RouteKey: ${key}\n${auth}`;

test(`${id}: authorization on a route other than $connect`, () => {
  assert.deepEqual(
    findings(id, wsTemplate(route('send', '      AuthorizationType: CUSTOM\n      AuthorizerId: !Ref Auth\n'))),
    [[id, 14, 'Resources.Route.Properties.AuthorizationType']],
  );
  assert.deepEqual(findings(id, wsTemplate(route('$default', '      AuthorizerId: !Ref Auth\n'))), [
    [id, 14, 'Resources.Route.Properties.AuthorizerId'],
  ]);
});

test(`${id}: on $connect, or NONE elsewhere, passes`, () => {
  assert.deepEqual(
    findings(id, wsTemplate(route('$connect', '      AuthorizationType: CUSTOM\n      AuthorizerId: !Ref Auth\n'))),
    [],
  );
  assert.deepEqual(findings(id, wsTemplate(route('send', '      AuthorizationType: NONE\n'))), []);
});
