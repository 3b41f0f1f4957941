#!/usr/bin/env node
/**
 * Bundles the CLI with esbuild into dist/cli/ (bin/run.js runs dist/cli/main.js):
 *
 *   main.js  src/cli/start.ts: answers `apigw --version` (a few KB), else loads app.cjs
 *   app.cjs  src/commands/index.ts: oclif, every command and the engine, one file, compiled
 *            with a code cache kept between runs (src/cli/load-app.ts)
 *
 * Why bundle: resolving and reading several hundred small CommonJS files costs more than running
 * them (@stoplight/spectral-core alone took about 0.17 s to require from node_modules).
 *
 * Why one file, not code splitting (issue 19): split along every `await import()`, a small lint
 * loaded 84 chunks, and each ES module costs Node about 1 ms to resolve, read, compile, link and
 * evaluate whatever its size (importing those 84 files alone took 0.15 s of CPU). In one file
 * esbuild keeps every `await import()` lazy — the module's code is wrapped and runs when first
 * imported — so a command still runs only what it uses; it only parses more (V8 pre-parses the
 * functions it does not run, cheaply, and the code cache spares even that). Measured on the small
 * example (CPU, medians of 9 runs; BENCHMARKS.md): `apigw lint` 0.26-0.30 s -> 0.23-0.24 s on Node 20,
 * 0.19-0.23 -> 0.15-0.16 s on Node 22, before the code cache. `--version` stays in main.js, so it
 * never reads app.cjs.
 *
 * tsc's output (dist/src, dist/rules) stays the library: the `apigw/ruleset` export for plain
 * Spectral users and `import ... from 'apigw'`.
 */
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { asciiOnly } from './bundle-ascii.mjs';
import { patchPlugin } from './bundle-patches.mjs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const outdir = `${root}dist/cli`;

// typescript: oclif's ts-path reaches for it only to run a plugin from sources, never here.
// The AWS SDK: loaded only by deploy, rollback, canary and `diff aws:`, large, and happiest loaded
// from node_modules as published (it shares no classes with the rest of the CLI).
// fsevents: a macOS-only optional dependency of Rollup's watch mode (user rulesets are bundled, never watched).
// tinyglobby, cli-spinners: oclif requires them only for glob command discovery and its own spinner
// (see bundle-patches.mjs), neither of which apigw uses; left in node_modules (oclif's dependencies),
// they are not parsed at every start.
const external = ['typescript', 'fsevents', '@aws-sdk/*', '@smithy/*', 'tinyglobby', 'cli-spinners'];

rmSync(outdir, { recursive: true, force: true });
const common = {
  absWorkingDir: root,
  outdir,
  bundle: true,
  splitting: false,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  external,
  alias: {
    // jsonc-parser's `main` is a UMD wrapper whose require() calls a bundler cannot follow; its ES build is the same code.
    'jsonc-parser': 'jsonc-parser/lib/esm/main.js',
    // Polyfills of what Node 20 has built in (see each shim for what it replaces and why).
    'node-fetch': './scripts/shims/node-fetch.cjs',
    'es-aggregate-error': './scripts/shims/es-aggregate-error.cjs',
  },
  // Smaller files parse faster. Identifiers stay, so `--debug` stack traces read (`--readable`
  // keeps line breaks too, for profiling with --cpu-prof). Source maps only in a debug build
  // (`npm run build:debug`): they were 11 MB of a 15 MB package that nobody but a debugger reads.
  minifyWhitespace: !process.argv.includes('--readable'),
  minifySyntax: true,
  sourcemap: process.argv.includes('--sourcemap') ? 'linked' : false,
  legalComments: 'linked',
  metafile: true,
  logLevel: 'warning',
};

const result = await build({
  ...common,
  entryPoints: { app: 'src/commands/index.ts' },
  // CommonJS, so that load-app.ts can compile it with V8's code cache (vm.Script); ES modules
  // have no such API on Node 20. "use strict" keeps the semantics the sources were written for
  // (an ES module is strict; the bundle was one until issue 19), and import.meta.url, which
  // CommonJS lacks, is the file's URL.
  format: 'cjs',
  // import() of what stays outside (the AWS SDK, Node's modules) becomes require(): code compiled
  // with a code cache loses its import() callback on Node 20 ("A dynamic import callback was not
  // specified"). The SDK ships CommonJS too; user rulesets load through Spectral's bundler, not
  // import(); oclif's import() of ES-module plugins is never reached (apigw has none).
  supported: { 'dynamic-import': false },
  outExtension: { '.js': '.cjs' },
  banner: { js: `"use strict";\nconst __apigwModuleUrl = require('node:url').pathToFileURL(__filename).href;` },
  define: { 'import.meta.url': '__apigwModuleUrl' },
  plugins: [patchPlugin],
});
// Pure ASCII: a one-byte string for V8, read faster (bundle-ascii.mjs says why and checks it).
const app = asciiOnly(readFileSync(`${outdir}/app.cjs`, 'utf8'));
writeFileSync(`${outdir}/app.cjs`, app);
// The code cache's key (src/cli/load-app.ts): V8 checks a cache only against the source's length.
const appHash = createHash('sha256').update(app).digest('hex');
await build({
  ...common,
  entryPoints: { main: 'src/cli/start.ts' },
  define: { __APIGW_APP_HASH__: JSON.stringify(appHash) },
});
// `node scripts/bundle.mjs --analyze`: what app.cjs holds, by input file (see BENCHMARKS.md, start-up).
if (process.argv.includes('--analyze')) {
  const { analyzeMetafile } = await import('esbuild');
  writeFileSync(`${root}dist/cli-meta.json`, JSON.stringify(result.metafile));
  console.log(await analyzeMetafile(result.metafile));
}
