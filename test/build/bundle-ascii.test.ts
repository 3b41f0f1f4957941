/**
 * scripts/bundle-ascii.mjs makes the bundled application pure ASCII: non-ASCII characters in
 * regular expression literals and comments become `\uXXXX`, which match the same characters;
 * anywhere else the build stops. The table runs each rewritten regex beside the original.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { asciiOnly } from '../../scripts/bundle-ascii.mjs';
import { repoRoot } from '../support/cli.js';

const regexCases: Array<{ source: string; samples: string[] }> = [
  { source: 'const r = /[«»–]/g;', samples: ['«a»', 'a–b', 'plain', ''] },
  { source: 'const r = /caf(é|e)/u;', samples: ['café', 'cafe', 'cafx'] },
  { source: 'const r = /^[^\\s“”‘’]+$/;', samples: ['“x”', 'abc', 'a b'] },
  {
    source: "const r = /[\u001B\u009B]/; // strip-ansi's pattern, with its control characters",
    samples: ['\u009B', 'x'],
  },
];

for (const { source, samples } of regexCases) {
  test(`a regular expression keeps its matches once escaped: ${JSON.stringify(source)}`, () => {
    const out = asciiOnly(source);
    assert.match(out, /^[\x00-\x7f]*$/);
    const before = new Function(`${source}\nreturn r;`)() as RegExp;
    const after = new Function(`${out}\nreturn r;`)() as RegExp;
    assert.equal(after.flags, before.flags);
    for (const s of samples) assert.equal(after.test(s), before.test(s), s);
  });
}

test('a comment is escaped (only text there); ASCII input comes back unchanged', () => {
  assert.equal(asciiOnly('x = 1; // reference §7\n'), 'x = 1; // reference \\u00a77\n');
  assert.equal(asciiOnly('/* – */ y = /a/;'), '/* \\u2013 */ y = /a/;');
  const plain = 'const s = "\\u00e9"; const r = /é?/;'.replace('é', 'e');
  assert.equal(asciiOnly(plain), plain);
});

const refused: Array<[string, RegExp]> = [
  ['const s = "café";', /U\+E9 at line 1 is not in a regular expression literal or a comment/],
  ['const t = `–`;', /U\+2013 at line 1 is not in a regular expression/],
  ['const t = String.raw`é`;', /U\+E9 at line 1/],
  ['\nconst é = 1;', /U\+E9 at line 2/],
  ['const r = /😀/u;', /is outside the BMP/],
];
for (const [source, message] of refused) {
  test(`the build stops on what it must not rewrite: ${source.trim()}`, () => {
    assert.throws(() => asciiOnly(source), message);
  });
}

test(
  'the built application is pure ASCII',
  { skip: !existsSync(resolve(repoRoot, 'dist/cli/app.cjs')) && 'build first' },
  () => {
    const app = readFileSync(resolve(repoRoot, 'dist/cli/app.cjs'), 'latin1');
    assert.equal(/[^\x00-\x7f]/.exec(app)?.index, undefined);
  },
);
