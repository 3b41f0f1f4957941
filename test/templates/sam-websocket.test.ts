import test from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'yaml';
import { lintFiles } from '../../src/lint/files.js';
import { v2ApisOf } from '../../src/definition/template/v2-resources.js';
import { repoRoot } from '../support/cli.js';

const dir = resolve(repoRoot, 'test/fixtures/templates');

test('AWS::Serverless::WebSocketApi: the WebSocket rules check what SAM generates, findings at the SAM property', async () => {
  const outcome = await lintFiles([resolve(dir, 'sam-websocket.yaml')], { cwd: dir });
  assert.deepEqual(
    outcome.findings.map((f) => [f.code, f.severity, f.range.start.line + 1, f.path.join('.')]),
    [
      ['apigw-ws-route-selection-expression', 'error', 6, 'Resources.ChatApi.Properties.RouteSelectionExpression'],
      [
        'apigw-ws-integration-timeout',
        'error',
        18,
        'Resources.ChatApi.Properties.Routes.sendmessage.IntegrationTimeout',
      ],
    ],
  );
  assert.deepEqual(
    outcome.notes.map((n) => n.replace(/^.*sam-websocket\.yaml: /, '')),
    ['ChatApi: WebSocket API (the routes, integrations and authorizer SAM generates from it)'],
  );
});

test("SAM's WebSocketApi generation: a Route and an AWS_PROXY integration per Routes key, Auth on $connect only", () => {
  const template = parse(readFileSync(resolve(dir, 'sam-websocket.yaml'), 'utf8'), {
    customTags: [{ tag: '!GetAtt', resolve: (v: string) => ({ 'Fn::GetAtt': v.split('.') }) }],
  });
  const [api] = v2ApisOf(template.Resources);
  assert.equal(api!.protocol, 'websocket');
  assert.deepEqual(
    api!.routes.map((r) => [r.id, r.routeKey, r.integration?.id, r.props.AuthorizationType ?? null]),
    [
      ['ChatApiConnectRoute', '$connect', 'ChatApiConnectIntegration', 'CUSTOM'],
      ['ChatApiSendmessageRoute', 'sendmessage', 'ChatApiSendmessageIntegration', null],
      ['ChatApiDefaultRoute', '$default', 'ChatApiDefaultIntegration', null],
    ],
  );
  assert.deepEqual(api!.routes[0]!.props.AuthorizerId, { Ref: 'ChatApiConnectAuthorizer' });
  assert.deepEqual(api!.authorizers[0]!.props.IdentitySource, ['route.request.header.Authorization']);
  assert.equal(api!.integrations[1]!.props.IntegrationType, 'AWS_PROXY');
  assert.equal(api!.integrations[1]!.props.TimeoutInMillis, 40000);
  assert.equal(api!.routes[2]!.props.RouteResponseSelectionExpression, '$default');
  assert.deepEqual(api!.stages[0]!.props.StageName, 'prod');
});
