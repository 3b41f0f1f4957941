/**
 * apigw deploy / rollback / deployments against moto's API Gateway on 127.0.0.1, through the real
 * @aws-sdk/client-api-gateway. Each test checks the emulator's own state afterwards.
 */
import { after, before, beforeEach, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { resolve } from 'node:path';
import * as sdk from '@aws-sdk/client-api-gateway';
import { repoRoot, runCli } from '../support/cli.js';
import { emulatorEnv, emulatorSkipReason, startEmulator, type Emulator } from '../support/emulator.js';
import { startFaultProxy } from '../support/fault-proxy.js';

const fixture = resolve(repoRoot, 'test/fixtures/deploy/pets');
const skip = emulatorSkipReason();

describe('apigw deploy against the moto emulator', { skip }, () => {
  let emu: Emulator;
  let client: sdk.APIGatewayClient;
  before(async () => {
    emu = await startEmulator();
    process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';
    client = new sdk.APIGatewayClient({
      endpoint: emu.endpoint,
      region: 'us-east-1',
      credentials: { accessKeyId: 'testing', secretAccessKey: 'testing' },
    });
  });
  after(async () => emu?.stop());
  beforeEach(async () => emu.reset());

  const cli = (args: string[], endpoint = emu.endpoint, env: Record<string, string> = {}) =>
    runCli(args, { cwd: fixture, env: { ...emulatorEnv(endpoint), ...env } });
  const apis = async () => (await client.send(new sdk.GetRestApisCommand({}))).items ?? [];
  const stage = async (restApiId: string) => {
    const { $metadata: _, ...data } = await client.send(new sdk.GetStageCommand({ restApiId, stageName: 'prod' }));
    return data;
  };

  async function firstDeploy() {
    const r = await cli(['deploy', '--stage', 'prod', '--create', '--json']);
    assert.equal(r.code, 0, r.stderr);
    return JSON.parse(r.stdout) as {
      restApiId: string;
      deploymentId: string;
      invokeUrl: string;
      steps: { step: string }[];
    };
  }

  it('creates the API from apigw.yaml, bundles $refs, fills vars and configures the stage', async () => {
    const out = await firstDeploy();
    const [api] = await apis();
    assert.equal(api.name, 'pets-deploy');
    assert.equal(out.restApiId, api.id);
    assert.equal(out.invokeUrl, `https://${api.id}.execute-api.us-east-1.amazonaws.com/prod`);
    const resources =
      (await client.send(new sdk.GetResourcesCommand({ restApiId: api.id, embed: ['methods'] }))).items ?? [];
    const byPath = Object.fromEntries(resources.map((r) => [r.path, r]));
    assert.deepEqual(Object.keys(byPath).sort(), ['/', '/pets', '/pets/{id}']);
    // ${backendHost} came from apigw.yaml vars.
    assert.equal(
      byPath['/pets/{id}'].resourceMethods?.GET.methodIntegration?.uri,
      'https://backend.example.com/pets/{id}',
    );
    assert.equal(byPath['/pets'].resourceMethods?.GET.methodIntegration?.type, 'http_proxy');
    const s = await stage(api.id!);
    assert.equal(s.deploymentId, out.deploymentId);
    assert.deepEqual(s.variables, { color: 'blue' });
    assert.equal(s.tracingEnabled, true);
    assert.equal(s.methodSettings?.['*/*']?.throttlingRateLimit, 50);
    assert.equal(s.methodSettings?.['*/*']?.throttlingBurstLimit, 100);
    assert.deepEqual(
      out.steps.map((x) => x.step),
      [
        'create API (ImportRestApi)',
        'create deployment (CreateDeployment)',
        "create stage 'prod' (CreateStage)",
        'apply stage settings (UpdateStage, 2 operations)',
        'verify stage',
      ],
    );
  });

  it('redeploys idempotently, moves the stage in one UpdateStage, and rollback restores the previous deployment', async () => {
    const first = await firstDeploy();
    const r = await cli([
      'deploy',
      '--stage',
      'prod',
      '--stage-variable',
      'color=green',
      '--stage-variable',
      'dbPassword=hunter2',
      '--var',
      'backendHost=v2.example.com',
    ]);
    assert.equal(r.code, 0, r.stderr);
    assert.match(
      r.stdout,
      /^ {2}~ GET \/pets: integration URI: "https:\/\/backend.example.com\/pets" → "https:\/\/v2.example.com\/pets" \[risky: integration-uri-changed\]$/m,
    );
    assert.match(r.stdout, /stage setting \/variables\/dbPassword = \*\*\*\*/);
    assert.doesNotMatch(r.stdout + r.stderr, /hunter2|testing-secret/);
    const second = /deployment: (\w+)/.exec(r.stdout)![1];
    let s = await stage(first.restApiId);
    assert.equal(s.deploymentId, second);
    assert.deepEqual(s.variables, { color: 'green', dbPassword: 'hunter2' });
    assert.equal((await apis()).length, 1);

    const list = await cli(['deployments', '--stage', 'prod', '--api-name', 'pets-deploy']);
    assert.equal(list.code, 0, list.stderr);
    assert.deepEqual(
      list.stdout
        .split('\n')
        .filter(Boolean)
        .map((l) => l.slice(0, 2) + l.split(/\s+/).find((w) => /^\w{10}$/.test(w))),
      [`* ${second}`, `  ${first.deploymentId}`],
    );

    const back = await cli(['rollback', '--stage', 'prod']);
    assert.equal(back.code, 0, back.stderr);
    assert.equal(back.stdout, `Stage 'prod' now serves ${first.deploymentId} (was ${second}).\n`);
    s = await stage(first.restApiId);
    assert.equal(s.deploymentId, first.deploymentId);
  });

  it('a dry run prints the plan and changes nothing', async () => {
    const first = await firstDeploy();
    const before = await stage(first.restApiId);
    const deploymentsBefore = (await client.send(new sdk.GetDeploymentsCommand({ restApiId: first.restApiId }))).items
      ?.length;
    const r = await cli([
      'deploy',
      '--stage',
      'prod',
      '--dry-run',
      '--stage-variable',
      'color=red',
      '--var',
      'backendHost=other.example.com',
    ]);
    assert.equal(r.code, 0, r.stderr);
    assert.match(
      r.stdout,
      /^ {2}~ GET \/pets: integration URI: "https:\/\/backend.example.com\/pets" → "https:\/\/other.example.com\/pets" \[risky: integration-uri-changed\]$/m,
    );
    assert.match(r.stdout, /stage setting \/variables\/color = red/);
    assert.match(r.stdout, /Dry run: nothing was changed\.\n$/);
    assert.deepEqual(await stage(first.restApiId), before);
    assert.equal(
      (await client.send(new sdk.GetDeploymentsCommand({ restApiId: first.restApiId }))).items?.length,
      deploymentsBefore,
    );
    const resources =
      (await client.send(new sdk.GetResourcesCommand({ restApiId: first.restApiId, embed: ['methods'] }))).items ?? [];
    assert.equal(
      resources.find((x) => x.path === '/pets')?.resourceMethods?.GET.methodIntegration?.uri,
      'https://backend.example.com/pets',
    );
  });

  it('a wrong API id is one line and exit 3', async () => {
    const r = await cli(['deploy', '--stage', 'prod', '--rest-api-id', 'nope123456']);
    assert.equal(r.code, 3);
    assert.equal(
      r.stderr,
      "apigw: lint: clean\napigw: REST API 'nope123456' (from --rest-api-id) not found in us-east-1\n",
    );
  });

  it('the endpoint dying mid-deploy leaves the stage on its old deployment and says which steps happened', async () => {
    const first = await firstDeploy();
    const proxy = await startFaultProxy(emu.endpoint, (req) =>
      req.method === 'POST' && /\/deployments$/.test(req.path) ? { kind: 'drop' } : undefined,
    );
    try {
      const r = await cli(['deploy', '--stage', 'prod', '--stage-variable', 'color=red'], proxy.endpoint, {
        AWS_MAX_ATTEMPTS: '2',
      });
      assert.equal(r.code, 4, r.stderr);
      const last = r.stderr.trim().split('\n').at(-1)!;
      assert.match(
        last,
        /^apigw: CreateDeployment: AWS API Gateway is unreachable at http:\/\/127\.0\.0\.1:\d+ \(ECONNRESET\)/,
      );
      assert.match(
        last,
        /\[failed at: create deployment \(CreateDeployment\); done before it: push definition \(PutRestApi, mode overwrite\); stage 'prod' still serves deployment \w+\]$/,
      );
      const s = await stage(first.restApiId);
      assert.equal(s.deploymentId, first.deploymentId);
      assert.deepEqual(s.variables, { color: 'blue' });
    } finally {
      await proxy.close();
    }
  });

  it('retries throttled calls (429) and succeeds; gives up with exit 4 when throttling persists', async () => {
    await firstDeploy();
    let throttled = 0;
    const flaky = await startFaultProxy(emu.endpoint, () =>
      throttled++ < 2 ? { kind: 'status', status: 429 } : undefined,
    );
    try {
      const r = await cli(['deploy', '--stage', 'prod'], flaky.endpoint);
      assert.equal(r.code, 0, r.stderr);
      assert.equal(throttled > 2, true);
      // The first call was answered twice with 429 before going through.
      assert.equal(flaky.requests[0].path, flaky.requests[2].path);
    } finally {
      await flaky.close();
    }
    const wall = await startFaultProxy(emu.endpoint, () => ({ kind: 'status', status: 429 }));
    try {
      const r = await cli(['deployments', '--api-name', 'pets-deploy'], wall.endpoint, { AWS_MAX_ATTEMPTS: '3' });
      assert.equal(r.code, 4);
      assert.equal(
        r.stderr,
        'apigw: GetRestApis: AWS kept throttling the request after 3 attempts (TooManyRequestsException: Too Many Requests); try again later\n',
      );
      assert.equal(wall.requests.length, 3);
    } finally {
      await wall.close();
    }
  });
});

describe('apigw deploy without AWS', () => {
  it('refuses unresolved placeholders before any call (exit 2)', async () => {
    const r = await runCli(['deploy', 'openapi.yaml', '--stage', 'prod', '--rest-api-id', 'abc', '--no-lint'], {
      cwd: resolve(repoRoot, 'test/fixtures/deploy/unresolved'),
      env: emulatorEnv('http://127.0.0.1:9'),
    });
    assert.equal(r.code, 2);
    assert.equal(
      r.stderr,
      `apigw: ${resolve(repoRoot, 'test/fixtures/deploy/unresolved/openapi.yaml')}: unresolved placeholder \${LambdaArn} (LambdaArn at paths./pets.get.x-amazon-apigateway-integration.uri): pass --var NAME=value or set vars in apigw.yaml\n`,
    );
  });

  it('a dead endpoint fails fast with exit 4', async () => {
    const r = await runCli(['deployments', '--rest-api-id', 'abc'], {
      env: { ...emulatorEnv('http://127.0.0.1:9'), AWS_MAX_ATTEMPTS: '2' },
    });
    assert.equal(r.code, 4);
    assert.equal(
      r.stderr,
      'apigw: GetRestApi: AWS API Gateway is unreachable at http://127.0.0.1:9 (ECONNREFUSED) after 2 attempts\n',
    );
  });
});
