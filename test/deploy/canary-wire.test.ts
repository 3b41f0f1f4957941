/**
 * Canary commands at the wire. The lifecycle's resulting stage state is tested against LocalStack
 * (canary-localstack.test.ts); moto keeps no canary. These tests run the CLI against a small local
 * stub that keeps one stage the way the API reference describes it, and assert the exact request
 * bodies apigw sends (which no emulator checks) and what neither emulator does (docs/deploy.md
 * "Emulators"):
 *  - CreateDeployment with canarySettings {percentTraffic, stageVariableOverrides, useStageCache}
 *    on an existing stage (API_CreateDeployment, API_DeploymentCanarySettings);
 *  - UpdateStage patch operations for set / promote / remove (API_UpdateStage, API_PatchOperation;
 *    DG-2023 promote-canary-deployment.md, update-canary-deployment.md, delete-canary-deployment.md).
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { repoRoot, runCli } from '../support/cli.js';
import { emulatorEnv } from '../support/emulator.js';

interface StageState {
  deploymentId: string;
  stageName: string;
  variables: Record<string, string>;
  canarySettings?: {
    deploymentId: string;
    percentTraffic: number;
    stageVariableOverrides: Record<string, string>;
    useStageCache: boolean;
  };
}

function startStub() {
  const calls: { method: string; path: string; body: any }[] = [];
  let n = 0;
  const state = {
    /** Misbehave like a broken gateway: a canary CreateDeployment also moves the stage itself. */
    moveStageOnCanary: false,
    stage: { deploymentId: 'dep0000001', stageName: 'prod', variables: { color: 'blue' } } as StageState,
    deployments: [{ id: 'dep0000001', createdDate: 1_700_000_000 }] as {
      id: string;
      createdDate: number;
      description?: string;
    }[],
  };
  const server: Server = createServer((req, res) => {
    let raw = '';
    req.on('data', (d) => (raw += d));
    req.on('end', () => {
      const path = (req.url ?? '').split('?')[0];
      const body = raw ? JSON.parse(raw) : undefined;
      calls.push({ method: req.method!, path, body });
      const send = (status: number, data: unknown, type?: string) => {
        res.writeHead(status, { 'content-type': 'application/json', ...(type ? { 'x-amzn-errortype': type } : {}) });
        res.end(JSON.stringify(data));
      };
      const s = state.stage;
      if (req.method === 'GET' && path === '/restapis/api0000001')
        return send(200, { id: 'api0000001', name: 'pets-deploy' });
      if (req.method === 'GET' && path === '/restapis/api0000001/stages/prod') return send(200, s);
      if (req.method === 'GET' && path === '/restapis/api0000001/resources') return send(200, { item: [] });
      if (req.method === 'GET' && path === '/restapis/api0000001/deployments')
        return send(200, { item: state.deployments });
      const deployment = /^\/restapis\/api0000001\/deployments\/(\w+)$/.exec(path);
      if (req.method === 'GET' && deployment) {
        const d = state.deployments.find((x) => x.id === deployment[1]);
        return d
          ? send(200, d)
          : send(404, { message: 'Invalid Deployment identifier specified' }, 'NotFoundException');
      }
      if (req.method === 'PUT' && path === '/restapis/api0000001')
        return send(200, { id: 'api0000001', name: 'pets-deploy' });
      if (req.method === 'POST' && path === '/restapis/api0000001/deployments') {
        const id = `dep${String(++n + 1).padStart(7, '0')}`;
        state.deployments.push({ id, createdDate: 1_700_000_000 + n, description: body.description });
        const c = body.canarySettings;
        // API_CreateDeployment: with canarySettings only the canary moves to the new deployment.
        if (c)
          state.stage.canarySettings = {
            deploymentId: id,
            percentTraffic: c.percentTraffic ?? 0,
            stageVariableOverrides: c.stageVariableOverrides ?? {},
            useStageCache: Boolean(c.useStageCache),
          };
        if (c && state.moveStageOnCanary) state.stage.deploymentId = id;
        return send(201, { id });
      }
      if (req.method === 'PATCH' && path === '/restapis/api0000001/stages/prod') {
        for (const op of body.patchOperations as { op: string; path: string; value?: string; from?: string }[]) {
          const c = s.canarySettings;
          if (op.op === 'remove' && op.path === '/canarySettings') delete s.canarySettings;
          else if (op.op === 'replace' && op.path === '/canarySettings/percentTraffic' && c)
            c.percentTraffic = Number(op.value);
          else if (op.op === 'replace' && op.path === '/canarySettings/useStageCache' && c)
            c.useStageCache = op.value === 'true';
          else if (op.op === 'replace' && op.path.startsWith('/canarySettings/stageVariableOverrides/') && c)
            c.stageVariableOverrides[op.path.split('/').pop()!] = op.value!;
          else if (
            op.op === 'copy' &&
            op.from === '/canarySettings/stageVariableOverrides' &&
            op.path === '/variables' &&
            c
          )
            Object.assign(s.variables, c.stageVariableOverrides);
          else if (op.op === 'copy' && op.from === '/canarySettings/deploymentId' && op.path === '/deploymentId' && c)
            s.deploymentId = c.deploymentId;
          else return send(400, { message: `Invalid patch path ${op.path}` }, 'BadRequestException');
        }
        return send(200, s);
      }
      // What the plan reads (apigw diff's aws: source, usage plans): an API with nothing in it.
      if (req.method === 'GET' && path === '/restapis')
        return send(200, { item: [{ id: 'api0000001', name: 'pets-deploy' }] });
      if (req.method === 'GET' && path === '/restapis/api0000001/stages') return send(200, { item: [s] });
      if (req.method === 'GET' && /^\/restapis\/api0000001\/stages\/prod\/exports\//.test(path))
        return send(200, { openapi: '3.0.1', info: { title: 'pets-deploy', version: '1' }, paths: {} });
      if (
        req.method === 'GET' &&
        /^\/(usageplans|restapis\/api0000001\/(authorizers|requestvalidators|gatewayresponses|models))$/.test(path)
      )
        return send(200, { item: [] });
      send(404, { message: `stub: no route ${req.method} ${path}` }, 'NotFoundException');
    });
  });
  return { server, calls, state };
}

