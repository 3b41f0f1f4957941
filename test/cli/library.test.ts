/**
 * apigw as a library, the way a user's code imports it: by package name through package.json
 * `exports` (Node resolves a package's own name from inside it), from the build in dist/.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { repoRoot } from '../support/cli.js';

const skip = existsSync(resolve(repoRoot, 'dist/src/index.js')) ? false : 'not built (npm test builds first)';
const example = resolve(repoRoot, 'examples/rest-api/openapi.yaml');

test("import 'apigw': load, validate and lint a definition", { skip }, async () => {
  const apigw = await import('apigw' as string);
  const spec = await apigw.loadSpec(example);
  assert.equal(spec.flavour.type, 'rest');
  assert.deepEqual(await apigw.runValidation(spec), []);
  const findings = (await apigw.lintSpec(spec)) as Array<{ code: string; range: { start: { line: number } } }>;
  assert.deepEqual(
    findings.map((f) => [f.code, f.range.start.line + 1]),
    [
      ['apigw-cors-proxy-headers', 130],
      ['apigw-cors-proxy-headers', 181],
    ],
  );
  assert.equal(typeof apigw.formatFindings, 'function');
  assert.equal(typeof apigw.renderTemplate, 'function');
  assert.equal(typeof apigw.runDiff, 'function');
});

test("the subpath exports load: 'apigw/definition', 'apigw/vtl', 'apigw/ruleset', ...", { skip }, async () => {
  for (const subpath of ['definition', 'spec', 'validate', 'lint', 'vtl', 'diff', 'report']) {
    const mod = await import(`apigw/${subpath}` as string);
    assert.ok(Object.keys(mod).length > 0, subpath);
  }
  // 'apigw/spec' is the 0.x name of 'apigw/definition': the same module.
  assert.equal(await import('apigw/spec' as string), await import('apigw/definition' as string));
  const { default: ruleset } = await import('apigw/ruleset' as string);
  assert.ok(Object.keys(ruleset.rules).length >= 80, `${Object.keys(ruleset.rules).length} rules`);
});
