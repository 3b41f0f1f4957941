/**
 * apigw deploy / diff for HTTP APIs against moto's apigatewayv2 on 127.0.0.1, through the CLI
 * (APIGW_BIN=bin/run.js in CI: the built bundle) and read back with @aws-sdk/client-apigatewayv2.
 * moto 5.2.5 answers CreateApi, ReimportApi, UpdateApi, GetApis, GetRoutes, GetIntegrations,
 * CreateStage, GetStage(s); it lacks ImportApi, ExportApi, CreateDeployment, GetDeployments,
 * GetAuthorizers and UpdateStage (test/deploy/http-wire.test.ts covers those at the wire), and its
 * ReimportApi deletes the API's stages (AWS keeps them).
 */
import { after, before, beforeEach, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { resolve } from 'node:path';
import * as v2 from '@aws-sdk/client-apigatewayv2';
import { repoRoot, runCli } from '../support/cli.js';
import { emulatorEnv, emulatorSkipReason, startEmulator, type Emulator } from '../support/emulator.js';
import { startFaultProxy } from '../support/fault-proxy.js';

const fixture = resolve(repoRoot, 'test/fixtures/deploy/http-api');
const skip = emulatorSkipReason();

describe('apigw deploy and diff of an HTTP API against moto', { skip }, () => {
  let emu: Emulator;
  let client: v2.ApiGatewayV2Client;
  before(async () => {
    emu = await startEmulator();
    process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';
    client = new v2.ApiGatewayV2Client({
      endpoint: emu.endpoint,
      region: 'us-east-1',
      credentials: { accessKeyId: 'testing', secretAccessKey: 'testing' },
    });
  });
  after(async () => emu?.stop());
  beforeEach(async () => emu.reset());

  const cli = (args: string[]) => runCli(args, { cwd: fixture, env: emulatorEnv(emu.endpoint) });
  const apis = async () => (await client.send(new v2.GetApisCommand({}))).Items ?? [];
  const routeKeys = async (ApiId: string) =>
    ((await client.send(new v2.GetRoutesCommand({ ApiId }))).Items ?? []).map((r) => r.RouteKey).sort();
  const stage = async (ApiId: string) => {
    const {
      $metadata: _,
      CreatedDate: _c,
      LastUpdatedDate: _u,
      ...data
    } = await client.send(new v2.GetStageCommand({ ApiId, StageName: 'dev' }));
    return data;
  };
  const create = async () => {
    const r = await cli([
      'deploy',
      '--api-name',
      'X',
      '--create',
      '--stage',
      'dev',
      '--stage-variable',
      'color=blue',
      '--json',
    ]);
    assert.equal(r.code, 0, r.stderr);
    return JSON.parse(r.stdout) as {
      apiId: string;
      apiType: string;
      apiName: string;
      invokeUrl: string;
      steps: { step: string; detail?: string }[];
    };
  };

  it('creates one API named X (protocol HTTP) with its routes and stage dev carrying the variable and apigw.yaml settings', async () => {
    const out = await create();
    const all = await apis();
    assert.deepEqual(
      all.map((a) => [a.Name, a.ProtocolType, a.ApiId]),
      [['X', 'HTTP', out.apiId]],
    );
    assert.equal(out.apiType, 'http');
    assert.equal(out.invokeUrl, `https://${out.apiId}.execute-api.us-east-1.amazonaws.com/dev`);
    assert.deepEqual(await routeKeys(out.apiId), ['GET /pets', 'GET /pets/{petId}']);
    const integrations = (await client.send(new v2.GetIntegrationsCommand({ ApiId: out.apiId }))).Items ?? [];
    // ${backendHost} came from apigw.yaml vars.
    assert.deepEqual(integrations.map((i) => i.IntegrationUri).sort(), [
      'https://backend.example.com/pets',
      'https://backend.example.com/pets/{petId}',
    ]);
    assert.deepEqual(await stage(out.apiId), {
      StageName: 'dev',
      AutoDeploy: true,
      StageVariables: { color: 'blue' },
      DefaultRouteSettings: { ThrottlingRateLimit: 50, ThrottlingBurstLimit: 100, DetailedMetricsEnabled: true },
      RouteSettings: { 'GET /pets': { ThrottlingRateLimit: 10 } },
      AccessLogSettings: {
        DestinationArn: 'arn:aws:logs:us-east-1:123456789012:log-group:pets-access',
        Format: '$context.requestId $context.routeKey $context.status',
      },
      Tags: {},
    });
    assert.deepEqual(
      out.steps.map((s) => s.step),
      [
        'create API (ImportApi)',
        'create API (CreateApi)',
        'push definition (ReimportApi)',
        "create stage 'dev' (CreateStage, auto-deploy)",
        'verify stage',
      ],
    );
    assert.equal(out.steps[0].detail, 'ImportApi not available here: CreateApi + ReimportApi');
  });

  it('finds the same API by name on the next deploy (the title does not rename it) and a second --create makes no twin', async () => {
    const first = await create();
    const again = await create();
    assert.equal(again.apiId, first.apiId);
    assert.deepEqual(
      (await apis()).map((a) => a.Name),
      ['X'],
    );
  });

  it('a 500 from ImportApi after the API was created but before its routes: apigw reimports the definition onto it before the stage serves it', async () => {
    const proxy = await startFaultProxy(emu.endpoint, (req) =>
      req.method === 'PUT' && /^\/v2\/apis(\?|$)/.test(req.path) && req.nth === 1
        ? {
            kind: 'partlyApplied',
            instead: { method: 'POST', path: '/v2/apis', body: JSON.stringify({ name: 'X', protocolType: 'HTTP' }) },
            status: 500,
            errorType: 'InternalServerException',
          }
        : undefined,
    );
    try {
      const r = await runCli(['deploy', '--api-name', 'X', '--create', '--stage', 'dev'], {
        cwd: fixture,
        env: { ...emulatorEnv(proxy.endpoint), APIGW_RETRY_BASE_MS: '50' },
      });
      assert.equal(r.code, 0, r.stderr);
      assert.match(r.stderr, /ImportApi: the answer was lost but the call was applied; using what it created/);
      assert.match(r.stderr, /^apigw: push definition onto the API the lost import left \(ReimportApi\)\.\.\.$/m);
    } finally {
      await proxy.close();
    }
    const all = await apis();
    assert.deepEqual(
      all.map((a) => a.Name),
      ['X'],
    );
    assert.deepEqual(await routeKeys(all[0]!.ApiId!), ['GET /pets', 'GET /pets/{petId}']);
  });

  it('a dry run of a changed definition prints the plan and changes nothing', async () => {
    const out = await create();
    const before = await stage(out.apiId);
    const r = await cli(['deploy', 'changed.yaml', '--api-name', 'X', '--stage', 'dev', '--dry-run']);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(
      r.stdout,
      [
        `Plan for stage 'dev' of HTTP API 'X' (${out.apiId}):`,
        '  + POST /pets/{petId}/photos  route added (safe)',
        '  routes: 1 to add, 0 to change, 0 to remove, 2 unchanged',
        "  stage 'dev': auto-deploy is on: the reimport is the release",
        '  stage variables not in apigw.yaml (kept): color',
        '  note: aws:X: GetAuthorizers is not answered by this endpoint (emulator); authorizers are not compared',
        'Dry run: nothing was changed.',
        '',
      ].join('\n'),
    );
    assert.deepEqual(await routeKeys(out.apiId), ['GET /pets', 'GET /pets/{petId}']);
    assert.deepEqual(await stage(out.apiId), before);
  });

  it('diff of the changed definition against aws:X/dev reports the route the change adds; deploying it replaces the routes', async () => {
    const out = await create();
    const d = await cli(['diff', 'aws:X/dev', 'changed.yaml', '--api-type', 'http', '--format', 'json']);
    assert.equal(d.code, 0, d.stderr);
    const result = JSON.parse(d.stdout) as {
      changes: { rule: string; scope: string; classification: string }[];
      notes: string[];
    };
    assert.deepEqual(
      result.changes.map((c) => [c.rule, c.scope, c.classification]),
      [['operation-added', 'POST /pets/{petId}/photos', 'safe']],
    );
    // The other order, as the issue writes it: the same route, seen from the file's side.
    const back = await cli(['diff', 'changed.yaml', 'aws:X/dev', '--api-type', 'http', '--fail-on', 'breaking']);
    assert.equal(back.code, 1, back.stderr);
    assert.match(back.stdout, /\nPOST \/pets\/\{petId\}\/photos\n {2}breaking {2}route removed/);

    const r = await cli(['deploy', 'changed.yaml', '--api-name', 'X', '--stage', 'dev']);
    assert.equal(r.code, 0, r.stderr);
    assert.deepEqual(await routeKeys(out.apiId), ['GET /pets', 'GET /pets/{petId}', 'POST /pets/{petId}/photos']);
    assert.deepEqual(
      (await apis()).map((a) => a.ApiId),
      [out.apiId],
    );
    assert.deepEqual((await stage(out.apiId)).StageVariables, { color: 'blue' });
    const same = await cli(['diff', 'changed.yaml', 'aws:X/dev']);
    assert.equal(same.code, 0, same.stderr);
    assert.match(same.stdout, /\nNo changes\.\n$/);
  });

  it('--canary on an HTTP API is a usage error naming the alternatives, before any AWS call', async () => {
    const r = await cli(['deploy', '--api-name', 'X', '--create', '--stage', 'dev', '--canary', '10']);
    assert.equal(r.code, 2);
    assert.match(
      r.stderr,
      /apigw: --canary: HTTP APIs have no canary deployments\. Shift traffic with weighted API mappings on a custom domain .* or with a weighted Lambda alias/,
    );
    assert.deepEqual(await apis(), []);
  });

  it('a definition with a lint error is refused and nothing is created', async () => {
    const r = await cli(['deploy', 'lint-error.yaml', '--api-name', 'X', '--create', '--stage', 'dev']);
    assert.equal(r.code, 1, r.stderr);
    assert.match(r.stderr, /apigw-integration-http-uri/);
    assert.deepEqual(await apis(), []);
  });

  it('rollback and canary find the HTTP API by name (REST APIs first) and refuse what HTTP stages cannot do', async () => {
    await create();
    // From the repository root: no apigw.yaml says the type, so the name is looked up among REST APIs, then HTTP APIs.
    const back = await runCli(['rollback', '--stage', 'dev', '--api-name', 'X'], {
      cwd: repoRoot,
      env: emulatorEnv(emu.endpoint),
    });
    assert.equal(back.code, 2, back.stderr);
    assert.match(back.stderr, /^apigw: stage 'dev' auto-deploys: it always serves the API's latest state/);
    const canary = await runCli(['canary', 'status', '--stage', 'dev', '--api-name', 'X'], {
      cwd: repoRoot,
      env: emulatorEnv(emu.endpoint),
    });
    assert.equal(canary.code, 2, canary.stderr);
    assert.equal(
      canary.stderr,
      "apigw: 'X' is an HTTP API: HTTP APIs have no canary deployments. Shift traffic with weighted API mappings on a custom domain, or with a weighted Lambda alias behind the integration\n",
    );
    const missing = await runCli(['rollback', '--stage', 'dev', '--api-name', 'nope'], {
      cwd: repoRoot,
      env: emulatorEnv(emu.endpoint),
    });
    assert.equal(missing.code, 3);
    assert.equal(
      missing.stderr,
      "apigw: no REST API named 'nope' (from --api-name) in us-east-1; pass --create to create it\n",
    );
  });

  it('an unknown --api-id is one line and exit 3', async () => {
    const r = await cli(['deploy', '--api-id', 'nope1234', '--stage', 'dev']);
    assert.equal(r.code, 3);
    assert.equal(
      r.stderr
        .split('\n')
        .filter((l) => !/^apigw: lint/.test(l))
        .join('\n'),
      "apigw: HTTP API 'nope1234' (from --api-id) not found in us-east-1\n",
    );
  });
});
