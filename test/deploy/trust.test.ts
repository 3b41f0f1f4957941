/**
 * Issue #14 "Deploy you can trust in production CI", against moto through the real SDK, with lint ON
 * and, where a failure is needed, the fault-injecting proxy (test/support/fault-proxy.ts) in front.
 * CI runs these through the built bin/run.js (APIGW_BIN), as users run it.
 */
import { after, before, beforeEach, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import * as sdk from '@aws-sdk/client-api-gateway';
import { repoRoot, runCli } from '../support/cli.js';
import { emulatorEnv, emulatorSkipReason, startEmulator, type Emulator } from '../support/emulator.js';
import { startFaultProxy, type Fault, type Recorded } from '../support/fault-proxy.js';

const pets = resolve(repoRoot, 'test/fixtures/deploy/pets');
const skip = emulatorSkipReason();

/** A copy of the pets fixture with its own apigw.yaml (outside any git repository). */
function project(apigwYaml: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'apigw-deploy-'));
  cpSync(pets, dir, { recursive: true });
  writeFileSync(join(dir, 'apigw.yaml'), apigwYaml);
  return dir;
}

const THREE_STAGES = `spec: openapi.yaml
api:
  name: pets-deploy
vars:
  backendHost: backend.example.com
stages:
  dev:
    variables: { color: blue }
  qa:
    variables: { color: blue, dbPassword: qa-secret-value }
  prod:
    variables: { color: blue, dbPassword: prod-secret-value, port: 8080, debug: false }
`;

