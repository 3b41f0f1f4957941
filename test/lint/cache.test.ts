import { strict as assert } from 'node:assert';
import { mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { defaultCacheDir, engineFingerprint, LintCache } from '../../src/lint/cache.js';
import type { Finding } from '../../src/core/finding.js';

const work = mkdtempSync(join(tmpdir(), 'apigw-cache-'));
after(() => rmSync(work, { recursive: true, force: true }));

const finding: Finding = {
  code: 'apigw-integration-timeout',
  message: 'timeoutInMillis 40000 is above 29000',
  severity: 'error',
  path: ['paths', '/pets', 'get', 'x-amazon-apigateway-integration', 'timeoutInMillis'],
  source: '/project/openapi.yaml',
  range: { start: { line: 12, character: 8 }, end: { line: 12, character: 29 } },
};

const parts = {
  file: '/project/openapi.yaml',
  content: 'openapi: 3.0.1\n',
  ruleset: '{"extends":"apigw:recommended"}',
  engine: 'apigw@0.1.0',
};

function fresh(name: string, maxEntries?: number): LintCache {
  return new LintCache({ dir: join(work, name), maxEntries });
}

describe('LintCache', () => {
  it('returns what was stored under the same key, findings intact', () => {
    const cache = fresh('roundtrip');
    const key = LintCache.key(parts);
    assert.equal(cache.get(key), undefined);
    assert.equal(cache.set(key, [finding]), true);
    assert.deepEqual(cache.get(key), [finding]);
    assert.deepEqual(fresh('roundtrip').get(key), [finding], 'a new process (new instance) reads the same entry');
  });

  it('stores an empty result too (a clean file is the common pre-commit case)', () => {
    const cache = fresh('empty');
    const key = LintCache.key({ ...parts, content: 'clean' });
    cache.set(key, []);
    assert.deepEqual(cache.get(key), []);
  });

  it('keys change with content, ruleset, engine and path, and only with them', () => {
    const base = LintCache.key(parts);
    assert.match(base, /^[0-9a-f]{64}$/);
    assert.equal(LintCache.key({ ...parts }), base);
    assert.equal(
      LintCache.key({ ...parts, content: Buffer.from(parts.content) }),
      base,
      'string and buffer of the same bytes',
    );
    const variants = [
      { ...parts, content: 'openapi: 3.0.2\n' },
      { ...parts, ruleset: '{"extends":"apigw:all"}' },
      { ...parts, engine: 'apigw@0.1.1' },
      { ...parts, file: '/project/other.yaml' },
      // Moving text between fields must not collide (fields are length-prefixed).
      { ...parts, ruleset: parts.ruleset + 'a', engine: 'pigw@0.1.0' },
    ];
    const keys = new Set([base, ...variants.map((v) => LintCache.key(v))]);
    assert.equal(keys.size, variants.length + 1);
  });

  it('misses when a file reached through $ref changed or disappeared', () => {
    const cache = fresh('deps');
    const dep = join(work, 'schemas.yaml');
    writeFileSync(dep, 'Pet: {type: object}\n');
    const key = LintCache.key(parts);
    cache.set(key, [finding], [dep]);
    assert.deepEqual(cache.get(key), [finding]);
    writeFileSync(dep, 'Pet: {type: string}\n');
    assert.equal(cache.get(key), undefined);
    cache.set(key, [], [dep]);
    assert.deepEqual(cache.get(key), []);
    rmSync(dep);
    assert.equal(cache.get(key), undefined);
  });

  it('refuses to store a result whose dependency is already gone', () => {
    const cache = fresh('gone');
    const key = LintCache.key(parts);
    assert.equal(cache.set(key, [finding], [join(work, 'never-there.yaml')]), false);
    assert.equal(cache.get(key), undefined);
  });

  it('treats a corrupt or foreign entry as a miss', () => {
    const cache = fresh('corrupt');
    const key = LintCache.key(parts);
    mkdirSync(join(cache.dir, 'lint'), { recursive: true });
    writeFileSync(join(cache.dir, 'lint', `${key}.json`), '{"format":1,"key":');
    assert.equal(cache.get(key), undefined);
    writeFileSync(
      join(cache.dir, 'lint', `${key}.json`),
      JSON.stringify({ format: 999, key, deps: [], findings: [finding] }),
    );
    assert.equal(cache.get(key), undefined);
    const otherKey = LintCache.key({ ...parts, content: 'x' });
    writeFileSync(
      join(cache.dir, 'lint', `${key}.json`),
      JSON.stringify({ format: 1, key: otherKey, deps: [], findings: [finding] }),
    );
    assert.equal(cache.get(key), undefined, 'an entry renamed onto another key is not trusted');
  });

  it('reports false instead of throwing when the directory cannot be written', () => {
    const blocker = join(work, 'a-file');
    writeFileSync(blocker, '');
    const cache = new LintCache({ dir: join(blocker, 'below') });
    const key = LintCache.key(parts);
    assert.equal(cache.set(key, [finding]), false);
    assert.equal(cache.get(key), undefined);
  });

  it('rejects anything but a key as a file name', () => {
    assert.throws(() => fresh('bad').get('../../etc/passwd'), /not a lint cache key/);
  });

  it('keeps at most maxEntries, dropping the oldest writes', () => {
    const cache = fresh('prune', 2);
    const keys = ['a', 'b', 'c'].map((content) => LintCache.key({ ...parts, content }));
    cache.set(keys[0], []);
    cache.set(keys[1], []);
    // Make the first entry clearly the oldest whatever the file system's time resolution.
    utimesSync(join(cache.dir, 'lint', `${keys[0]}.json`), new Date(1_000_000), new Date(1_000_000));
    cache.set(keys[2], []);
    assert.deepEqual(readdirSync(join(cache.dir, 'lint')).sort(), [`${keys[1]}.json`, `${keys[2]}.json`].sort());
    assert.equal(cache.get(keys[0]), undefined);
    assert.deepEqual(cache.get(keys[2]), []);
  });
});

describe('defaultCacheDir', () => {
  it('prefers $XDG_CACHE_HOME', () => {
    assert.equal(defaultCacheDir('/anywhere', { XDG_CACHE_HOME: '/xdg' }), join('/xdg', 'apigw'));
  });

  it('uses node_modules/.cache/apigw of the nearest project upward', () => {
    const project = join(work, 'project');
    mkdirSync(join(project, 'node_modules'), { recursive: true });
    mkdirSync(join(project, 'api', 'v1'), { recursive: true });
    assert.equal(defaultCacheDir(join(project, 'api', 'v1'), {}), join(project, 'node_modules', '.cache', 'apigw'));
  });
});

describe('engineFingerprint', () => {
  it('is the version, plus the newest mtime of the watched paths', () => {
    assert.equal(engineFingerprint('1.2.3'), 'apigw@1.2.3');
    assert.equal(engineFingerprint('1.2.3', [join(work, 'missing')]), 'apigw@1.2.3');
    const rules = join(work, 'rules');
    mkdirSync(join(rules, 'cors'), { recursive: true });
    writeFileSync(join(rules, 'cors', 'rule.ts'), '');
    utimesSync(rules, new Date(1_000_000), new Date(1_000_000));
    utimesSync(join(rules, 'cors'), new Date(1_000_000), new Date(1_000_000));
    utimesSync(join(rules, 'cors', 'rule.ts'), new Date(2_000_000), new Date(2_000_000));
    assert.equal(
      engineFingerprint('1.2.3', [rules]),
      'apigw@1.2.3+2000000',
      'a nested rule edit changes the fingerprint',
    );
  });
});
