#!/usr/bin/env node
/**
 * Side-by-side benchmark: apigw against Spectral CLI (`spectral:oas`) and Redocly CLI
 * (`recommended`) on the same files, cold process, whole command, N runs, alternating tools.
 * Prints median wall time, median peak RSS and ratios; `--markdown` prints the tables for
 * BENCHMARKS.md. See BENCHMARKS.md for the method.
 *
 *   npm run bench                       # everything, 5 runs
 *   npm run bench -- --runs 3 --files small,stripe --tools apigw,redocly
 *   npm run bench -- --markdown --json bench/.peers/results.json
 *   npm run bench -- --sections scale --scale 1000,2500,5000,10000,20000 --scale-runs 3
 *
 * Sections (--sections, comma-separated; default all): files (the definitions below, each tool),
 * cache (a warm `apigw lint --cache` hit against a full lint on Stripe), scale (generated API
 * Gateway definitions of growing size: lint, validate and diff, with the fitted growth exponent),
 * cases (`test-template --cases`: 40 cases against one on a 1,000-operation definition), startup.
 * CPU time (user + sys of the child, from /usr/bin/time) is measured beside wall time: on a busy
 * machine wall time is inflated by waiting for a core, CPU time much less so.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem, release, platform } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = fileURLToPath(new URL('..', import.meta.url));
const peersDir = join(root, 'bench', '.peers');
const probe = join(root, 'bench', 'rss-probe.cjs');

/** Exact peer versions: a benchmark is only comparable with the same tools. */
const PEERS = { '@stoplight/spectral-cli': '6.16.3', '@redocly/cli': '2.77.0' };
/** vacuum (Go) is built from source with the Go toolchain through the Go module proxy. */
const VACUUM = { module: 'github.com/daveshanley/vacuum', version: 'v0.30.3' };
const vacuumBin = join(peersDir, 'go', 'bin', 'vacuum');
/** /usr/bin/time (GNU) gives a child's user and system CPU time and peak RSS, for any tool. */
const timeBin = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;

/** The issue's budgets for apigw (seconds, MiB). */
const TARGETS = {
  small: { wall: 0.3, rss: 90 },
  stripe: { wall: 1.4, rss: 250 },
  github: { wall: 2.0, rss: 250 },
  version: { wall: 0.15 },
  help: { wall: 0.15 },
};

const { values: opts } = parseArgs({
  options: {
    runs: { type: 'string', default: '5' },
    warmup: { type: 'string', default: '1' },
    tools: { type: 'string', default: 'apigw,spectral,redocly,vacuum' },
    sections: { type: 'string', default: 'files,cache,scale,cases,startup' },
    scale: { type: 'string', default: '1000,2500,5000,10000,20000' },
    'scale-runs': { type: 'string', default: '3' },
    'scale-tools': { type: 'string', default: 'apigw,redocly' },
    files: { type: 'string', default: 'small,stripe,github,kubernetes,generated' },
    'specs-dir': {
      type: 'string',
      default: process.env.APIGW_BENCH_SPECS ?? resolve(root, '..', 'shared', 'bench-specs'),
    },
    command: { type: 'string' },
    build: { type: 'boolean', default: true },
    install: { type: 'boolean', default: true },
    startup: { type: 'boolean', default: true },
    markdown: { type: 'boolean', default: false },
    json: { type: 'string' },
    help: { type: 'boolean', short: 'h', default: false },
  },
  allowNegative: true,
});

if (opts.help) {
  process.stdout.write(
    readFileSync(fileURLToPath(import.meta.url), 'utf8')
      .split('*/')[0]
      .replace(/^#!.*\n\/\*\*\n/, '')
      .replace(/^ \* ?/gm, '') + '\n',
  );
  process.exit(0);
}

const runs = positiveInt(opts.runs, '--runs');
const warmup = Math.max(0, Number(opts.warmup) | 0);
let tools = opts.tools.split(',').filter(Boolean);
const fileIds = opts.files.split(',').filter(Boolean);
const sectionIds = new Set(opts.sections.split(',').filter(Boolean));
const scaleSizes = opts.scale
  .split(',')
  .filter(Boolean)
  .map((n) => positiveInt(n, '--scale'));
const scaleRuns = positiveInt(opts['scale-runs'], '--scale-runs');

function positiveInt(text, name) {
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1) fail(`${name} must be a positive integer, got '${text}'`);
  return n;
}

