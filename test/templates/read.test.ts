import test from 'node:test';
import assert from 'node:assert/strict';
import { resolve } from 'node:path';
import { lintFiles } from '../../src/lint/files.js';
import { validateFiles } from '../../src/validate/files.js';
import { repoRoot, runCli } from '../support/cli.js';

const dir = resolve(repoRoot, 'test/fixtures/templates');
const rel = (file: string) => file.slice(dir.length + 1);
type Row = [code: string, severity: string, file: string, line: number, path: string];
const rows = (
  findings: {
    code: string;
    severity: string;
    source: string;
    range: { start: { line: number } };
    path: readonly (string | number)[];
  }[],
): Row[] => findings.map((f) => [f.code, f.severity, rel(f.source), f.range.start.line + 1, f.path.join('.')]);

test('inline DefinitionBody of a SAM Api and HttpApi: findings point at the template, path and line inside it', async () => {
  const outcome = await lintFiles([resolve(dir, 'sam-inline.yaml')], { cwd: dir });
  assert.deepEqual(rows(outcome.findings), [
    [
      'apigw-integration-lambda-http-method',
      'error',
      'sam-inline.yaml',
      21,
      'Resources.ItemsApi.Properties.DefinitionBody.paths./items.get.x-amazon-apigateway-integration.httpMethod',
    ],
    [
      'apigw-http-payload-format-version',
      'error',
      'sam-inline.yaml',
      37,
      'Resources.EventsApi.Properties.DefinitionBody.paths./events.post.x-amazon-apigateway-integration.payloadFormatVersion',
    ],
  ]);
  assert.deepEqual(
    outcome.notes.map((n) => n.replaceAll('test/fixtures/templates/', '')),
    [
      'sam-inline.yaml: ItemsApi: REST API (set by AWS::Serverless::Api), OpenAPI 3.0.1',
      'sam-inline.yaml: EventsApi: HTTP API (set by AWS::Serverless::HttpApi), OpenAPI 3.0.1',
    ],
  );
});

test('AWS::Include Location and DefinitionUri: findings point at the included file; S3 locations are an info at the template', async () => {
  const outcome = await lintFiles([resolve(dir, 'sam-include.yaml')], { cwd: dir });
  assert.deepEqual(rows(outcome.findings), [
    [
      'apigw-integration-timeout',
      'error',
      'include/api.yaml',
      12,
      'paths./orders.get.x-amazon-apigateway-integration.timeoutInMillis',
    ],
    [
      'apigw-integration-timeout',
      'error',
      'include/http-api.json',
      13,
      'paths./things.get.x-amazon-apigateway-integration.timeoutInMillis',
    ],
    [
      'apigw-template-definition-unreadable',
      'info',
      'sam-include.yaml',
      24,
      'Resources.RemoteApi.Properties.DefinitionBody.Fn::Transform.Parameters.Location',
    ],
    [
      'apigw-template-definition-unreadable',
      'info',
      'sam-include.yaml',
      29,
      'Resources.RemoteUriApi.Properties.DefinitionUri',
    ],
  ]);
  assert.match(
    outcome.findings[2]!.message,
    /^RemoteApi \(AWS::Serverless::Api\): not checked: s3:\/\/\$\{ArtifactBucket\}\/api\.yaml is in S3$/,
  );
  assert.deepEqual(
    outcome.notes.map((n) => n.replaceAll('test/fixtures/templates/', '')),
    [
      'sam-include.yaml: IncludedApi: REST API (set by AWS::Serverless::Api) from include/api.yaml, OpenAPI 3.0.1',
      'sam-include.yaml: UriApi: HTTP API (set by AWS::Serverless::HttpApi) from include/http-api.json, OpenAPI 3.0.1',
    ],
  );
});

test('RestApi Body, ApiGatewayV2 Api Body (JSON template) and BodyS3Location', async () => {
  const outcome = await lintFiles([resolve(dir, 'cfn-bodies.json')], { cwd: dir });
  assert.deepEqual(rows(outcome.findings), [
    [
      'apigw-integration-type',
      'error',
      'cfn-bodies.json',
      15,
      'Resources.RestApi.Properties.Body.paths./pets.get.x-amazon-apigateway-integration.type',
    ],
    [
      'apigw-template-definition-unreadable',
      'info',
      'cfn-bodies.json',
      27,
      'Resources.StoredRestApi.Properties.BodyS3Location',
    ],
    // 30,001 ms: over the HTTP API limit (the type comes from the resource, not from guessing).
    [
      'apigw-integration-timeout',
      'error',
      'cfn-bodies.json',
      44,
      'Resources.HttpApi.Properties.Body.paths./pets.get.x-amazon-apigateway-integration.timeoutInMillis',
    ],
  ]);
});

