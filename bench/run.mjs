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
    tools: { type: 'string', default: 'apigw,spectral,redocly' },
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
const tools = opts.tools.split(',').filter(Boolean);
const fileIds = opts.files.split(',').filter(Boolean);

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
  writeFileSync(spectralRuleset, 'extends: ["spectral:oas"]\n');
  return {
    apigw: {
      name: `apigw ${command}`,
      version: readVersion(root),
      args: (f) => [join(root, 'bin', 'run.js'), command, '--format', 'json', f],
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

/** One cold process: wall time from spawn to exit, peak RSS from the probe. */
function measure(args) {
  mkdirSync(scratch, { recursive: true });
  const rssFile = join(scratch, `rss-${process.pid}`);
  rmSync(rssFile, { force: true });
  const env = {
    ...process.env,
    NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --require ${probe}`.trim(),
    APIGW_BENCH_RSS_FILE: rssFile,
    NO_COLOR: '1',
    FORCE_COLOR: '0',
    // No network during measurement: Redocly's telemetry and update check off.
    REDOCLY_TELEMETRY: 'off',
    REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true',
  };
  return new Promise((resolvePromise, reject) => {
    const started = process.hrtime.bigint();
    // The scratch folder as cwd: no tool picks up a config file from the repository.
    const child = spawn(process.execPath, args, { cwd: scratch, env, stdio: ['ignore', 'pipe', 'pipe'] });
    const out = [];
    const err = [];
    child.stdout.on('data', (d) => out.push(d));
    child.stderr.on('data', (d) => err.push(d));
    child.on('error', reject);
    child.on('close', (code) => {
      const wall = Number(process.hrtime.bigint() - started) / 1e9;
      let rssKiB;
      try {
        rssKiB = Number(readFileSync(rssFile, 'utf8'));
      } catch {
        rssKiB = NaN;
      }
      resolvePromise({
        wall,
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
async function compare(entries) {
  const samples = new Map(entries.map((e) => [e.key, []]));
  for (let i = 0; i < warmup; i++) for (const e of entries) await measure(e.args);
  for (let round = 0; round < runs; round++) {
    for (let j = 0; j < entries.length; j++) {
      const e = entries[(round + j) % entries.length];
      const sample = await measure(e.args);
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
    '| tool | median wall | min–max | median peak RSS | apigw time ÷ tool | exit | problems |',
    '|---|---:|---:|---:|---:|---:|---:|',
  ];
  for (const r of rows) {
    lines.push(
      `| ${r.name} | ${fmt.s(r.wall)} | ${r.wallMin.toFixed(2)}–${r.wallMax.toFixed(2)} | ${fmt.mib(r.rss)} | ${r.key === 'apigw' ? '' : fmt.ratio(apigw?.wall, r.wall)} | ${r.exit} | ${r.problems ?? '?'} |`,
    );
  }
  if (apigw && TARGETS[file.id]) lines.push('', `apigw: ${verdict(file.id, apigw)}`);
  for (const r of rows) if (r.stderr) lines.push('', `${r.name} stderr: \`${r.stderr}\``);
  return lines.join('\n');
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
const needPeers = tools.some((t) => t !== 'apigw');
if (needPeers) installPeers();
const command = apigwCommand();
const defs = toolDefs(command);
for (const t of tools) if (!defs[t]) fail(`unknown tool '${t}' (known: ${Object.keys(defs).join(', ')})`);
const files = await prepareFiles();
const info = machine();
const results = {
  machine: info,
  runs,
  warmup,
  command,
  versions: Object.fromEntries(tools.map((t) => [t, defs[t].version])),
  files: [],
  startup: [],
  renders: undefined,
};

log(`bench: ${runs} runs (+${warmup} warm-up) per tool and file; apigw command: ${command}`);
const sections = [];
for (const file of files) {
  log(`bench: ${file.id} (${relative(root, file.path) || file.path})`);
  const rows = await compare(
    tools.map((t) => ({ key: t, name: defs[t].name, args: defs[t].args(file.path), count: defs[t].count })),
  );
  results.files.push({ id: file.id, label: file.label, bytes: file.bytes, rows });
  sections.push(table(file, rows));
  if (!opts.markdown) process.stdout.write(`${sections[sections.length - 1]}\n\n`);
}

if (opts.startup) {
  log('bench: start-up');
  const entries = [
    { key: 'version', name: 'apigw --version', args: [join(root, 'bin', 'run.js'), '--version'] },
    { key: 'help', name: 'apigw --help', args: [join(root, 'bin', 'run.js'), '--help'] },
    { key: 'node', name: 'node -e 0 (floor)', args: ['-e', '0'] },
  ];
  if (tools.includes('spectral'))
    entries.push({
      key: 'spectral-version',
      name: 'spectral --version',
      args: [defs.spectral.args('x')[0], '--version'],
    });
  if (tools.includes('redocly'))
    entries.push({ key: 'redocly-version', name: 'redocly --version', args: [defs.redocly.args('x')[0], '--version'] });
  const rows = await compare(entries);
  results.startup = rows;
  const lines = [
    '#### Start-up',
    '',
    '| command | median wall | min–max | median peak RSS | |',
    '|---|---:|---:|---:|---|',
  ];
  for (const r of rows)
    lines.push(
      `| ${r.name} | ${fmt.s(r.wall)} | ${r.wallMin.toFixed(2)}–${r.wallMax.toFixed(2)} | ${fmt.mib(r.rss)} | ${TARGETS[r.key] ? verdict(r.key, r) : ''} |`,
    );
  sections.push(lines.join('\n'));
  if (!opts.markdown) process.stdout.write(`${lines.join('\n')}\n\n`);
}

// Template rendering throughput is measured by the VTL engine's own script when it exists.
const rendersScript = join(root, 'bench', 'vtl-renders.mjs');
let rendersText;
if (existsSync(rendersScript)) {
  log('bench: bench/vtl-renders.mjs');
  const r = spawnSync(process.execPath, [rendersScript], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  });
  rendersText =
    r.status === 0
      ? r.stdout.trim()
      : `bench/vtl-renders.mjs failed (exit ${r.status}): ${r.stderr.trim().split('\n')[0]}`;
} else {
  rendersText = existsSync(join(root, 'src', 'commands', 'test-template.ts'))
    ? '`apigw test-template` exists but bench/vtl-renders.mjs (its throughput script) does not yet: not measured.'
    : '`apigw test-template` does not exist yet: renders per second not measured.';
}
results.renders = rendersText;
sections.push(`#### Mapping template renders\n\n${rendersText}`);
if (!opts.markdown) process.stdout.write(`#### Mapping template renders\n\n${rendersText}\n`);

const header = [
  `Date ${info.date} · ${info.cpu} · ${info.memory} · ${info.os} · Node ${info.node} · npm ${info.npm} · load average at start ${info.load}, at end ${loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')}`,
  `apigw ${info.apigw} (\`apigw ${command}\`) · Spectral CLI ${defs.spectral.version ?? 'n/a'} · Redocly CLI ${defs.redocly.version ?? 'n/a'}`,
  `${runs} cold runs per tool and file (after ${warmup} warm-up), tools alternating; medians.`,
].join('  \n');
if (opts.markdown) process.stdout.write(`${header}\n\n${sections.join('\n\n')}\n`);
if (opts.json) writeFileSync(resolve(opts.json), JSON.stringify(results, null, 2));