function fail(message) {
  process.stderr.write(`bench: ${message}\n`);
  process.exit(2);
}

function log(message) {
  process.stderr.write(`${message}\n`);
}

// ---------------------------------------------------------------- preparation

function buildApigw() {
  if (!opts.build && existsSync(join(root, 'dist', 'src', 'cli', 'main.js'))) return;
  log('bench: npm run build');
  const result = spawnSync('npm', ['run', '--silent', 'build'], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'pipe'],
    encoding: 'utf8',
  });
  // tsc still emits on type errors; only a missing entry point stops the benchmark.
  if (!existsSync(join(root, 'dist', 'src', 'cli', 'main.js'))) fail(`build failed:\n${result.stderr}`);
  if (result.status !== 0) log('bench: warning: the build reported errors (output was still emitted)');
}

function installPeers() {
  const installed = Object.entries(PEERS).every(
    ([name, version]) => readVersion(join(peersDir, 'node_modules', name)) === version,
  );
  if (installed) return;
  if (!opts.install) fail('peer CLIs are not installed in bench/.peers (run without --no-install)');
  log(
    `bench: installing ${Object.entries(PEERS)
      .map(([n, v]) => `${n}@${v}`)
      .join(', ')} into bench/.peers`,
  );
  mkdirSync(peersDir, { recursive: true });
  writeFileSync(
    join(peersDir, 'package.json'),
    JSON.stringify(
      {
        name: 'apigw-bench-peers',
        private: true,
        description: 'Peer CLIs for bench/run.mjs (git-ignored).',
        dependencies: PEERS,
        allowScripts: { '@scarf/scarf': false },
      },
      null,
      2,
    ),
  );
  // No install scripts: neither CLI needs one (Redocly's only is @scarf/scarf's telemetry ping).
  const result = spawnSync('npm', ['install', '--no-audit', '--no-fund', '--ignore-scripts', '--no-package-lock'], {
    cwd: peersDir,
    stdio: ['ignore', 'ignore', 'pipe'],
    encoding: 'utf8',
  });
  if (result.status !== 0) fail(`npm install of the peer CLIs failed:\n${result.stderr}`);
}

/**
 * Builds vacuum from source (`go build` of the pinned module version, through the Go module proxy)
 * into bench/.peers/go/bin. Returns a note instead when it cannot be built: the benchmark goes on
 * without it and says so.
 */
function buildVacuum() {
  if (existsSync(vacuumBin)) return undefined;
  if (!opts.install) return 'vacuum is not built in bench/.peers/go (run without --no-install)';
  const goDir = join(peersDir, 'go');
  const modDir = join(goDir, 'mod');
  mkdirSync(modDir, { recursive: true });
  writeFileSync(join(modDir, 'go.mod'), `module apigwbench\n\ngo 1.24\n\nrequire ${VACUUM.module} ${VACUUM.version}\n`);
  writeFileSync(join(modDir, 'tools.go'), `//go:build tools\n\npackage tools\n\nimport _ "${VACUUM.module}"\n`);
  log(`bench: building vacuum ${VACUUM.version} with Go (first run only; several minutes)`);
  // `go build` in a module that requires the version: `go install pkg@version` also asks the proxy
  // for the module's version list (for deprecations), which not every proxy answers.
  const result = spawnSync('go', ['build', '-o', vacuumBin, VACUUM.module], {
    cwd: modDir,
    stdio: ['ignore', 'ignore', 'pipe'],
    encoding: 'utf8',
    env: { ...process.env, GOFLAGS: '-mod=mod', GOPATH: process.env.GOPATH ?? join(goDir, 'gopath') },
  });
  if (result.error || result.status !== 0)
    return `vacuum ${VACUUM.version} could not be built (${result.error?.message ?? result.stderr.trim().split('\n').pop()}); not measured`;
  return undefined;
}

function vacuumVersion() {
  if (!existsSync(vacuumBin)) return undefined;
  const r = spawnSync(vacuumBin, ['version'], { encoding: 'utf8' });
  return (r.stdout ?? '').trim().split('\n')[0] || VACUUM.version;
}

function readVersion(packageDir) {
  try {
    return JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')).version;
  } catch {
    return undefined;
  }
}

