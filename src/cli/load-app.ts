/**
 * Loads the application (dist/cli/app.cjs: oclif, the commands and the engine in one file) with
 * the code V8 compiled for it kept between runs.
 *
 * Most of a small `apigw lint` is compiling JavaScript, and a pre-commit hook runs the same code
 * every time. The application is compiled as Node's require() would compile it, but through
 * `vm.Script` with V8's code cache: the first run of a command writes the code V8 compiled — at
 * exit, so it holds the functions the command ran, not only the top level — and later runs hand
 * it back, and V8 skips parsing and compiling them. V8 checks the data against its version, its
 * flags and the source's length, and rejects what does not match; a rejected cache is written
 * again. The file's name carries the sha256 of app.cjs (so a rebuilt or upgraded apigw of the
 * same length never gets another build's code), the Node version and the command.
 * One cache per command (a `--help` run must not stand in for `lint`'s).
 *
 * Node >= 22.1 has a compile cache of its own (bin/run.js turns it on for the rest), but it keeps
 * only what was compiled when a file loaded, and loading the application through import() first
 * scans all 4 MB of it for CommonJS export names. Measured on the small example (CPU, medians of
 * 9): Node 20 0.26 s -> 0.17 s, Node 22 0.18 s (its own cache) -> 0.14 s.
 *
 * The cache lives under the user's cache folder ($XDG_CACHE_HOME/apigw, else ~/.cache/apigw),
 * never in the project (a repository must not be able to hand apigw compiled code) nor in a shared
 * temporary folder. NODE_DISABLE_COMPILE_CACHE=1 turns it off, as it does Node's, and so does
 * --debug. NODE_DEBUG=apigw says what it did.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { debuglog } from 'node:util';
import vm from 'node:vm';

type Application = typeof import('./main.js');
type ModuleInternals = { _compile(content: string, filename: string): unknown; exports: unknown };

const trace = debuglog('apigw');

export function loadApp(argv: string[], debug: boolean): Application {
  const file = fileURLToPath(new URL('./app.cjs', import.meta.url));
  // require(), not import(): importing CommonJS from an ES module first scans the whole file for
  // export names (cjs-module-lexer), which costs more than compiling it.
  // --debug: Node's own loader, which registers a debug build's source maps (vm.Script does not),
  // so stack traces point into the TypeScript sources as main.ts promises.
  if (process.env.NODE_DISABLE_COMPILE_CACHE || debug) return createRequire(import.meta.url)(file) as Application;
  return requireWithCodeCache(file, cacheFileFor(file, commandOf(argv))) as Application;
}

/** The command a run's cache belongs to: its first word, when it looks like one; help is help. */
function commandOf(argv: string[]): string {
  if (argv.some((a) => a === '--help' || a === '-h') || argv[0] === 'help') return 'help';
  const word = argv.find((a) => !a.startsWith('-'));
  return word && /^[a-z][a-z:-]{0,30}$/.test(word) ? word.replace(/:/g, '-') : 'other';
}

function requireWithCodeCache(file: string, cacheFile: string | undefined): unknown {
  let cachedData: Buffer | undefined;
  try {
    if (cacheFile) cachedData = readFileSync(cacheFile);
  } catch {
    /* the command's first run */
  }
  const proto = Module.prototype as unknown as ModuleInternals;
  const compile = proto._compile;
  proto._compile = function (this: ModuleInternals, content: string, filename: string) {
    if (filename !== file) return compile.call(this, content, filename);
    proto._compile = compile;
    // No importModuleDynamically: the bundle has no import() (scripts/bundle.mjs says why).
    const script = new vm.Script(Module.wrap(content), { filename, cachedData });
    trace('compile cache %s: %s', cacheFile, !cachedData ? 'none' : script.cachedDataRejected ? 'rejected' : 'used');
    if (cacheFile && (!cachedData || script.cachedDataRejected))
      process.once('exit', () => saveCache(cacheFile, script));
    const wrapper = script.runInThisContext() as (...args: unknown[]) => unknown;
    return wrapper.call(this.exports, this.exports, createRequire(filename), this, filename, dirname(filename));
  };
  try {
    return createRequire(import.meta.url)(file);
  } finally {
    proto._compile = compile;
  }
}

/** sha256 of app.cjs, written into main.js by scripts/bundle.mjs (V8 itself checks only the length). */
declare const __APIGW_APP_HASH__: string | undefined;

function cacheFileFor(file: string, command: string): string | undefined {
  try {
    // The bundle names its application exactly. Unbundled (never run this way, but kept correct):
    // size and mtime, which npm's fixed tarball mtimes make weaker.
    const app = typeof __APIGW_APP_HASH__ === 'string' ? __APIGW_APP_HASH__ : unbundledKey(file);
    const key = createHash('sha256').update([app, process.version, process.arch].join('\0')).digest('hex').slice(0, 32);
    const base = process.env.XDG_CACHE_HOME
      ? join(process.env.XDG_CACHE_HOME, 'apigw')
      : join(homedir(), '.cache', 'apigw');
    return join(base, 'compile-cache', `${key}-${command}.bin`);
  } catch {
    return undefined;
  }
}

function unbundledKey(file: string): string {
  const { size, mtimeMs } = statSync(file);
  return `${file}\0${size}\0${mtimeMs}`;
}

/** Files kept (about 2.3 MB each): every build and Node version has its own, so old ones go. */
const KEEP_FILES = 16;

function pruneOldest(dir: string): void {
  const files = readdirSync(dir)
    .filter((name) => name.endsWith('.bin'))
    .map((name) => ({ path: join(dir, name), mtime: statSync(join(dir, name)).mtimeMs }))
    .sort((a, b) => b.mtime - a.mtime);
  for (const old of files.slice(KEEP_FILES)) rmSync(old.path, { force: true });
}

/** Best effort: a read-only home or a full disk only means the next run compiles again. */
function saveCache(cacheFile: string, script: vm.Script): void {
  try {
    mkdirSync(dirname(cacheFile), { recursive: true, mode: 0o700 });
    // Written whole, then renamed: runs in parallel (pre-commit starts several) never read half a file.
    const temp = `${cacheFile}.${process.pid}.tmp`;
    writeFileSync(temp, script.createCachedData(), { mode: 0o600 });
    renameSync(temp, cacheFile);
    trace('compile cache %s: written', cacheFile);
    pruneOldest(dirname(cacheFile));
  } catch (error) {
    trace('compile cache %s: not written (%s)', cacheFile, (error as Error).message);
  }
}
