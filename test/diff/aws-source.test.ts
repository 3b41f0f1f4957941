/**
 * `aws:API`, `aws:API/STAGE` and `--stage` against the moto emulator. The API is built with the
 * same SDK calls the REST importer makes for test/fixtures/diff/deployed.yaml, so "a definition
 * and its own deployment compare equal" checks the live-state normalisation end to end.
 * moto's GetExport has no x-amazon-apigateway extensions (moto/apigateway/models.py export_api
 * returns a bare Swagger skeleton), so stage views fall back to GetResources and say so.
 */
import { after, before, beforeEach, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { emulatorEnv, emulatorSkipReason, startEmulator, type Emulator } from '../support/emulator.js';
import { runCli } from '../support/cli.js';

const skip = emulatorSkipReason();
const LAMBDA =
  'arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:123456789012:function:pets/invocations';

describe('apigw diff aws: sources', { skip }, () => {
  let emu: Emulator;
  let sdk: typeof import('@aws-sdk/client-api-gateway');
  let client: import('@aws-sdk/client-api-gateway').APIGatewayClient;
  let apiId: string;

  before(async () => {
    emu = await startEmulator();
    sdk = await import('@aws-sdk/client-api-gateway');
    client = new sdk.APIGatewayClient({
      region: 'us-east-1',
      endpoint: emu.endpoint,
      credentials: { accessKeyId: 'testing', secretAccessKey: 'testing' },
    });
  });
  after(async () => emu?.stop());

  beforeEach(async () => {
    await emu.reset();
    apiId = (await client.send(new sdk.CreateRestApiCommand({ name: 'petstore' }))).id!;
    const resources = await client.send(new sdk.GetResourcesCommand({ restApiId: apiId }));
    const rootId = resources.items!.find((r) => r.path === '/')!.id!;
    const pets = (
      await client.send(new sdk.CreateResourceCommand({ restApiId: apiId, parentId: rootId, pathPart: 'pets' }))
    ).id!;
    const pet = (
      await client.send(new sdk.CreateResourceCommand({ restApiId: apiId, parentId: pets, pathPart: '{id}' }))
    ).id!;
    const validator = (
      await client.send(
        new sdk.CreateRequestValidatorCommand({
          restApiId: apiId,
          name: 'params',
          validateRequestParameters: true,
          validateRequestBody: false,
        }),
      )
    ).id!;

    await client.send(
      new sdk.PutMethodCommand({
        restApiId: apiId,
        resourceId: pets,
        httpMethod: 'GET',
        authorizationType: 'NONE',
        apiKeyRequired: true,
        requestParameters: { 'method.request.querystring.limit': false },
        requestValidatorId: validator,
      }),
    );
    await client.send(
      new sdk.PutMethodResponseCommand({ restApiId: apiId, resourceId: pets, httpMethod: 'GET', statusCode: '200' }),
    );
    await client.send(
      new sdk.PutIntegrationCommand({
        restApiId: apiId,
        resourceId: pets,
        httpMethod: 'GET',
        type: 'AWS_PROXY',
        integrationHttpMethod: 'POST',
        uri: LAMBDA,
      }),
    );

    await client.send(
      new sdk.PutMethodCommand({
        restApiId: apiId,
        resourceId: pet,
        httpMethod: 'GET',
        authorizationType: 'AWS_IAM',
        requestParameters: { 'method.request.path.id': true },
      }),
    );
    await client.send(
      new sdk.PutMethodResponseCommand({ restApiId: apiId, resourceId: pet, httpMethod: 'GET', statusCode: '200' }),
    );
    await client.send(
      new sdk.PutIntegrationCommand({
        restApiId: apiId,
        resourceId: pet,
        httpMethod: 'GET',
        type: 'HTTP',
        integrationHttpMethod: 'GET',
        uri: 'https://backend.example.com/pets/{id}',
        timeoutInMillis: 5000,
        requestParameters: { 'integration.request.path.id': 'method.request.path.id' },
      }),
    );
    await client.send(
      new sdk.PutIntegrationResponseCommand({
        restApiId: apiId,
        resourceId: pet,
        httpMethod: 'GET',
        statusCode: '200',
        selectionPattern: '',
      }),
    );
    await client.send(
      new sdk.CreateDeploymentCommand({ restApiId: apiId, stageName: 'prod', variables: { backend: 'a' } }),
    );
  });

  const cli = (args: string[]) =>
    runCli(['diff', ...args, '--endpoint-url', emu.endpoint, '--format', 'json'], { env: emulatorEnv() });

  it('the definition and the API built from it compare equal (aws:API by name and by id)', async () => {
    for (const source of ['aws:petstore', `aws:${apiId}`]) {
      const r = await cli(['test/fixtures/diff/deployed.yaml', source]);
      assert.equal(r.stderr, '');
      assert.deepEqual(JSON.parse(r.stdout).changes, [], source);
      assert.equal(r.code, 0);
    }
  });

  it("aws:API/STAGE: moto's export lacks the extensions, so the stage view is built from resources (and says so)", async () => {
    const r = await cli(['test/fixtures/diff/deployed.yaml', 'aws:petstore/prod']);
    const json = JSON.parse(r.stdout);
    assert.deepEqual(json.changes, []);
    assert.deepEqual(json.notes, [
      "aws:petstore/prod: the export has no API Gateway extensions (emulator); the stage view uses the API's current resources",
    ]);
  });

  it('aws:API against aws:API/STAGE gives the stale verdict', async () => {
    const r = await cli(['aws:petstore', 'aws:petstore/prod']);
    assert.deepEqual(JSON.parse(r.stdout).notes.at(-1), "stage prod is up to date with the API's working state");
  });

  it('reports live changes against the definition', async () => {
    const resources = await client.send(new sdk.GetResourcesCommand({ restApiId: apiId }));
    const pets = resources.items!.find((x) => x.path === '/pets')!.id!;
    await client.send(
      new sdk.PutMethodCommand({ restApiId: apiId, resourceId: pets, httpMethod: 'DELETE', authorizationType: 'NONE' }),
    );
    // moto has no UpdateIntegration: PutIntegration replaces it, as in AWS.
    await client.send(
      new sdk.PutIntegrationCommand({
        restApiId: apiId,
        resourceId: resources.items!.find((x) => x.path === '/pets/{id}')!.id!,
        httpMethod: 'GET',
        type: 'HTTP',
        integrationHttpMethod: 'GET',
        uri: 'https://backend.example.com/pets/{id}',
        requestParameters: { 'integration.request.path.id': 'method.request.path.id' },
      }),
    );
    const r = await cli(['test/fixtures/diff/deployed.yaml', 'aws:petstore']);
    assert.deepEqual(
      JSON.parse(r.stdout).changes.map((c: any) => [c.rule, c.scope, c.message]),
      [
        ['operation-added', 'DELETE /pets', 'route added'],
        ['integration-timeout-changed', 'GET /pets/{id}', 'integration timeout (ms): 5000 → 29000'],
        // Replacing an integration drops its integration responses.
        ['integration-response-changed', 'GET /pets/{id}', 'integration response "default" removed'],
      ],
    );
  });

  it('--stage dev --stage prod compares two stages of the configured API', async () => {
    const deployment = (
      await client.send(
        new sdk.CreateDeploymentCommand({
          restApiId: apiId,
          stageName: 'dev',
          variables: { backend: 'b', debug: '1' },
        }),
      )
    ).id!;
    await client.send(
      new sdk.UpdateStageCommand({
        restApiId: apiId,
        stageName: 'dev',
        patchOperations: [{ op: 'replace', path: '/tracingEnabled', value: 'true' }],
      }),
    );
    const prod = await client.send(new sdk.GetStageCommand({ restApiId: apiId, stageName: 'prod' }));
    const r = await cli(['--stage', 'prod', '--stage', 'dev', '--rest-api-id', apiId]);
    assert.equal(r.stderr, '');
    const json = JSON.parse(r.stdout);
    assert.equal(json.from, `aws:${apiId}/prod`);
    assert.deepEqual(
      json.changes.map((c: any) => [c.rule, c.classification, c.scope, c.message]),
      [
        [
          'stage-deployment-changed',
          'risky',
          'Stage prod → dev',
          `deployment "${prod.deploymentId}" → "${deployment}"`,
        ],
        ['stage-variable-changed', 'risky', 'Stage prod → dev', 'variable backend: "a" → "b"'],
        ['stage-variable-added', 'safe', 'Stage prod → dev', 'variable debug: (none) → "1"'],
        ['stage-setting-changed', 'safe', 'Stage prod → dev', 'X-Ray tracing enabled'],
      ],
    );
  });

  it('an unknown API or stage is an AWS error (exit 3)', async () => {
    const api = await cli(['aws:nope', 'test/fixtures/diff/deployed.yaml']);
    assert.equal(api.code, 3);
    assert.equal(api.stderr, "apigw: no REST or HTTP API with id or name 'nope' in us-east-1\n");
    const stage = await cli(['aws:petstore/staging', 'test/fixtures/diff/deployed.yaml']);
    assert.equal(stage.code, 3);
    assert.equal(stage.stderr, `apigw: REST API 'petstore' (${apiId}) has no stage 'staging'\n`);
  });
});