async function prepareFiles() {
  const specsDir = resolve(opts['specs-dir']);
  const all = {
    small: {
      label: 'small REST definition (examples/rest-api)',
      path: join(root, 'examples', 'rest-api', 'openapi.yaml'),
    },
    stripe: { label: 'Stripe spec3.yaml', path: join(specsDir, 'stripe__spec3.yaml') },
    github: { label: 'GitHub api.github.com.json', path: join(specsDir, 'github__api.github.com.json') },
    kubernetes: {
      label: 'Kubernetes swagger.json (Swagger 2.0)',
      path: join(specsDir, 'kubernetes-client__swagger.json.unprocessed'),
    },
    generated: {
      label: 'generated API Gateway definition, 1,000 operations with templates',
      path: join(peersDir, 'specs', 'apigw-1000-ops.yaml'),
    },
  };
  if (fileIds.includes('generated')) {
    const { generateSpec } = await import('./generate-spec.mjs');
    const { stringify } = await import('yaml');
    mkdirSync(dirname(all.generated.path), { recursive: true });
    writeFileSync(
      all.generated.path,
      `# Generated by bench/generate-spec.mjs --operations 1000; do not edit.\n${stringify(generateSpec(1000), { lineWidth: 0 })}`,
    );
  }
  const chosen = [];
  for (const id of fileIds) {
    const file = all[id];
    if (!file) fail(`unknown file id '${id}' (known: ${Object.keys(all).join(', ')})`);
    if (!existsSync(file.path)) {
      log(`bench: skipping ${id}: ${file.path} not found (set --specs-dir or APIGW_BENCH_SPECS)`);
      continue;
    }
    chosen.push({ id, ...file, bytes: readFileSync(file.path).length });
  }
  return chosen;
}

/** `lint` once it exists, else `validate` (said in the output). */
function apigwCommand() {
  if (opts.command) return opts.command;
  return existsSync(join(root, 'dist', 'src', 'commands', 'lint.js')) ? 'lint' : 'validate';
}

// ---------------------------------------------------------------- the tools

function toolDefs(command) {
  const spectralBin = join(peersDir, 'node_modules', '@stoplight', 'spectral-cli', 'dist', 'index.js');
  const redoclyBin = join(peersDir, 'node_modules', '@redocly', 'cli', 'bin', 'cli.js');
  const spectralRuleset = join(peersDir, 'spectral-oas.yaml');
  mkdirSync(peersDir, { recursive: true });
  writeFileSync(spectralRuleset, 'extends: ["spectral:oas"]\n');
  const apigwBin = join(root, 'bin', 'run.js');
  return {
    apigw: {
      name: `apigw ${command}`,
      version: readVersion(root),
      args: (f) => [apigwBin, command, '--format', 'json', f],
      count: countJsonArray,
    },
    spectral: {
      name: 'Spectral (spectral:oas)',
      version: readVersion(join(peersDir, 'node_modules', '@stoplight', 'spectral-cli')),
      args: (f) => [spectralBin, 'lint', '--ruleset', spectralRuleset, '--format', 'json', f],
      count: countJsonArray,
    },
    redocly: {
      name: 'Redocly (recommended)',
      version: readVersion(join(peersDir, 'node_modules', '@redocly', 'cli')),
      args: (f) => [redoclyBin, 'lint', '--extends', 'recommended', '--format', 'json', f],
      count: countRedocly,
    },
    vacuum: {
      name: 'vacuum (recommended)',
      version: vacuumVersion(),
      cmd: vacuumBin,
      // The default (recommended) ruleset; the report as JSON on stdout, no HTML or files.
      args: (f) => ['spectral-report', '--stdout', f],
      count: countJsonArray,
    },
  };
}

function countJsonArray(stdout) {
  try {
    const parsed = JSON.parse(stdout);
    return Array.isArray(parsed) ? parsed.length : undefined;
  } catch {
    return undefined;
  }
}

function countRedocly(stdout) {
  try {
    const { totals } = JSON.parse(stdout);
    return totals.errors + totals.warnings;
  } catch {
    return undefined;
  }
}

// ---------------------------------------------------------------- measuring

const scratch = join(peersDir, 'run');

/**
 * One cold process: wall time from spawn to exit; CPU time (user + sys) and peak RSS from
 * /usr/bin/time when present, else peak RSS from the probe (Node tools only) and no CPU time.
 */
