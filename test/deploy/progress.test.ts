import test from 'node:test';
import assert from 'node:assert/strict';
import { createProgress } from '../../src/deploy/progress.js';

function sink(isTTY: boolean) {
  const out: string[] = [];
  return { out, stream: { isTTY, write: (t: string) => out.push(t) } };
}

test('without a TTY (or in CI) progress is plain lines, nothing rewritten', () => {
  const { out, stream } = sink(false);
  const progress = createProgress({ stream, env: {} });
  progress('CreateDeployment...');
  progress('CreateDeployment: done (abc123)');
  assert.equal(out.join(''), 'apigw: CreateDeployment...\napigw: CreateDeployment: done (abc123)\n');
  const ci = sink(true);
  createProgress({ stream: ci.stream, env: { CI: 'true' } })('PutRestApi...');
  assert.equal(ci.out.join(''), 'apigw: PutRestApi...\n');
});

test('on a TTY a running step spins, then ends with ✔ or ✖ and keeps other messages', () => {
  const { out, stream } = sink(true);
  const progress = createProgress({ stream, env: {}, intervalMs: 5 });
  progress('PutRestApi...');
  progress('warning: importer: Unable to find model');
  progress('PutRestApi: done');
  progress('CreateDeployment...');
  progress('CreateDeployment: failed');
  const text = out.join('');
  assert.match(text, /⠋ PutRestApi/);
  assert.match(text, /\r\u001b\[2K {2}warning: importer: Unable to find model\n/);
  assert.match(text, /\r\u001b\[2K✔ PutRestApi: done\n/);
  assert.match(text, /\r\u001b\[2K✖ CreateDeployment: failed\n$/);
});

test('--quiet prints nothing', () => {
  const { out, stream } = sink(true);
  createProgress({ quiet: true, stream, env: {} })('PutRestApi...');
  assert.deepEqual(out, []);
});