test('validate reads templates too, with the same places', async () => {
  const outcome = await validateFiles([resolve(dir, 'cfn-bodies.json')], {});
  assert.deepEqual(
    rows(outcome.findings).filter((r) => r[0] === 'apigw-extension-enum' || r[0].startsWith('apigw-template')),
    [
      [
        'apigw-template-definition-unreadable',
        'info',
        'cfn-bodies.json',
        27,
        'Resources.StoredRestApi.Properties.BodyS3Location',
      ],
    ],
  );
  assert.ok(
    outcome.findings.every((f) => f.source === resolve(dir, 'cfn-bodies.json')),
    JSON.stringify(outcome.findings),
  );
  assert.ok(
    outcome.findings.some((f) =>
      f.path.join('.').startsWith('Resources.RestApi.Properties.Body.paths./pets.get.x-amazon-apigateway-integration'),
    ),
  );
});

test('CLI: Spectral-shaped JSON names the file that holds each problem', async () => {
  const result = await runCli(['lint', 'sam-include.yaml', '--format', 'json'], { cwd: dir });
  assert.equal(result.code, 1, result.stderr);
  const sources = (JSON.parse(result.stdout) as { source: string }[]).map((f) => rel(f.source));
  assert.deepEqual(sources, ['include/api.yaml', 'include/http-api.json', 'sam-include.yaml', 'sam-include.yaml']);
});

test("SAM's Auth adds security schemes to the definition: only a scheme neither defines is reported", async () => {
  const outcome = await lintFiles([resolve(dir, 'sam-auth.yaml')], { cwd: dir });
  assert.deepEqual(rows(outcome.findings), [
    [
      'apigw-xref-security-scheme',
      'error',
      'sam-auth.yaml',
      21,
      'Resources.AuthApi.Properties.DefinitionBody.paths./items.get.security.2.Missing',
    ],
  ]);
});