function measure(args, cmd = process.execPath, extraEnv = {}) {
  mkdirSync(scratch, { recursive: true });
  const rssFile = join(scratch, `rss-${process.pid}`);
  const timeFile = join(scratch, `time-${process.pid}`);
  rmSync(rssFile, { force: true });
  rmSync(timeFile, { force: true });
  const env = {
    ...process.env,
    NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --require ${probe}`.trim(),
    APIGW_BENCH_RSS_FILE: rssFile,
    NO_COLOR: '1',
    FORCE_COLOR: '0',
    // No network during measurement: Redocly's telemetry and update check off.
    REDOCLY_TELEMETRY: 'off',
    REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true',
    ...extraEnv,
  };
  const [file, argv] = timeBin ? [timeBin, ['-f', '%U %S %M', '-o', timeFile, cmd, ...args]] : [cmd, args];
  return new Promise((resolvePromise, reject) => {
    const started = process.hrtime.bigint();
    // The scratch folder as cwd: no tool picks up a config file from the repository.
    const child = spawn(file, argv, { cwd: scratch, env, stdio: ['ignore', 'pipe', 'pipe'] });
    const out = [];
    const err = [];
    child.stdout.on('data', (d) => out.push(d));
    child.stderr.on('data', (d) => err.push(d));
    child.on('error', reject);
    child.on('close', (code) => {
      const wall = Number(process.hrtime.bigint() - started) / 1e9;
      let rssKiB = NaN;
      let cpu = NaN;
      try {
        // GNU time writes "Command exited with non-zero status N" first when the child fails.
        const line = readFileSync(timeFile, 'utf8').trim().split('\n').pop();
        const [user, sys, maxKiB] = line.split(' ').map(Number);
        cpu = user + sys;
        rssKiB = maxKiB;
      } catch {
        try {
          rssKiB = Number(readFileSync(rssFile, 'utf8'));
        } catch {
          /* neither: n/a */
        }
      }
      resolvePromise({
        wall,
        cpu,
        rss: rssKiB / 1024,
        code,
        stdout: Buffer.concat(out).toString('utf8'),
        stderr: Buffer.concat(err).toString('utf8'),
      });
    });
  });
}

function median(values) {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Runs every tool on one input `runs` times, rotating the order each round so no tool always goes first. */
async function compare(entries, rounds = runs, warmups = warmup) {
  const samples = new Map(entries.map((e) => [e.key, []]));
  for (let i = 0; i < warmups; i++) for (const e of entries) await measure(e.args, e.cmd, e.env);
  for (let round = 0; round < rounds; round++) {
    for (let j = 0; j < entries.length; j++) {
      const e = entries[(round + j) % entries.length];
      const sample = await measure(e.args, e.cmd, e.env);
      samples.get(e.key).push(sample);
      process.stderr.write('.');
    }
  }
  process.stderr.write('\n');
  return entries.map((e) => {
    const s = samples.get(e.key);
    const last = s[s.length - 1];
    return {
      key: e.key,
      name: e.name,
      wall: median(s.map((x) => x.wall)),
      wallMin: Math.min(...s.map((x) => x.wall)),
      wallMax: Math.max(...s.map((x) => x.wall)),
      cpu: median(s.map((x) => x.cpu)),
      rss: median(s.map((x) => x.rss)),
      exit: [...new Set(s.map((x) => x.code))].join('/'),
      problems: e.count ? e.count(last.stdout) : undefined,
      stderr:
        last.code > 1 || (e.key === 'apigw' && last.code !== 0 && last.code !== 1)
          ? last.stderr.trim().split('\n').slice(0, 3).join(' | ')
          : undefined,
    };
  });
}

// ---------------------------------------------------------------- reporting

const fmt = {
  s: (v) => (Number.isFinite(v) ? `${v.toFixed(2)} s` : 'n/a'),
  mib: (v) => (Number.isFinite(v) ? `${Math.round(v)} MiB` : 'n/a'),
  ratio: (a, b) => (Number.isFinite(a) && Number.isFinite(b) && b > 0 ? `${(a / b).toFixed(2)}×` : ''),
  size: (bytes) =>
    bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MiB` : `${(bytes / 1024).toFixed(1)} KiB`,
};

function verdict(id, row) {
  const target = TARGETS[id];
  if (!target) return '';
  // A run that failed (usage error, crash) proves nothing, however fast.
  if (!/^[01](\/[01])?$/.test(String(row.exit))) return `NOT MEASURED: exit ${row.exit} (see stderr below)`;
  const okWall = row.wall <= target.wall;
  const okRss = target.rss === undefined || row.rss <= target.rss;
  return `${okWall && okRss ? 'PASS' : 'MISS'} (target ≤ ${target.wall.toFixed(2)} s${target.rss ? `, ≤ ${target.rss} MiB` : ''})`;
}

function table(file, rows) {
  const apigw = rows.find((r) => r.key === 'apigw');
  const lines = [
    `#### ${file.label} — ${fmt.size(file.bytes)}`,
    '',
    '| tool | median CPU | apigw CPU ÷ tool | median wall | min–max wall | apigw wall ÷ tool | median peak RSS | exit | problems |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|',
  ];
  for (const r of rows) {
    const peer = r.key !== 'apigw';
    lines.push(
      `| ${r.name} | ${fmt.s(r.cpu)} | ${peer ? fmt.ratio(apigw?.cpu, r.cpu) : ''} | ${fmt.s(r.wall)} | ${r.wallMin.toFixed(2)}–${r.wallMax.toFixed(2)} | ${peer ? fmt.ratio(apigw?.wall, r.wall) : ''} | ${fmt.mib(r.rss)} | ${r.exit} | ${r.problems ?? '?'} |`,
    );
  }
  if (apigw && TARGETS[file.id]) lines.push('', `apigw: ${verdict(file.id, apigw)}`);
  for (const r of rows) if (r.stderr) lines.push('', `${r.name} stderr: \`${r.stderr}\``);
  return lines.join('\n');
}

/** A simple table of rows (name, CPU, wall, RSS, exit) with an optional note column. */
function plainTable(title, rows, note = () => '') {
  const lines = [
    `#### ${title}`,
    '',
    '| command | median CPU | median wall | min–max wall | median peak RSS | exit | |',
    '|---|---:|---:|---:|---:|---:|---|',
  ];
  for (const r of rows)
    lines.push(
      `| ${r.name} | ${fmt.s(r.cpu)} | ${fmt.s(r.wall)} | ${r.wallMin.toFixed(2)}–${r.wallMax.toFixed(2)} | ${fmt.mib(r.rss)} | ${r.exit} | ${note(r)} |`,
    );
  return lines.join('\n');
}

/** Least-squares slope of log(time) on log(size): time grows as size^k. */
function growthExponent(points) {
  const pts = points.filter(([x, y]) => x > 0 && y > 0 && Number.isFinite(y));
  if (pts.length < 2) return NaN;
  const xs = pts.map(([x]) => Math.log(x));
  const ys = pts.map(([, y]) => Math.log(y));
  const mx = xs.reduce((a, b) => a + b, 0) / xs.length;
  const my = ys.reduce((a, b) => a + b, 0) / ys.length;
  let num = 0;
  let den = 0;
  for (let i = 0; i < xs.length; i++) {
    num += (xs[i] - mx) * (ys[i] - my);
    den += (xs[i] - mx) ** 2;
  }
  return num / den;
}

function machine() {
  const npm = spawnSync('npm', ['--version'], { encoding: 'utf8' }).stdout?.trim();
  const commit = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root, encoding: 'utf8' }).stdout?.trim();
  const dirty = spawnSync('git', ['status', '--porcelain'], { cwd: root, encoding: 'utf8' }).stdout?.trim();
  return {
    date: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
    // Other work on the machine shows in wall times: recorded so a reader can judge a run.
    load: loadavg()
      .map((l) => l.toFixed(2))
      .join(' '),
    cpu: `${cpus()[0]?.model ?? 'unknown'} × ${cpus().length}`,
    memory: `${Math.round(totalmem() / 1024 ** 3)} GiB`,
    os: `${platform()} ${release()}`,
    node: process.version,
    npm,
    apigw: `${readVersion(root)} (${commit || 'no git'}${dirty ? ', uncommitted changes' : ''})`,
  };
}

