/** `apigw diff` of two template revisions: the APIs inside are compared by logical id. */
import test from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../support/cli.js';

const GIT_ENV = {
  GIT_AUTHOR_NAME: 't',
  GIT_AUTHOR_EMAIL: 't@example.com',
  GIT_COMMITTER_NAME: 't',
  GIT_COMMITTER_EMAIL: 't@example.com',
  GIT_CONFIG_NOSYSTEM: '1',
  HOME: tmpdir(),
};

const method = (id: string, verb: string) =>
  `  ${id}:\n    Type: AWS::ApiGateway::Method\n    Properties:\n      RestApiId: !Ref Built\n      ResourceId: !Ref Pets\n      HttpMethod: ${verb}\n      AuthorizationType: NONE\n      Integration: {Type: MOCK, RequestTemplates: {application/json: '{"statusCode": 200}'}, IntegrationResponses: [{StatusCode: '200'}]}\n      MethodResponses: [{StatusCode: '200'}]\n`;
const template = (withDelete: boolean, timeout: number) => `Transform: AWS::Serverless-2016-10-31
Resources:
  Inline:
    Type: AWS::Serverless::Api
    Properties:
      StageName: prod
      DefinitionBody:
        openapi: 3.0.1
        info: {title: inline, version: '1'}
        paths:
          /items:
            get:
              responses: {'200': {description: ok}}
              x-amazon-apigateway-integration: {type: http_proxy, httpMethod: GET, uri: 'https://example.com/items', timeoutInMillis: ${timeout}}
  Built:
    Type: AWS::ApiGateway::RestApi
    Properties: {Name: built}
  Pets:
    Type: AWS::ApiGateway::Resource
    Properties: {RestApiId: !Ref Built, ParentId: !GetAtt Built.RootResourceId, PathPart: pets}
${method('ListPets', 'GET')}${withDelete ? method('DeletePets', 'DELETE') : ''}`;

test('diff git:HEAD~1:template.yaml template.yaml: each API against the API of the same logical id', async () => {
  const repo = mkdtempSync(join(tmpdir(), 'apigw-tpl-diff-'));
  const git = (...args: string[]) =>
    execFileSync('git', args, { cwd: repo, env: { ...process.env, ...GIT_ENV }, stdio: 'pipe' });
  git('init', '-q');
  writeFileSync(join(repo, 'template.yaml'), template(true, 5000));
  git('add', '.');
  git('commit', '-qm', 'one');
  writeFileSync(join(repo, 'template.yaml'), template(false, 8000));
  git('commit', '-qam', 'two');
  const r = await runCli(['diff', 'git:HEAD~1:template.yaml', 'git:HEAD:template.yaml', '--format', 'json'], {
    cwd: repo,
  });
  assert.equal(r.code, 0, r.stderr);
  const changes = (JSON.parse(r.stdout) as { changes: { scope: string; classification: string; path: string[] }[] })
    .changes;
  assert.deepEqual(changes.map((c) => [c.scope, c.classification, c.path[0]]).sort(), [
    ['Built: DELETE /pets', 'breaking', 'Built'],
    ['Inline: GET /items', 'risky', 'Inline'],
  ]);
});

const wsTemplate = (revision: 1 | 2) => `AWSTemplateFormatVersion: '2010-09-09'
Resources:
  ChatApi:
    Type: AWS::ApiGatewayV2::Api
    Properties:
      Name: chat
      ProtocolType: WEBSOCKET
      RouteSelectionExpression: ${revision === 1 ? '$request.body.action' : '$request.body.type'}
  DefaultRoute:
    Type: AWS::ApiGatewayV2::Route
    Properties:
      ApiId: !Ref ChatApi
      RouteKey: $default
      ApiKeyRequired: ${revision === 2}
      Target: !Join [/, [integrations, !Ref DefaultIntegration]]
  DefaultIntegration:
    Type: AWS::ApiGatewayV2::Integration
    Properties:
      ApiId: !Ref ChatApi
      IntegrationType: MOCK
      RequestTemplates:
        $default: '{"statusCode": ${revision === 1 ? 200 : 201}}'
${
  revision === 1
    ? `  SendRoute:
    Type: AWS::ApiGatewayV2::Route
    Properties:
      ApiId: !Ref ChatApi
      RouteKey: sendmessage
      Target: !Join [/, [integrations, !Ref DefaultIntegration]]
`
    : ''
}`;

test('diff of two template revisions compares their WebSocket APIs route by route', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'apigw-ws-diff-'));
  writeFileSync(join(dir, 'a.yaml'), wsTemplate(1));
  writeFileSync(join(dir, 'b.yaml'), wsTemplate(2));
  const r = await runCli(['diff', 'a.yaml', 'b.yaml', '--format', 'json', '--fail-on', 'breaking'], { cwd: dir });
  assert.equal(r.code, 1, r.stderr);
  const result = JSON.parse(r.stdout) as {
    changes: { rule: string; scope: string; classification: string; message: string; diff?: string }[];
  };
  assert.deepEqual(
    result.changes.map((c) => [c.rule, c.classification, c.scope, c.message]),
    [
      [
        'ws-route-selection-changed',
        'breaking',
        'ChatApi: API',
        'route selection expression: $request.body.action → $request.body.type',
      ],
      ['api-key-required', 'breaking', 'ChatApi: route $default', 'API key now required'],
      [
        'integration-template-changed',
        'risky',
        'ChatApi: route $default',
        'integration request template $default changed',
      ],
      ['ws-route-removed', 'breaking', 'ChatApi: route sendmessage', 'route removed'],
    ],
  );
  assert.match(result.changes[2]!.diff!, /-\{"statusCode": 200\}\n\+\{"statusCode": 201\}/);
});
