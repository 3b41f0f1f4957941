import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { Config } from '@oclif/core';
import { repoRoot, runCli } from '../support/cli.js';

describe('apigw --version (answered without loading oclif)', () => {
  it('prints exactly the line oclif would print (config.userAgent)', async () => {
    const config = await Config.load({ root: repoRoot });
    const { code, stdout, stderr } = await runCli(['--version']);
    assert.equal(stderr, '');
    assert.equal(code, 0);
    assert.equal(stdout, `${config.userAgent}\n`);
    assert.match(stdout, /^apigw\/\d+\.\d+\.\d+\S* \S+-\S+ node-v\d+/);
  });

  it('like oclif, answers when --version comes first whatever follows', async () => {
    const { code, stdout } = await runCli(['--version', 'validate']);
    assert.equal(code, 0);
    assert.match(stdout, /^apigw\//);
  });
});