// ---------------------------------------------------------------- main

buildApigw();
const notes = [];
if (tools.some((t) => t === 'spectral' || t === 'redocly')) installPeers();
if (tools.includes('vacuum')) {
  const note = buildVacuum();
  if (note) {
    notes.push(note);
    log(`bench: ${note}`);
    tools = tools.filter((t) => t !== 'vacuum');
  }
}
const command = apigwCommand();
const defs = toolDefs(command);
for (const t of tools) if (!defs[t]) fail(`unknown tool '${t}' (known: ${Object.keys(defs).join(', ')})`);
const info = machine();
const results = {
  machine: info,
  runs,
  warmup,
  command,
  versions: Object.fromEntries(tools.map((t) => [t, defs[t].version])),
  notes,
  files: [],
  cache: undefined,
  scale: undefined,
  cases: undefined,
  startup: [],
  renders: undefined,
};
const entryOf = (t, file) => ({
  key: t,
  name: defs[t].name,
  cmd: defs[t].cmd,
  args: defs[t].args(file),
  count: defs[t].count,
});
const sections = [];
const emit = (text) => {
  sections.push(text);
  if (!opts.markdown) process.stdout.write(`${text}\n\n`);
};

log(`bench: ${runs} runs (+${warmup} warm-up) per tool and file; apigw command: ${command}`);
const files = sectionIds.has('files') || sectionIds.has('cache') ? await prepareFiles() : [];
if (sectionIds.has('files')) {
  for (const file of files) {
    log(`bench: ${file.id} (${relative(root, file.path) || file.path})`);
    const rows = await compare(tools.map((t) => entryOf(t, file.path)));
    results.files.push({ id: file.id, label: file.label, bytes: file.bytes, rows });
    emit(table(file, rows));
  }
}