describe('deploy you can trust (#14) against moto', { skip }, () => {
  let emu: Emulator;
  let client: sdk.APIGatewayClient;
  let dir: string;
  before(async () => {
    emu = await startEmulator();
    process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';
    client = new sdk.APIGatewayClient({
      endpoint: emu.endpoint,
      region: 'us-east-1',
      credentials: { accessKeyId: 'testing', secretAccessKey: 'testing' },
    });
    dir = project(THREE_STAGES);
  });
  after(async () => emu?.stop());
  beforeEach(async () => emu.reset());

  const cli = (args: string[], opts: { endpoint?: string; cwd?: string; env?: Record<string, string> } = {}) =>
    runCli(args, {
      cwd: opts.cwd ?? dir,
      env: { ...emulatorEnv(opts.endpoint ?? emu.endpoint), APIGW_RETRY_BASE_MS: '50', ...opts.env },
    });
  const apis = async () => (await client.send(new sdk.GetRestApisCommand({}))).items ?? [];
  const getStage = (restApiId: string, stageName: string) =>
    client.send(new sdk.GetStageCommand({ restApiId, stageName }));
  const deployments = async (restApiId: string) =>
    (await client.send(new sdk.GetDeploymentsCommand({ restApiId }))).items ?? [];
  const withProxy = async <T>(
    decide: (req: Recorded) => Fault | undefined,
    work: (endpoint: string, requests: Recorded[]) => Promise<T>,
  ) => {
    const proxy = await startFaultProxy(emu.endpoint, decide);
    try {
      return await work(proxy.endpoint, proxy.requests);
    } finally {
      await proxy.close();
    }
  };
  const deployOk = async (stage: string, extra: string[] = [], opts: Parameters<typeof cli>[1] = {}) => {
    const r = await cli(['deploy', '--stage', stage, '--create', '--json', ...extra], opts);
    assert.equal(r.code, 0, r.stderr);
    return JSON.parse(r.stdout) as {
      restApiId: string;
      deploymentId: string;
      unchanged?: boolean;
      provenance: { body: string };
    };
  };

  it('a definition with a lint error is refused before any AWS call (exit 1, nothing created); --no-lint is the only way past and says so', async () => {
    const lintError = resolve(repoRoot, 'test/fixtures/deploy/lint-error');
    await withProxy(
      () => undefined,
      async (endpoint, requests) => {
        const r = await cli(['deploy', '--stage', 'prod', '--create'], { endpoint, cwd: lintError });
        assert.equal(r.code, 1, r.stderr);
        assert.match(r.stderr, /lint: .*openapi\.yaml:16:26 error apigw-integration-timeout timeoutInMillis is 10/);
        assert.equal(
          r.stderr.trim().split('\n').at(-1),
          `apigw: ${join(lintError, 'openapi.yaml')}: lint found 1 error(s); nothing was pushed (fix them, or pass --no-lint to skip)`,
        );
        assert.deepEqual(requests, []);
        assert.deepEqual(await apis(), []);
        const skipped = await cli(['deploy', '--stage', 'prod', '--create', '--no-lint'], { endpoint, cwd: lintError });
        assert.equal(skipped.code, 0, skipped.stderr);
        assert.match(skipped.stderr, /^apigw: lint: skipped \(--no-lint\)$/m);
        assert.equal((await apis()).length, 1);
      },
    );
  });

  it('rollback --stage prod returns prod to its own previous deployment, not to the QA build deployed in between', async () => {
    const prod1 = await deployOk('prod');
    await deployOk('dev', ['--var', 'backendHost=v2.example.com']);
    const qa2 = await deployOk('qa', ['--var', 'backendHost=v2.example.com']);
    const prod2 = await deployOk('prod', ['--var', 'backendHost=v2.example.com']);
    assert.notEqual(prod1.deploymentId, prod2.deploymentId);
    const r = await cli(['rollback', '--stage', 'prod']);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stdout, `Stage 'prod' now serves ${prod1.deploymentId} (was ${prod2.deploymentId}).\n`);
    assert.equal((await getStage(prod1.restApiId, 'prod')).deploymentId, prod1.deploymentId);
    // Each deployment says what it was made for (docs/deploy.md "Provenance").
    const byId = Object.fromEntries((await deployments(prod1.restApiId)).map((d) => [d.id, d.description]));
    assert.match(
      byId[qa2.deploymentId]!,
      new RegExp(`^\\[apigw stage=qa body=${qa2.provenance.body} run=[0-9a-f]{8}\\]$`),
    );
    // --to another stage's deployment moves, with a warning.
    const to = await cli(['rollback', '--stage', 'prod', '--to', qa2.deploymentId]);
    assert.equal(to.code, 0, to.stderr);
    assert.equal(
      to.stderr.split('\n')[0],
      `apigw: warning: deployment ${qa2.deploymentId} was made for stage 'qa', not 'prod' (body ${qa2.provenance.body})`,
    );
    // Now prod serves a deployment that was not made for it: no guessing.
    const again = await cli(['rollback', '--stage', 'prod']);
    assert.equal(again.code, 2);
    assert.match(
      again.stderr,
      /stage 'prod' has no previous deployment to roll back to: it serves \w+, which apigw deploy did not make for this stage/,
    );
  });

  it('a lost CreateDeployment answer is recovered by its description: no twin, exit 0, and rollback still finds the real previous one', async () => {
    const first = await deployOk('prod');
    const second = await withProxy(
      (req) =>
        req.method === 'POST' && /\/deployments$/.test(req.path) && req.nth === 1 ? { kind: 'lose' } : undefined,
      async (endpoint, requests) => {
        const out = await deployOk('prod', ['--var', 'backendHost=v2.example.com'], { endpoint });
        assert.equal(requests.filter((x) => x.method === 'POST' && /\/deployments$/.test(x.path)).length, 1);
        return out;
      },
    );
    assert.equal((await deployments(first.restApiId)).length, 2);
    assert.equal((await getStage(first.restApiId, 'prod')).deploymentId, second.deploymentId);
    const r = await cli(['rollback', '--stage', 'prod']);
    assert.equal(r.stdout, `Stage 'prod' now serves ${first.deploymentId} (was ${second.deploymentId}).\n`);
  });

  it('a lost ImportRestApi answer and a 500 after the import applied each leave exactly one API', async () => {
    for (const fault of [
      { kind: 'lose' },
      { kind: 'appliedStatus', status: 500, errorType: 'InternalFailure' },
    ] as Fault[]) {
      await emu.reset();
      await withProxy(
        (req) => (req.method === 'POST' && req.path.startsWith('/restapis?') && req.nth === 1 ? fault : undefined),
        async (endpoint, requests) => {
          const r = await cli(['deploy', '--stage', 'prod', '--create'], { endpoint });
          assert.equal(r.code, 0, `${fault.kind}: ${r.stderr}`);
          assert.equal(requests.filter((x) => x.method === 'POST' && x.path.startsWith('/restapis?')).length, 1);
          assert.match(r.stderr, /ImportRestApi: the answer was lost but the call was applied; using what it created/);
        },
      );
      const all = await apis();
      assert.deepEqual(
        all.map((a) => a.name),
        ['pets-deploy'],
        fault.kind,
      );
      assert.equal((await getStage(all[0].id!, 'prod')).deploymentId !== undefined, true);
    }
  });

  it('a 500 from ImportRestApi after only part of the import applied: the found API gets the whole definition pushed before the stage serves it', async () => {
    // The API came to exist, but without the definition's resources: adopting it as it is would
    // deploy a stage that serves none of the routes, with exit 0.
    const partly: Fault = {
      kind: 'partlyApplied',
      instead: { method: 'POST', path: '/restapis', body: JSON.stringify({ name: 'pets-deploy' }) },
      status: 500,
      errorType: 'InternalFailure',
    };
    await withProxy(
      (req) => (req.method === 'POST' && req.path.startsWith('/restapis?') && req.nth === 1 ? partly : undefined),
      async (endpoint, requests) => {
        const r = await cli(['deploy', '--stage', 'prod', '--create'], { endpoint });
        assert.equal(r.code, 0, r.stderr);
        assert.match(r.stderr, /ImportRestApi: the answer was lost but the call was applied; using what it created/);
        assert.match(
          r.stderr,
          /^apigw: push definition onto the API the lost import left \(PutRestApi, mode overwrite\)\.\.\.$/m,
        );
        assert.equal(requests.filter((x) => x.method === 'POST' && x.path.startsWith('/restapis?')).length, 1);
      },
    );
    const all = await apis();
    assert.deepEqual(
      all.map((a) => a.name),
      ['pets-deploy'],
    );
    const resources = (await client.send(new sdk.GetResourcesCommand({ restApiId: all[0].id! }))).items ?? [];
    assert.deepEqual(resources.map((x) => x.path).sort(), ['/', '/pets', '/pets/{id}']);
    assert.notEqual((await getStage(all[0].id!, 'prod')).deploymentId, undefined);
  });

  it('an unchanged redeploy creates no deployment; --no-skip-unchanged does', async () => {
    const first = await deployOk('prod');
    const again = await deployOk('prod');
    assert.deepEqual([again.unchanged, again.deploymentId], [true, first.deploymentId]);
    assert.equal((await deployments(first.restApiId)).length, 1);
    const text = await cli(['deploy', '--stage', 'prod']);
    assert.match(
      text.stdout,
      /Stage 'prod' of pets-deploy \(\w+\) already serves this definition \(deployment \w+\); nothing deployed\.\n$/,
    );
    const forced = await deployOk('prod', ['--no-skip-unchanged']);
    assert.notEqual(forced.deploymentId, first.deploymentId);
    assert.equal((await deployments(first.restApiId)).length, 2);
  });

  it('--api-name X --create names the API X (not info.title) and the next --api-name X finds it', async () => {
    const other = project('spec: openapi.yaml\nvars:\n  backendHost: backend.example.com\n');
    const r = await cli(['deploy', '--stage', 'dev', '--api-name', 'orders-prod', '--create', '--dry-run'], {
      cwd: other,
    });
    assert.match(
      r.stdout,
      /name: the pushed definition's info.title 'pets-deploy' is replaced by the API name 'orders-prod'/,
    );
    const created = await deployOk('dev', ['--api-name', 'orders-prod'], { cwd: other });
    assert.deepEqual(
      (await apis()).map((a) => [a.id, a.name]),
      [[created.restApiId, 'orders-prod']],
    );
    const next = await cli(
      ['deploy', '--stage', 'dev', '--api-name', 'orders-prod', '--var', 'backendHost=v2.example.com', '--json'],
      { cwd: other },
    );
    assert.equal(next.code, 0, next.stderr);
    assert.equal(JSON.parse(next.stdout).restApiId, created.restApiId);
    assert.equal((await apis()).length, 1);
  });

  it('stage variables go out as strings, whatever YAML typed them', async () => {
    await withProxy(
      () => undefined,
      async (endpoint, requests) => {
        await deployOk('prod', [], { endpoint });
        const createStage = requests.find((x) => x.method === 'POST' && /\/stages$/.test(x.path))!;
        assert.deepEqual(JSON.parse(createStage.body).variables, {
          color: 'blue',
          dbPassword: 'prod-secret-value',
          port: '8080',
          debug: 'false',
        });
      },
    );
    const again = await cli(['deploy', '--stage', 'prod', '--dry-run']);
    assert.doesNotMatch(again.stdout, /stage setting/);
  });

  it('diff aws:API/prod aws:API/qa says a secret variable changed, never its values, in every format', async () => {
    await deployOk('prod');
    await deployOk('qa');
    for (const format of ['text', 'json', 'markdown']) {
      const r = await cli(['diff', 'aws:pets-deploy/prod', 'aws:pets-deploy/qa', '--format', format]);
      assert.equal(r.code === 0 || r.code === 1, true, r.stderr);
      assert.doesNotMatch(r.stdout + r.stderr, /secret-value/, format);
      assert.match(r.stdout, /variable dbPassword: secret value changed \(values hidden\)/, format);
    }
    const json = JSON.parse(
      (await cli(['diff', 'aws:pets-deploy/prod', 'aws:pets-deploy/qa', '--format', 'json'])).stdout,
    );
    const change = json.changes.find((c: { path: string[] }) => c.path.join('/') === 'stage/variables/dbPassword');
    assert.deepEqual([change.before, change.after], ['****', '****']);
  });

  it('a hung endpoint with --cli-read-timeout 3 ends in exit 4 well under a minute, on one stderr line', async () => {
    await withProxy(
      () => ({ kind: 'hang' }),
      async (endpoint) => {
        const started = Date.now();
        const r = await cli(['deploy', '--stage', 'prod', '--cli-read-timeout', '3'], {
          endpoint,
          env: { APIGW_RETRY_BASE_MS: '' },
        });
        const seconds = (Date.now() - started) / 1000;
        assert.equal(r.code, 4, r.stderr);
        assert.ok(seconds < 40, `took ${seconds} s`);
        assert.equal(
          r.stderr
            .split('\n')
            .filter(Boolean)
            .filter((l) => !l.startsWith('apigw: lint:')).length,
          1,
          r.stderr,
        );
        assert.match(
          r.stderr,
          /^apigw: GetRestApis: AWS API Gateway did not answer in time at http:\/\/127\.0\.0\.1:\d+ after 5 attempts\n$/m,
        );
      },
    );
  });

  it('after a stage-moving call fails, the stage is re-read: what it serves, or "may have moved"', async () => {
    const first = await deployOk('prod');
    const patchStage = (req: Recorded) => req.method === 'PATCH' && /\/stages\/prod$/.test(req.path);
    // Applied, answer lost every time: AWS moved the stage; apigw says what it now serves.
    const moved = await withProxy(
      (req) => (patchStage(req) ? { kind: 'lose' } : undefined),
      (endpoint) =>
        cli(['deploy', '--stage', 'prod', '--var', 'backendHost=v2.example.com'], {
          endpoint,
          env: { AWS_MAX_ATTEMPTS: '2' },
        }),
    );
    assert.equal(moved.code, 4, moved.stderr);
    const now = (await getStage(first.restApiId, 'prod')).deploymentId!;
    assert.notEqual(now, first.deploymentId);
    assert.match(moved.stderr, new RegExp(`stage 'prod' serves deployment ${now} \\(read after the failure\\)\\]\\n$`));
    assert.doesNotMatch(moved.stderr, /still serves/);
    // Dropped before reaching AWS, and the stage cannot be read afterwards either: "may have moved".
    let patched = false;
    const unknown = await withProxy(
      (req) =>
        patchStage(req)
          ? ((patched = true), { kind: 'drop' })
          : patched && req.method === 'GET' && /\/stages\/prod$/.test(req.path)
            ? { kind: 'status', status: 503 }
            : undefined,
      (endpoint) =>
        cli(['deploy', '--stage', 'prod', '--var', 'backendHost=v3.example.com'], {
          endpoint,
          env: { AWS_MAX_ATTEMPTS: '2' },
        }),
    );
    assert.equal(unknown.code, 4, unknown.stderr);
    assert.match(unknown.stderr, /stage 'prod' may have moved: it could not be read after the failure\]\n$/);
    assert.equal((await getStage(first.restApiId, 'prod')).deploymentId, now);
  });

  it('throttled CreateDeployment is retried within the documented budget (AWS_MAX_ATTEMPTS respected)', async () => {
    await deployOk('prod');
    await withProxy(
      (req) =>
        req.method === 'POST' && /\/deployments$/.test(req.path) && req.nth <= 6
          ? { kind: 'status', status: 429 }
          : undefined,
      async (endpoint, requests) => {
        const ok = await cli(['deploy', '--stage', 'prod', '--var', 'backendHost=v2.example.com'], { endpoint });
        assert.equal(ok.code, 0, ok.stderr);
        assert.equal(requests.filter((x) => x.method === 'POST' && /\/deployments$/.test(x.path)).length, 7);
        assert.match(ok.stderr, /CreateDeployment: throttled; retrying in \d+\.\d s \(attempt 2 of 8\)/);
      },
    );
    await withProxy(
      (req) => (req.method === 'POST' && /\/deployments$/.test(req.path) ? { kind: 'status', status: 429 } : undefined),
      async (endpoint, requests) => {
        const r = await cli(['deploy', '--stage', 'prod', '--var', 'backendHost=v3.example.com'], {
          endpoint,
          env: { AWS_MAX_ATTEMPTS: '3' },
        });
        assert.equal(r.code, 4, r.stderr);
        assert.equal(requests.filter((x) => x.method === 'POST' && /\/deployments$/.test(x.path)).length, 3);
        assert.match(
          r.stderr,
          /apigw: CreateDeployment: AWS kept throttling the request \(TooManyRequestsException: Too Many Requests\); try again later \(gave up after 3 attempts\)/,
        );
      },
    );
  });
});
