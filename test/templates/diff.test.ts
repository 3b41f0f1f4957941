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