if (sectionIds.has('cache')) {
  const stripe = files.find((f) => f.id === 'stripe') ?? files.find((f) => f.id !== 'small');
  if (stripe) {
    log(`bench: --cache on ${stripe.id}`);
    const cacheHome = join(scratch, 'xdg-cache');
    rmSync(cacheHome, { recursive: true, force: true });
    const apigwBin = join(root, 'bin', 'run.js');
    // The warm-up run of the --cache entry writes the entry; every measured run is then a hit.
    const rows = await compare([
      {
        key: 'full',
        name: `apigw lint (full) — ${stripe.label}`,
        args: [apigwBin, 'lint', '--format', 'json', stripe.path],
      },
      {
        key: 'hit',
        name: 'apigw lint --cache (warm hit)',
        args: [apigwBin, 'lint', '--cache', '--format', 'json', stripe.path],
        env: { XDG_CACHE_HOME: cacheHome },
      },
    ]);
    const [full, hit] = rows;
    const ratio = { cpu: hit.cpu / full.cpu, wall: hit.wall / full.wall };
    results.cache = { file: stripe.id, rows, ratio };
    emit(
      `${plainTable('`--cache`: a warm hit against a full lint', rows)}\n\nhit ÷ full: ${ratio.cpu.toFixed(2)}× CPU, ${ratio.wall.toFixed(2)}× wall (target ≤ 0.30×): ${ratio.cpu <= 0.3 ? 'PASS' : 'MISS'}`,
    );
  }
}

