#!/usr/bin/env node
/**
 * Bundles the CLI with esbuild into dist/cli/ (bin/run.js runs dist/cli/main.js).
 *
 * Why: resolving and reading several hundred small CommonJS files costs more than running them.
 * @stoplight/spectral-core alone takes about 0.17 s to require from node_modules and about 0.03 s
 * from one bundled file, and `apigw lint` runs in pre-commit hooks. Code splitting keeps every
 * `await import()` a separate chunk, so a command still loads only what it uses.
 *
 * tsc's output (dist/src, dist/rules) stays the library: the `apigw/ruleset` export for plain
 * Spectral users and `import ... from 'apigw'`.
 */
import { build } from 'esbuild';
import { rmSync } from 'node:fs';
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

// Bundled CommonJS code calls require() for Node built-ins and reads __dirname; ESM has neither.
const banner = [
  "import { createRequire as __apigwCreateRequire } from 'node:module';",
  "import { fileURLToPath as __apigwFileURLToPath } from 'node:url';",
  'const require = __apigwCreateRequire(import.meta.url);',
  'const __filename = __apigwFileURLToPath(import.meta.url);',
  "const __dirname = __apigwFileURLToPath(new URL('.', import.meta.url));",
].join('\n');

rmSync(outdir, { recursive: true, force: true });
const result = await build({
  absWorkingDir: root,
  entryPoints: { main: 'src/cli/main.ts', commands: 'src/commands/index.ts' },
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  chunkNames: 'chunks/[name]-[hash]',
  external,
  alias: {
    // jsonc-parser's `main` is a UMD wrapper whose require() calls a bundler cannot follow; its ES build is the same code.
    'jsonc-parser': 'jsonc-parser/lib/esm/main.js',
    // Polyfills of what Node 20 has built in (see each shim for what it replaces and why).
    'node-fetch': './scripts/shims/node-fetch.cjs',
    'es-aggregate-error': './scripts/shims/es-aggregate-error.cjs',
  },
  banner: { js: banner },
  // Smaller files parse faster. Identifiers stay, so `--debug` stack traces read (`--readable`
  // keeps line breaks too, for profiling with --cpu-prof). Source maps only in a debug build
  // (`npm run build:debug`): they were 11 MB of a 15 MB package that nobody but a debugger reads.
  minifyWhitespace: !process.argv.includes('--readable'),
  minifySyntax: true,
  sourcemap: process.argv.includes('--sourcemap') ? 'linked' : false,
  legalComments: 'linked',
  metafile: true,
  plugins: [patchPlugin],
  logLevel: 'warning',
});
// `node scripts/bundle.mjs --analyze`: what each chunk holds (see BENCHMARKS.md, start-up).
if (process.argv.includes('--analyze')) {
  const { analyzeMetafile } = await import('esbuild');
  const { writeFileSync } = await import('node:fs');
  writeFileSync(`${root}dist/cli-meta.json`, JSON.stringify(result.metafile));
  console.log(await analyzeMetafile(result.metafile));
}
