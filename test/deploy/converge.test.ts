/**
 * Issue #14 §8-9: the plan is `apigw diff`'s comparison with what the stage serves, apigw.yaml is
 * converged (--prune) and its usage plans are deployed. Against moto, lint on, through bin/run.js in CI.
 */
import { after, before, beforeEach, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as sdk from '@aws-sdk/client-api-gateway';
import { runCli } from '../support/cli.js';
import { emulatorEnv, emulatorSkipReason, startEmulator, type Emulator } from '../support/emulator.js';
import { startFaultProxy } from '../support/fault-proxy.js';

const skip = emulatorSkipReason();

const definition = (integrationExtra: string) => `openapi: 3.0.1
info:
  title: orders
  description: fixture for the deploy plan
  version: '1'
paths:
  /orders:
    get:
      responses:
        '200':
          description: ok
      x-amazon-apigateway-integration:
        type: http
        httpMethod: GET
        uri: https://backend.example.com/orders
        responses:
          default:
            statusCode: '200'
${integrationExtra}`;

function project(apigwYaml: string, openapi = definition('')): string {
  const dir = mkdtempSync(join(tmpdir(), 'apigw-converge-'));
  writeFileSync(join(dir, 'apigw.yaml'), apigwYaml);
  writeFileSync(join(dir, 'openapi.yaml'), openapi);
  return dir;
}

describe('deploy plan, convergence and usage plans against moto', { skip }, () => {
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

  const cli = (cwd: string, args: string[], endpoint = emu.endpoint) =>
    runCli(args, { cwd, env: { ...emulatorEnv(endpoint), APIGW_RETRY_BASE_MS: '50' } });

  it('the plan shows every definition change the diff engine sees (timeout, passthrough, template), classified', async () => {
    const dir = project('spec: openapi.yaml\napi:\n  name: orders\n');
    assert.equal((await cli(dir, ['deploy', '--stage', 'prod', '--create'])).code, 0);
    writeFileSync(
      join(dir, 'openapi.yaml'),
      definition(`        timeoutInMillis: 5000
        passthroughBehavior: never
        requestTemplates:
          application/json: '{"id": "$input.params(''id'')"}'
`),
    );
    const r = await cli(dir, ['deploy', '--stage', 'prod', '--dry-run']);
    assert.equal(r.code, 0, r.stderr);
    const changes = r.stdout.split('\n').filter((l) => /^ {2}[~+-] /.test(l));
    assert.deepEqual(
      changes.map((l) => l.replace(/^.*\[(\w+): ([\w-]+)\]$/, '$1 $2')),
      [
        'risky integration-timeout-changed',
        'risky integration-passthrough-changed',
        'risky integration-template-changed',
      ],
      r.stdout,
    );
    assert.match(r.stdout, /^ {2}definition: 3 changes \(0 breaking, 3 risky, 0 safe\)$/m);
    assert.match(r.stdout, /compared with what stage 'prod' serves \(deployment \w+\):/);
  });

  it('settings removed from apigw.yaml are listed, kept, and removed with --prune (a secret variable too)', async () => {
    const full = `spec: openapi.yaml
api:
  name: orders
stages:
  prod:
    variables: { color: blue, legacyToken: s3cr3t-legacy }
    tracing: true
    throttling: { rateLimit: 50, burstLimit: 100 }
`;
    const dir = project(full);
    const first = await cli(dir, ['deploy', '--stage', 'prod', '--create', '--json']);
    assert.equal(first.code, 0, first.stderr);
    const apiId = JSON.parse(first.stdout).restApiId;
    writeFileSync(
      join(dir, 'apigw.yaml'),
      'spec: openapi.yaml\napi:\n  name: orders\nstages:\n  prod:\n    variables: { color: blue }\n',
    );
    const plan = await cli(dir, ['deploy', '--stage', 'prod', '--dry-run']);
    assert.equal(plan.code, 0, plan.stderr);
    assert.match(
      plan.stdout,
      /^ {2}not declared in apigw\.yaml, kept \(--prune removes them\): variable legacyToken, method setting \*\/\*, X-Ray tracing \(on\)$/m,
    );
    assert.doesNotMatch(plan.stdout + plan.stderr, /s3cr3t/);
    const proxy = await startFaultProxy(emu.endpoint);
    try {
      const pruned = await cli(dir, ['deploy', '--stage', 'prod', '--prune'], proxy.endpoint);
      assert.equal(pruned.code, 0, pruned.stderr);
      const patch = proxy.requests.find((x) => x.method === 'PATCH' && /\/stages\/prod$/.test(x.path))!;
      const [move, ...rest] = JSON.parse(patch.body).patchOperations;
      assert.equal(move.path, '/deploymentId');
      assert.deepEqual(rest, [
        { op: 'remove', path: '/variables/legacyToken' },
        { op: 'remove', path: '/*/*' },
        { op: 'replace', path: '/tracingEnabled', value: 'false' },
      ]);
    } finally {
      await proxy.close();
    }
    const stage = await client.send(new sdk.GetStageCommand({ restApiId: apiId, stageName: 'prod' }));
    assert.deepEqual(stage.variables, { color: 'blue' });
    assert.equal(stage.tracingEnabled, false);
    // moto ignores `remove /*/*` (its apply_operations drops method-setting removals); AWS removes it.
  });

  it('apigw.yaml usage plans exist after deploy with their throttle, quota, stage and named keys (values never printed)', async () => {
    const yaml = `spec: openapi.yaml
api:
  name: orders
stages:
  prod: {}
usagePlans:
  - name: gold
    description: partners
    stages: [prod, qa]
    throttling: { rateLimit: 100, burstLimit: 200 }
    quota: { limit: 10000, period: MONTH }
    apiKeys: [partner-a]
`;
    const dir = project(yaml);
    const r = await cli(dir, ['deploy', '--stage', 'prod', '--create', '--json']);
    assert.equal(r.code, 0, r.stderr);
    const out = JSON.parse(r.stdout);
    assert.match(
      out.plan.join('\n'),
      /usage plan 'gold': will be created \(throttle 100\/s burst 200; quota 10000 per MONTH; stage qa does not exist yet \(attached when it is deployed\); key partner-a\)/,
    );
    const plans = (await client.send(new sdk.GetUsagePlansCommand({}))).items ?? [];
    assert.equal(plans.length, 1);
    assert.deepEqual(
      {
        name: plans[0].name,
        description: plans[0].description,
        throttle: plans[0].throttle,
        quota: plans[0].quota,
        apiStages: plans[0].apiStages?.map((s) => [s.apiId, s.stage]),
      },
      {
        name: 'gold',
        description: 'partners',
        throttle: { rateLimit: 100, burstLimit: 200 },
        quota: { limit: 10000, period: 'MONTH' },
        apiStages: [[out.restApiId, 'prod']],
      },
    );
    const keys = (await client.send(new sdk.GetApiKeysCommand({ includeValues: true }))).items ?? [];
    assert.deepEqual(
      keys.map((k) => k.name),
      ['partner-a'],
    );
    const planKeys = (await client.send(new sdk.GetUsagePlanKeysCommand({ usagePlanId: plans[0].id }))).items ?? [];
    assert.deepEqual(
      planKeys.map((k) => k.id),
      [keys[0].id],
    );
    assert.doesNotMatch(r.stdout + r.stderr, new RegExp(keys[0].value!));
    assert.deepEqual(out.usagePlans, [{ name: 'gold', id: plans[0].id, action: 'create' }]);

    // Changed in the file: updated in place, no second plan or key; the stage itself is unchanged.
    writeFileSync(
      join(dir, 'apigw.yaml'),
      yaml.replace('rateLimit: 100', 'rateLimit: 150').replace('limit: 10000', 'limit: 20000'),
    );
    const again = await cli(dir, ['deploy', '--stage', 'prod', '--json']);
    assert.equal(again.code, 0, again.stderr);
    const after2 = (await client.send(new sdk.GetUsagePlansCommand({}))).items ?? [];
    // moto keeps a patched quota limit as the patch's string; AWS returns the integer.
    assert.deepEqual([after2.length, after2[0].throttle?.rateLimit, Number(after2[0].quota?.limit)], [1, 150, 20000]);
    assert.equal(((await client.send(new sdk.GetApiKeysCommand({}))).items ?? []).length, 1);
    const plan2 = JSON.parse(again.stdout).plan.join('\n');
    assert.match(
      plan2,
      /usage plan 'gold': will be updated \(throttle rateLimit 100 -> 150; quota limit 10000 -> 20000; stage qa does not exist yet \(attached when it is deployed\)\)/,
    );
    assert.match(plan2, /stage 'prod': keeps deployment \w+ \(it already serves this body with these settings\)/);
    assert.deepEqual(JSON.parse(again.stdout).usagePlans, [{ name: 'gold', id: plans[0].id, action: 'update' }]);
    // Nothing left to do: nothing deployed, nothing updated.
    const third = await cli(dir, ['deploy', '--stage', 'prod']);
    assert.equal(third.code, 0, third.stderr);
    assert.match(third.stdout, /already serves this definition \(deployment \w+\); nothing deployed\.\n$/);
    assert.match(third.stdout, /usage plan 'gold': unchanged/);
  });
});