if (sectionIds.has('scale')) {
  const { generateSpec } = await import('./generate-spec.mjs');
  const dir = join(peersDir, 'specs');
  mkdirSync(dir, { recursive: true });
  const apigwBin = join(root, 'bin', 'run.js');
  const scaleTools = opts['scale-tools'].split(',').filter((t) => t === 'apigw' || tools.includes(t));
  const series = [];
  for (const size of scaleSizes) {
    // Compact JSON: at 20,000 operations the YAML form is 56 MiB, over apigw's 50 MiB input cap;
    // the JSON form is 42 MiB.
    const path = join(dir, `apigw-${size}-ops.json`);
    if (!existsSync(path)) writeFileSync(path, JSON.stringify(generateSpec(size)));
    log(`bench: scale ${size} operations`);
    const entries = [];
    for (const t of scaleTools) {
      if (t === 'apigw') {
        entries.push({
          key: 'lint',
          name: 'apigw lint',
          args: [apigwBin, 'lint', '--format', 'json', path],
          count: countJsonArray,
        });
        entries.push({
          key: 'validate',
          name: 'apigw validate',
          args: [apigwBin, 'validate', '--format', 'json', path],
        });
        // A definition against itself: both sides loaded, modelled and compared in full.
        entries.push({ key: 'diff', name: 'apigw diff (file vs itself)', args: [apigwBin, 'diff', path, path] });
      } else entries.push({ ...entryOf(t, path) });
    }
    // No warm-up round: each run takes seconds to minutes, start-up effects are noise there, and a
    // warm-up would cost as much as a measured round.
    const rows = await compare(entries, scaleRuns, 0);
    series.push({ size, bytes: readFileSync(path).length, rows });
    // Each size as it is measured (a long series interrupted keeps what it measured).
    log(
      `bench: ${size} operations: ${rows.map((r) => `${r.name} ${fmt.s(r.cpu)} CPU, ${fmt.s(r.wall)} wall, exit ${r.exit}`).join('; ')}`,
    );
  }
  const keys = series[0]?.rows.map((r) => [r.key, r.name]) ?? [];
  const at = (size, key) => series.find((p) => p.size === size)?.rows.find((r) => r.key === key);
  const lines = [
    '#### Scale: generated API Gateway definitions (compact JSON), median CPU seconds',
    '',
    `| command | ${series.map((p) => `${p.size.toLocaleString('en')} ops (${fmt.size(p.bytes)})`).join(' | ')} | fitted exponent | 2.5k → 10k |`,
    `|---|${series.map(() => '---:').join('|')}|---:|---:|`,
  ];
  const fits = {};
  for (const [key, name] of keys) {
    const k = growthExponent(series.map((p) => [p.size, at(p.size, key)?.cpu]));
    const growth = (at(10000, key)?.cpu ?? NaN) / (at(2500, key)?.cpu ?? NaN);
    fits[key] = { exponent: k, growth };
    lines.push(
      `| ${name} | ${series.map((p) => fmt.s(at(p.size, key)?.cpu)).join(' | ')} | ${Number.isFinite(k) ? k.toFixed(2) : 'n/a'} | ${Number.isFinite(growth) ? `${growth.toFixed(2)}×` : 'n/a'} |`,
    );
  }
  lines.push('', 'Median wall seconds (under the same load):', '');
  lines.push(`| command | ${series.map((p) => `${p.size.toLocaleString('en')}`).join(' | ')} |`);
  lines.push(`|---|${series.map(() => '---:').join('|')}|`);
  for (const [key, name] of keys)
    lines.push(`| ${name} | ${series.map((p) => fmt.s(at(p.size, key)?.wall)).join(' | ')} |`);
  const lint10k = at(10000, 'lint');
  const redocly10k = at(10000, 'redocly');
  if (lint10k && redocly10k)
    lines.push(
      '',
      `10,000 operations: apigw lint ÷ Redocly ${fmt.ratio(lint10k.cpu, redocly10k.cpu)} CPU, ${fmt.ratio(lint10k.wall, redocly10k.wall)} wall (target ≤ 1.0×); 2.5k → 10k: ${fits.lint.growth.toFixed(2)}× (target ≤ 4.4×).`,
    );
  const failed = series.flatMap((p) =>
    p.rows
      .filter((r) => !/^[01](\/[01])*$/.test(String(r.exit)))
      .map((r) => `${r.name} at ${p.size}: exit ${r.exit}${r.stderr ? ` (${r.stderr})` : ''}`),
  );
  if (failed.length) lines.push('', ...failed.map((f) => `- ${f}`));
  results.scale = { series, fits };
  emit(lines.join('\n'));
}

if (sectionIds.has('cases')) {
  const { generateSpec } = await import('./generate-spec.mjs');
  const { stringify } = await import('yaml');
  const dir = join(peersDir, 'cases');
  rmSync(dir, { recursive: true, force: true });
  const spec = generateSpec(1000);
  writeFileSync(join(dir, '..', 'cases-1000-ops.yaml'), stringify(spec, { lineWidth: 0 }));
  // Every case renders the request template of a different operation (GET of resource r).
  const getPaths = Object.keys(spec.paths).filter((p) => spec.paths[p].get);
  for (const n of [1, 40]) {
    mkdirSync(join(dir, String(n)), { recursive: true });
    for (let i = 0; i < n; i++) {
      const path = getPaths[i % getPaths.length];
      const called = path.replace('{itemId}', String(100 + i));
      writeFileSync(
        join(dir, String(n), `c${i}.case.yaml`),
        stringify({
          name: `case ${i}`,
          spec: '../../cases-1000-ops.yaml',
          path,
          method: 'GET',
          event: {
            request: {
              method: 'GET',
              path: called,
              pathParameters: { itemId: String(100 + i) },
              headers: { Accept: 'application/json' },
            },
          },
        }),
      );
    }
  }
  const apigwBin = join(root, 'bin', 'run.js');
  log('bench: test-template --cases (1 and 40 cases, 1,000-operation definition)');
  const rows = await compare([
    {
      key: 'one',
      name: 'test-template --cases (1 case)',
      args: [apigwBin, 'test-template', '--cases', join(dir, '1'), '--update', '--root', peersDir],
    },
    {
      key: 'forty',
      name: 'test-template --cases (40 cases)',
      args: [apigwBin, 'test-template', '--cases', join(dir, '40'), '--update', '--root', peersDir],
    },
  ]);
  const ratio = rows[1].cpu / rows[0].cpu;
  results.cases = { rows, ratio };
  emit(
    `${plainTable('`test-template --cases` on a 1,000-operation definition (`--update`: each case renders and its result is written)', rows)}\n\n40 cases ÷ 1 case: ${ratio.toFixed(2)}× CPU, ${(rows[1].wall / rows[0].wall).toFixed(2)}× wall (target ≤ 3×): ${ratio <= 3 ? 'PASS' : 'MISS'}`,
  );
}