test('--ignore-unknown skips a template without an API, reads one with an API', async () => {
  const { mkdtempSync, writeFileSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const { join } = await import('node:path');
  const tmp = mkdtempSync(join(tmpdir(), 'apigw-tpl-'));
  writeFileSync(join(tmp, 'queue.yaml'), 'Resources:\n  Q:\n    Type: AWS::SQS::Queue\n');
  const outcome = await lintFiles([join(tmp, 'queue.yaml'), resolve(dir, 'cfn-bodies.json')], {
    cwd: dir,
    ignoreUnknown: true,
  });
  assert.deepEqual(outcome.files, [resolve(dir, 'cfn-bodies.json')]);
  assert.equal(outcome.findings.length, 3);
});

test('a REST API built from RestApi/Resource/Method/Authorizer resources: the existing rules apply, placed on the resources', async () => {
  const outcome = await lintFiles([resolve(dir, 'rest-resources.yaml')], { cwd: dir });
  assert.deepEqual(rows(outcome.findings), [
    [
      'apigw-integration-lambda-http-method',
      'error',
      'rest-resources.yaml',
      30,
      'Resources.GetPet.Properties.Integration.IntegrationHttpMethod',
    ],
    [
      'apigw-integration-timeout-quota',
      'warn',
      'rest-resources.yaml',
      43,
      'Resources.ListPets.Properties.Integration.TimeoutInMillis',
    ],
    [
      'apigw-xref-response-header',
      'error',
      'rest-resources.yaml',
      47,
      'Resources.ListPets.Properties.Integration.IntegrationResponses.0.ResponseParameters.method.response.header.X-Count',
    ],
  ]);
  assert.deepEqual(
    outcome.notes.map((n) => n.replaceAll('test/fixtures/templates/', '')),
    ["rest-resources.yaml: PetsApi: REST API built from the template's resources"],
  );
});

test('the document built from resources: paths from the ParentId chain, implicit path parameters, authorizer by logical id', async () => {
  const { restApiFromResources } = await import('../../src/definition/template/rest-resources.js');
  const { loadDefinitions } = await import('../../src/definition/definitions.js');
  const loaded = await loadDefinitions(resolve(dir, 'rest-resources.yaml'));
  const built = restApiFromResources((loaded.template!.template.data as { Resources: never }).Resources, 'PetsApi');
  const paths = built.doc.paths as Record<string, Record<string, { security?: unknown; parameters?: unknown }>>;
  assert.deepEqual(Object.keys(paths), ['/pets/{petId}', '/pets']);
  assert.deepEqual(paths['/pets/{petId}']!.get!.security, [{ token: [] }]);
  assert.deepEqual(paths['/pets/{petId}']!.get!.parameters, [
    { name: 'petId', in: 'path', required: true, type: 'string' },
  ]);
  assert.deepEqual(
    built.map.toTemplate(['securityDefinitions', 'token', 'x-amazon-apigateway-authorizer', 'identitySource']),
    ['Resources', 'TokenAuthorizer', 'Properties', 'IdentitySource'],
  );
});

test('an HTTP API built from ApiGatewayV2 Route/Integration/Authorizer resources: the HTTP API rules apply, placed on the resources', async () => {
  const outcome = await lintFiles([resolve(dir, 'http-resources.yaml')], { cwd: dir });
  assert.deepEqual(rows(outcome.findings), [
    [
      'apigw-http-payload-format-version',
      'error',
      'http-resources.yaml',
      23,
      'Resources.ItemsIntegration.Properties.PayloadFormatVersion',
    ],
    [
      'apigw-integration-timeout',
      'error',
      'http-resources.yaml',
      24,
      'Resources.ItemsIntegration.Properties.TimeoutInMillis',
    ],
  ]);
  assert.deepEqual(
    outcome.notes.map((n) => n.replaceAll('test/fixtures/templates/', '')),
    ["http-resources.yaml: ItemsApi: HTTP API built from the template's resources"],
  );
});

test("SAM's Cors adds the OPTIONS methods: no preflight finding; the gateway responses still lack CORS headers", async () => {
  const outcome = await lintFiles([resolve(dir, 'sam-cors.yaml')], { cwd: dir });
  assert.deepEqual(
    rows(outcome.findings).map((r) => [r[0], r[3]]),
    [['apigw-gateway-response-cors', 27]],
  );
});

test('a path under Fn::If (a CloudFormation condition) is not reported as a misplaced extension, only as undecidable (info)', async () => {
  const outcome = await lintFiles([resolve(dir, 'sam-condition.yaml')], { cwd: dir });
  assert.deepEqual(rows(outcome.findings), [
    [
      'oas-schema-intrinsic',
      'info',
      'sam-condition.yaml',
      15,
      'Resources.CondApi.Properties.DefinitionBody.paths./post',
    ],
  ]);
});

test('a WebSocket API from ApiGatewayV2 resources (a JSON template): findings point at the template, path and line', async () => {
  const outcome = await lintFiles([resolve(dir, 'websocket-defects.json')], { cwd: dir });
  assert.deepEqual(rows(outcome.findings), [
    [
      'apigw-ws-authorizer-connect-only',
      'error',
      'websocket-defects.json',
      18,
      'Resources.SendRoute.Properties.AuthorizationType',
    ],
    [
      'apigw-ws-integration-method',
      'error',
      'websocket-defects.json',
      27,
      'Resources.SendIntegration.Properties.IntegrationMethod',
    ],
    [
      'apigw-ws-integration-timeout',
      'error',
      'websocket-defects.json',
      29,
      'Resources.SendIntegration.Properties.TimeoutInMillis',
    ],
  ]);
  assert.deepEqual(
    outcome.notes.map((n) => n.replaceAll('test/fixtures/templates/', '')),
    ["websocket-defects.json: ChatApi: WebSocket API built from the template's resources"],
  );
});

test('Method IntegrationResponses without a SelectionPattern: the first is the default, value and place (apigw-integration-response-default-twice reports the rest)', async () => {
  const { restApiFromResources } = await import('../../src/definition/template/rest-resources.js');
  const { parseSource } = await import('../../src/definition/parse.js');
  const { file } = parseSource(
    '/project/template.yaml',
    'Resources:\n  Api:\n    Type: AWS::ApiGateway::RestApi\n  Send:\n    Type: AWS::ApiGateway::Method\n    Properties:\n      RestApiId: !Ref Api\n      ResourceId: !GetAtt Api.RootResourceId\n      HttpMethod: POST\n      Integration:\n        Type: MOCK\n        IntegrationResponses:\n          - StatusCode: 200\n          - StatusCode: 503\n          - {StatusCode: 404, SelectionPattern: "404"}\n',
  );
  const built = restApiFromResources((file.data as { Resources: never }).Resources, 'Api');
  const integration = (built.doc.paths as Record<string, Record<string, Record<string, unknown>>>)['/']!.post![
    'x-amazon-apigateway-integration'
  ] as { responses: Record<string, { statusCode: unknown }> };
  assert.deepEqual(integration.responses, { default: { statusCode: 200 }, '404': { statusCode: 404 } });
  assert.deepEqual(
    built.map.toTemplate([
      'paths',
      '/',
      'post',
      'x-amazon-apigateway-integration',
      'responses',
      'default',
      'statusCode',
    ]),
    ['Resources', 'Send', 'Properties', 'Integration', 'IntegrationResponses', 0, 'StatusCode'],
  );
});