describe('canary lifecycle at the wire', () => {
  const stub = startStub();
  let endpoint = '';
  before(async () => {
    await new Promise<void>((r) => stub.server.listen(0, '127.0.0.1', r));
    endpoint = `http://127.0.0.1:${(stub.server.address() as AddressInfo).port}`;
  });
  after(() => new Promise<void>((r) => stub.server.close(() => r())));
  const cli = (args: string[]) =>
    runCli([...args, '--rest-api-id', 'api0000001'], {
      cwd: resolve(repoRoot, 'test/fixtures/deploy/pets'),
      env: emulatorEnv(endpoint),
    });
  const writes = () => stub.calls.filter((c) => c.method !== 'GET');

  it('deploy --canary sends CreateDeployment with canarySettings and leaves the stage deployment alone', async () => {
    const r = await cli([
      'deploy',
      '--stage',
      'prod',
      '--no-lint',
      '--canary',
      '10',
      '--canary-stage-variable',
      'color=green',
      '--description',
      'v2',
    ]);
    assert.equal(r.code, 0, r.stderr);
    const [put, create] = writes();
    assert.equal(put.method, 'PUT');
    assert.match(
      create.body.description,
      /^v2 \[apigw stage=prod body=sha256:[0-9a-f]{16} commit=[0-9a-f]{12} run=[0-9a-f]{8}\]$/,
    );
    assert.deepEqual(create, {
      method: 'POST',
      path: '/restapis/api0000001/deployments',
      body: {
        stageName: 'prod',
        description: create.body.description,
        canarySettings: { percentTraffic: 10, stageVariableOverrides: { color: 'green' }, useStageCache: false },
      },
    });
    assert.equal(stub.state.stage.deploymentId, 'dep0000001');
    assert.match(r.stdout, /canary: {5}10% of traffic; the stage still serves dep0000001\n/);
  });

  it('a plain deploy is refused while the canary is active (exit 2, nothing sent)', async () => {
    const before = writes().length;
    const r = await cli(['deploy', '--stage', 'prod', '--no-lint']);
    assert.equal(r.code, 2);
    assert.match(
      r.stderr,
      /stage 'prod' has an active canary \(10% on dep0000002\): run 'apigw canary promote' or 'apigw canary rollback' first/,
    );
    assert.equal(writes().length, before);
  });

  it('canary status shows both deployments, the split and the overrides', async () => {
    const r = await cli(['canary', 'status', '--stage', 'prod']);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(
      r.stdout,
      [
        "stage 'prod' of api0000001",
        '  stage deployment:  dep0000001',
        '  stage variables:   color=blue',
        '  canary deployment: dep0000002',
        '  canary traffic:    10% (stage 90%)',
        '  canary overrides:  color=green',
        '  canary cache:      own cache',
        '',
      ].join('\n'),
    );
  });

  it('canary set sends replace /canarySettings/percentTraffic as a string', async () => {
    const r = await cli(['canary', 'set', '--stage', 'prod', '--percent', '25']);
    assert.equal(r.code, 0, r.stderr);
    assert.deepEqual(writes().at(-1)!.body, {
      patchOperations: [{ op: 'replace', path: '/canarySettings/percentTraffic', value: '25.0' }],
    });
    assert.equal(stub.state.stage.canarySettings?.percentTraffic, 25);
  });

  it('canary promote copies deployment and overrides to the stage, then removes the canary', async () => {
    const r = await cli(['canary', 'promote', '--stage', 'prod']);
    assert.equal(r.code, 0, r.stderr);
    const [promote, remove] = writes().slice(-2);
    assert.deepEqual(promote.body, {
      patchOperations: [
        { op: 'replace', path: '/canarySettings/percentTraffic', value: '0.0' },
        { op: 'copy', from: '/canarySettings/stageVariableOverrides', path: '/variables' },
        { op: 'copy', from: '/canarySettings/deploymentId', path: '/deploymentId' },
      ],
    });
    assert.deepEqual(remove.body, { patchOperations: [{ op: 'remove', path: '/canarySettings' }] });
    assert.deepEqual(stub.state.stage, {
      deploymentId: 'dep0000002',
      stageName: 'prod',
      variables: { color: 'green' },
    });
    assert.equal(r.stdout, "Stage 'prod' now serves dep0000002 to all traffic; canary removed.\n");
  });

  it('canary rollback removes a new canary and the stage keeps its deployment', async () => {
    assert.equal(
      (await cli(['deploy', '--stage', 'prod', '--no-lint', '--canary', '5', '--description', 'v3'])).code,
      0,
    );
    const r = await cli(['canary', 'rollback', '--stage', 'prod', '--json']);
    assert.equal(r.code, 0, r.stderr);
    assert.deepEqual(writes().at(-1)!.body, { patchOperations: [{ op: 'remove', path: '/canarySettings' }] });
    const out = JSON.parse(r.stdout);
    assert.equal(out.deploymentId, 'dep0000002');
    assert.equal(out.canary, undefined);
    assert.deepEqual(stub.state.stage, {
      deploymentId: 'dep0000002',
      stageName: 'prod',
      variables: { color: 'green' },
    });
  });

  it('--stage-variable with --canary is refused before any call (a canary deploy leaves the stage settings alone)', async () => {
    const before = stub.calls.length;
    const r = await cli(['deploy', '--stage', 'prod', '--no-lint', '--canary', '10', '--stage-variable', 'color=red']);
    assert.equal(r.code, 2);
    assert.equal(
      r.stderr,
      'apigw: --stage-variable changes the whole stage and is not applied by a canary deploy: use --canary-stage-variable for canary traffic, or deploy without --canary\n',
    );
    assert.equal(stub.calls.length, before);
  });

  it('canary verification fails when the stage itself moved, not only the canary', async () => {
    stub.state.moveStageOnCanary = true;
    try {
      const r = await cli([
        'deploy',
        '--stage',
        'prod',
        '--no-lint',
        '--canary',
        '10',
        '--var',
        'backendHost=v9.example.com',
      ]);
      assert.equal(r.code, 1, r.stderr);
      assert.match(
        r.stderr,
        /apigw: verification failed: stage 'prod': the stage itself serves (dep\d+), expected it to keep dep0000002\n$/,
      );
    } finally {
      stub.state.moveStageOnCanary = false;
      stub.state.stage.deploymentId = 'dep0000002';
      delete stub.state.stage.canarySettings;
    }
  });

  it('promote without a canary is a usage error', async () => {
    const r = await cli(['canary', 'promote', '--stage', 'prod']);
    assert.equal(r.code, 2);
    assert.equal(r.stderr, "apigw: stage 'prod' has no canary\n");
  });
});