if (sectionIds.has('startup')) {
  log('bench: start-up');
  const entries = [
    { key: 'version', name: 'apigw --version', args: [join(root, 'bin', 'run.js'), '--version'] },
    { key: 'help', name: 'apigw --help', args: [join(root, 'bin', 'run.js'), '--help'] },
    { key: 'node', name: 'node -e 0 (floor)', args: ['-e', '0'] },
  ];
  // apigw keeps the code V8 compiled for it between runs (src/cli/load-app.ts); the files section
  // measures it warm (the warm-up run writes it), as from a user's second run on. The first run:
  const small = join(root, 'examples', 'rest-api', 'openapi.yaml');
  entries.push(
    { key: 'lint-warm', name: 'apigw lint (small file)', args: [join(root, 'bin', 'run.js'), 'lint', small] },
    {
      key: 'lint-cold',
      name: 'apigw lint (small file, compile cache off: a first run)',
      args: [join(root, 'bin', 'run.js'), 'lint', small],
      env: { NODE_DISABLE_COMPILE_CACHE: '1' },
    },
  );
  if (tools.includes('spectral'))
    entries.push({
      key: 'spectral-version',
      name: 'spectral --version',
      args: [defs.spectral.args('x')[0], '--version'],
    });
  if (tools.includes('redocly'))
    entries.push({ key: 'redocly-version', name: 'redocly --version', args: [defs.redocly.args('x')[0], '--version'] });
  if (tools.includes('vacuum'))
    entries.push({ key: 'vacuum-version', name: 'vacuum version', cmd: vacuumBin, args: ['version'] });
  const rows = await compare(entries);
  results.startup = rows;
  emit(plainTable('Start-up', rows, (r) => (TARGETS[r.key] ? verdict(r.key, r) : '')));
}

// Template rendering throughput is measured by the VTL engine's own script.
const rendersScript = join(root, 'bench', 'vtl-renders.mjs');
if (existsSync(rendersScript) && sectionIds.has('startup')) {
  log('bench: bench/vtl-renders.mjs');
  const r = spawnSync(process.execPath, [rendersScript], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  });
  const rendersText =
    r.status === 0
      ? r.stdout.trim()
      : `bench/vtl-renders.mjs failed (exit ${r.status}): ${r.stderr.trim().split('\n')[0]}`;
  results.renders = rendersText;
  emit(`#### Mapping template renders\n\n${rendersText}`);
}

const header = [
  `Date ${info.date} · ${info.cpu} · ${info.memory} · ${info.os} · Node ${info.node} · npm ${info.npm} · load average at start ${info.load}, at end ${loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')}`,
  `apigw ${info.apigw} (\`apigw ${command}\`) · Spectral CLI ${defs.spectral.version ?? 'n/a'} · Redocly CLI ${defs.redocly.version ?? 'n/a'} · vacuum ${tools.includes('vacuum') ? (defs.vacuum.version ?? 'n/a') : 'not measured'}`,
  `${runs} cold runs per tool and file after ${warmup} warm-up (${scaleRuns} per size in the scale series, no warm-up), tools alternating within each round; medians. CPU = user + sys of the child process${timeBin ? ' (/usr/bin/time)' : ' (n/a: no /usr/bin/time)'}.`,
  ...notes,
].join('  \n');
if (opts.markdown) process.stdout.write(`${header}\n\n${sections.join('\n\n')}\n`);
else if (notes.length) process.stdout.write(`${notes.join('\n')}\n`);
if (opts.json) writeFileSync(resolve(opts.json), JSON.stringify(results, null, 2));
