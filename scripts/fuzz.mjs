#!/usr/bin/env node
/**
 * Structure-aware fuzzing of the built CLI (bin/run.js). Each input is a corpus definition
 * (../shared/corpus/specs) parsed, mutated where attacks land (values, `$ref`s, extensions,
 * mapping templates, nesting, YAML features), written as YAML or JSON, then checked by lint
 * (batched, ten files a process) and, for some inputs, validate, diff (original vs mutated) and
 * test-template (a generated template, or the operation's). Every run must: exit 0, 1 or 2; print
 * no "internal error" and no stack trace; finish within the time limit; stay under 1 GiB.
 *
 *   npm run fuzz -- --count 3000 [--seed N] [--jobs 2] [--keep DIR]
 *
 * A failing input is saved to test/fixtures/fuzz/ (with the command that failed), where
 * test/hostile/fuzz.test.ts replays it forever after. Prints the totals and the seed; exits 1 on
 * any failure. Used by that test for CI's short seeded round (`runFuzz`).
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const MEASURED = join(root, 'test/support/measured-cli.mjs');
export const FIXTURES = join(root, 'test/fixtures/fuzz');
const MEMORY_LIMIT_KIB = 1024 * 1024;
/**
 * A hang is a run over 20 s of CPU time, or one still running after the wall-clock limit (2 min by
 * default: on a shared, loaded machine wall-clock time says little about the work done).
 */
const CPU_LIMIT_MS = 20_000;

/** mulberry32: small, seeded, reproducible. */
function rng(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (n) => Math.floor(next() * n),
    pick: (list) => list[Math.floor(next() * list.length)],
    chance: (p) => next() < p,
  };
}

const HOSTILE_REFS = [
  '#',
  '',
  '/etc/passwd',
  '../../../../etc/hostname',
  '%2e%2e/%2e%2e/etc/passwd',
  'x%zz.yaml',
  '/dev/zero',
  '/dev/stdin',
  'http://127.0.0.1:9/r.yaml',
  '#/paths',
  '#/components/schemas',
  '#/nope/x',
  'a\nb.yaml',
  '.',
  '..',
];
const HOSTILE_STRINGS = [
  '\r::error title=fuzz::injected',
  '\u001b[2J\u001b[32mNo problems found.\u001b[0m',
  'a\nb\rc\u0085d',
  '\u202eevil',
  '${stageVariables.x}',
  '${AWS::Region}',
  '\'"\\',
  '%s%n',
  '',
  ' ',
  'x'.repeat(70_000),
  '\u0000nul',
  '∞',
  '😀',
];
const HOSTILE_SCALARS = [null, true, 0, -1, 1e308, 2 ** 53 + 1, 3.5, [], {}, [[[]]]];
const EXTENSIONS = [
  'x-amazon-apigateway-integration',
  'x-amazon-apigateway-cors',
  'x-amazon-apigateway-policy',
  'x-amazon-apigateway-request-validators',
  'x-amazon-apigateway-gateway-responses',
  'x-amazon-apigateway-binary-media-types',
  'x-amazon-apigateway-authorizer',
  'x-amazon-apigateway-endpoint-configuration',
  'x-amazon-apigateway-minimum-compression-size',
  'x-amazon-apigateway-api-key-source',
];

/** A random mapping template: the constructs that cost time or memory, and plain ones. */
export function generateTemplate(r) {
  const parts = [
    () => '#set($a = [1, 2, 3])$a',
    () =>
      `#set($a = [])#foreach($i in [1..${r.pick([3, 100, 100000, 2147483647])}])#if($foreach.count > 50)#break#end$i #end`,
    () => "$input.json('$')",
    () => `$input.json('${r.pick(['$..*', '$..*..*..*', '$[*]', '$.a.b.c', "$['x']", '$..[?(@.a)]'])}')`,
    () => `$input.path('$').${r.pick(['size()', 'keySet()', 'toString()', 'get(0)'])}`,
    () =>
      `#set($s = "${r.pick(['a', 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!', '\u001b[31m'])}")$s.matches("${r.pick(['(a+)+', '(a|a)*b', '.*', '[', '(?<n>a)\\k<n>'])}")`,
    () => '$util.escapeJavaScript($input.body)$util.urlEncode($input.body)$util.base64Encode($input.body)',
    () => '$context.requestId $context.identity.sourceIp $stageVariables.stage',
    () => `#set($a = [1])${'#set($a = [$a, $a])'.repeat(r.int(30))}$a.size()`,
    () => '#set($m = {})#set($d = $m.put("self", $m))$m',
    () => '['.repeat(r.int(3000)),
    () => '#if($input.params("q") == "x")yes#{else}no#end',
    () => '#macro(m $x)$x#end#m("a")',
    () => '$!{undefined.value} ${input.body}',
    () => '#foreach($k in $input.path(\'$\').keySet())"$k": $input.json("$.$k"),#end',
    () => r.pick(HOSTILE_STRINGS).slice(0, 200),
  ];
  let out = '';
  for (let i = 1 + r.int(4); i > 0; i--) out += r.pick(parts)() + '\n';
  return out;
}

function nest(depth, leaf) {
  let v = leaf;
  for (let i = 0; i < depth; i++) v = i % 2 ? [v] : { a: v };
  return v;
}

/** Every container in `data` with its path, for picking mutation points. */
function containers(data) {
  const out = [];
  const walk = (node, path, depth) => {
    if (node === null || typeof node !== 'object' || depth > 40 || out.length > 20000) return;
    out.push({ node, path });
    for (const key of Object.keys(node)) walk(node[key], [...path, key], depth + 1);
  };
  walk(data, [], 0);
  return out;
}

const operationsOf = (data) =>
  Object.entries(data?.paths && typeof data.paths === 'object' ? data.paths : {}).flatMap(([path, item]) =>
    item && typeof item === 'object'
      ? Object.keys(item)
          .filter((m) => /^(get|put|post|delete|patch|options|head)$/.test(m))
          .map((m) => ({ path, method: m, op: item[m] }))
      : [],
  );

/** One structural mutation of `data` (in place); returns a short description. */
function mutate(data, r) {
  const spots = containers(data);
  if (spots.length === 0) return 'none';
  const { node, path } = r.pick(spots);
  const keys = Object.keys(node);
  const key = keys.length ? r.pick(keys) : Array.isArray(node) ? 0 : 'x-fuzz';
  switch (r.int(12)) {
    case 0:
      node[key] = { $ref: r.pick(HOSTILE_REFS) };
      return `ref at ${path.join('.')}`;
    case 1:
      node[key] = r.pick(HOSTILE_STRINGS);
      return `string at ${path.join('.')}`;
    case 2:
      node[key] = r.pick(HOSTILE_SCALARS);
      return `scalar at ${path.join('.')}`;
    case 3:
      delete node[key];
      return `delete ${path.join('.')}.${key}`;
    case 4:
      node[key] = nest(r.pick([50, 400, 600, 3000]), 'deep');
      return `deep at ${path.join('.')}`;
    case 5: {
      const target = r.pick(spots);
      node[key] = target.node; // shared (an alias in YAML, a copy in JSON), possibly an ancestor
      return `share ${target.path.join('.')} at ${path.join('.')}`;
    }
    case 6:
      node[r.pick(EXTENSIONS)] = r.pick([
        { $ref: '#' },
        r.pick(HOSTILE_STRINGS),
        r.pick(HOSTILE_SCALARS),
        { type: 'aws', uri: r.pick(HOSTILE_STRINGS), requestTemplates: { 'application/json': 'x' } },
      ]);
      return `extension at ${path.join('.')}`;
    case 7: {
      const ops = operationsOf(data);
      if (ops.length === 0) return 'no operation';
      const { op } = r.pick(ops);
      if (!op || typeof op !== 'object') return 'odd operation';
      op['x-amazon-apigateway-integration'] = {
        type: r.pick(['aws', 'http', 'mock', 'AWS_PROXY']),
        httpMethod: 'POST',
        uri: 'arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:123456789012:function:f/invocations',
        requestTemplates: { 'application/json': generateTemplate(r) },
        responses: { default: { statusCode: '200', responseTemplates: { 'application/json': generateTemplate(r) } } },
      };
      return 'template';
    }
    case 8:
      if (Array.isArray(node))
        node.push(...Array.from({ length: r.pick([2, 100, 5000]) }, () => structuredClone(node[0] ?? 'x')));
      else node[`${String(key)}\u0000dup`] = node[key];
      return `grow ${path.join('.')}`;
    case 9:
      node[key] = Array.isArray(node[key])
        ? Object.fromEntries(node[key].map((v, i) => [String(i), v]))
        : node[key] && typeof node[key] === 'object'
          ? Object.values(node[key])
          : [node[key]];
      return `retype ${path.join('.')}.${key}`;
    case 10:
      if (data && typeof data === 'object')
        data[r.pick(['openapi', 'swagger', 'paths', 'info', 'components'])] = r.pick([
          ...HOSTILE_SCALARS,
          '3.1.0',
          '2.0',
          '3.0.0',
        ]);
      return 'root field';
    default: {
      const params = Array.from({ length: r.pick([3, 300, 3000]) }, (_, i) => ({
        name: `p${i % 50}`,
        in: r.pick(['query', 'header', 'path', 'cookie']),
        schema: { type: 'string' },
      }));
      const ops = operationsOf(data);
      if (ops.length) {
        const { op } = r.pick(ops);
        if (op && typeof op === 'object') op.parameters = params;
      }
      return 'parameters';
    }
  }
}

/** Text-level damage the parsers must survive: YAML features, truncation, stray bytes. */
function damageText(text, r, yaml) {
  switch (r.int(yaml ? 7 : 3)) {
    case 0:
      return text.slice(0, r.int(text.length));
    case 1: {
      const at = r.int(text.length);
      return text.slice(0, at) + r.pick(['\u0000', '\uFEFF', '\r', '{', '"', '\\u12', '\u001b']) + text.slice(at);
    }
    case 2:
      return text + r.pick(['\n', '\n}\n', '\n---\nopenapi: 3.0.1\n']);
    case 3:
      return `${text}\nx-bomb-0: &b0 [a, b, c, d, e, f, g, h, i]\n${Array.from({ length: 8 }, (_, i) => `x-bomb-${i + 1}: &b${i + 1} [${Array(9).fill(`*b${i}`).join(', ')}]`).join('\n')}\n`;
    case 4:
      return `${text}\nx-tags: [!!str , !!binary aGk=, !!int x, !Ref y, !GetAtt a.b, !Sub '\${x}']\n`;
    case 5:
      return `${text}\nx-tag-block: !!str\n`;
    default:
      return `${text}\nx-self: &s [1, *s]\n`;
  }
}

function run(args, cwd, timeoutMs) {
  return new Promise((done) => {
    const started = Date.now();
    const child = spawn(process.execPath, [MEASURED, ...args], {
      cwd,
      env: { ...process.env, NO_COLOR: '1' },
      stdio: ['ignore', 'pipe', 'pipe', 'pipe'],
    });
    let stdoutBytes = 0;
    let stderr = '';
    let usage = '';
    child.stdout.on('data', (d) => (stdoutBytes += d.length));
    child.stderr.setEncoding('utf8').on('data', (d) => (stderr = (stderr + d).slice(-20_000)));
    child.stdio[3].setEncoding('utf8').on('data', (d) => (usage += d));
    let hung = false;
    const timer = setTimeout(() => {
      hung = true;
      child.kill('SIGKILL');
    }, timeoutMs);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      let measured = {};
      try {
        measured = JSON.parse(usage);
      } catch {
        /* killed before it could write */
      }
      done({
        args,
        code,
        signal,
        hung,
        stderr,
        stdoutBytes,
        ms: Date.now() - started,
        cpuMs: (measured.cpuMicros ?? 0) / 1000,
        maxRssKiB: measured.maxRssKiB ?? Number.NaN,
      });
    });
  });
}

/** Why a run broke the contract, or undefined. */
export function verdict(result) {
  if (result.hung || result.cpuMs > CPU_LIMIT_MS) return 'hang';
  if (result.maxRssKiB > MEMORY_LIMIT_KIB) return 'memory';
  if (![0, 1, 2].includes(result.code)) return `exit ${result.code}${result.signal ? ` (${result.signal})` : ''}`;
  if (/internal error/.test(result.stderr)) return 'internal error';
  if (/\n\s+at .+[:(]/.test(result.stderr)) return 'stack trace';
  return undefined;
}

/** Corpus definitions up to 256 KB: mutations of a 4 MB file cost seconds each and find nothing a small one would not. */
function corpusFiles(dir) {
  return readdirSync(dir)
    .filter((f) => /\.(ya?ml|json|tpl)$/i.test(f))
    .sort()
    .map((f) => join(dir, f))
    .filter((f) => statSync(f).size <= 256 * 1024);
}

/**
 * Generates `count` inputs from `seed` and runs them. Returns the totals; failing inputs are
 * copied to `keep` (default: the regression fixtures folder).
 */
export async function runFuzz({
  count,
  seed,
  jobs = 2,
  corpus = join(root, '..', 'shared', 'corpus', 'specs'),
  keep = FIXTURES,
  log = () => {},
  timeoutMs = 120_000,
  batch = 10,
}) {
  const { parse, stringify } = await import('yaml');
  const r = rng(seed);
  const files = corpusFiles(corpus);
  const work = mkdtempSync(join(tmpdir(), 'apigw-fuzz-'));
  const totals = {
    seed,
    inputs: 0,
    runs: 0,
    exits: { 0: 0, 1: 0, 2: 0 },
    failures: [],
    internalErrors: 0,
    hangs: 0,
    overMemory: 0,
    maxRssMiB: 0,
    maxMs: 0,
    maxCpuMs: 0,
  };
  const tasks = [];
  const lintBatch = [];
  const flushLint = () => {
    if (lintBatch.length === 0) return;
    const names = lintBatch.splice(0);
    tasks.push({ args: ['lint', ...names], inputs: names });
  };
  const parsed = new Map();
  const sourceOf = (file) => {
    if (!parsed.has(file)) {
      const text = readFileSync(file, 'utf8');
      let value;
      try {
        value = parse(text, { logLevel: 'silent', uniqueKeys: false, maxAliasCount: 1000 });
      } catch {
        value = undefined;
      }
      parsed.set(file, { text, value });
    }
    const { text, value } = parsed.get(file);
    return { original: text, data: value === undefined ? undefined : structuredClone(value) };
  };
  const generate = (i) => {
    const source = r.pick(files);
    const { original, data } = sourceOf(source);
    const asYaml = r.chance(0.5);
    let text;
    const what = [];
    if (data && typeof data === 'object') {
      for (let m = 1 + r.int(3); m > 0; m--) {
        try {
          what.push(mutate(data, r));
        } catch {
          what.push('mutation skipped'); // copying a 3,000-deep subtree overflows the fuzzer's own stack
        }
      }
      try {
        text = asYaml
          ? stringify(data, { aliasDuplicateObjects: true, lineWidth: 0 })
          : JSON.stringify(data, null, r.chance(0.5) ? 2 : 0);
      } catch {
        text = original; // a shared ancestor makes JSON cyclic: keep the text, damage it instead
        what.push('cyclic');
      }
    } else text = original;
    if (r.chance(0.25)) {
      text = damageText(text, r, asYaml);
      what.push('text');
    }
    const name = `in-${String(i).padStart(5, '0')}.${asYaml ? 'yaml' : 'json'}`;
    writeFileSync(join(work, name), text);
    writeFileSync(join(work, `${name}.orig${asYaml ? '.yaml' : '.json'}`), original);
    totals.inputs++;
    lintBatch.push(name);
    if (lintBatch.length >= batch) flushLint();
    if (r.chance(0.15)) tasks.push({ args: ['validate', name], inputs: [name] });
    if (r.chance(0.15))
      tasks.push({
        args: [
          'diff',
          `${name}.orig${asYaml ? '.yaml' : '.json'}`,
          name,
          '--format',
          r.pick(['text', 'markdown', 'json']),
        ],
        inputs: [name],
      });
    if (r.chance(0.15)) {
      const ops = data ? operationsOf(data) : [];
      if (ops.length && r.chance(0.5)) {
        const { path, method } = r.pick(ops);
        tasks.push({ args: ['test-template', name, '--path', path, '--method', method.toUpperCase()], inputs: [name] });
      } else {
        const template = `${name}.vm`;
        writeFileSync(join(work, template), generateTemplate(r));
        writeFileSync(
          join(work, `${name}.event.json`),
          JSON.stringify({ body: r.pick(['{"a": [1, 2, {"b": "x"}]}', JSON.stringify(nest(300, 'x')), '"x"', '']) }),
        );
        tasks.push({
          args: ['test-template', '--template', template, '--event', `${name}.event.json`],
          inputs: [template, `${name}.event.json`],
        });
      }
    }
  };

  const record = async (task, result) => {
    totals.runs++;
    if ([0, 1, 2].includes(result.code)) totals.exits[result.code]++;
    totals.maxRssMiB = Math.max(totals.maxRssMiB, (result.maxRssKiB || 0) / 1024);
    totals.maxMs = Math.max(totals.maxMs, result.ms);
    totals.maxCpuMs = Math.max(totals.maxCpuMs, result.cpuMs || 0);
    const why = verdict(result);
    if (!why) return;
    // A batch that broke is run file by file, so the fixture names the one input at fault.
    if (task.args[0] === 'lint' && task.inputs.length > 1) {
      totals.runs--;
      for (const one of task.inputs)
        await record({ args: ['lint', one], inputs: [one] }, await run(['lint', one], work, timeoutMs));
      return;
    }
    if (why === 'hang') totals.hangs++;
    else if (why === 'memory') totals.overMemory++;
    else totals.internalErrors++;
    const saved = saveFixture(work, task, why, result, keep);
    totals.failures.push({
      why,
      args: task.args.join(' '),
      saved,
      stderr: result.stderr.split('\n').slice(0, 3).join(' | '),
    });
    log(`FAIL ${why}: apigw ${task.args.join(' ')} -> ${saved}`);
  };

  // Generated and run in rounds of 100 inputs, so a long run reports as it goes.
  for (let start = 0; start < count; start += 100) {
    for (let i = start; i < Math.min(count, start + 100); i++) generate(i);
    flushLint();
    const round = tasks.splice(0);
    let next = 0;
    const worker = async () => {
      while (next < round.length) {
        const task = round[next++];
        await record(
          task,
          await run(task.args, work, timeoutMs * (task.args[0] === 'lint' ? Math.max(1, task.inputs.length / 5) : 1)),
        );
      }
    };
    await Promise.all(Array.from({ length: jobs }, worker));
    log(`${Math.min(count, start + 100)}/${count} inputs, ${totals.runs} runs, ${totals.failures.length} failures`);
  }
  rmSync(work, { recursive: true, force: true });
  return totals;
}

/** The input (and what it needs) under a name made from its content, with the command that failed. */
function saveFixture(work, task, why, result, keep) {
  mkdirSync(keep, { recursive: true });
  const hash = createHash('sha256');
  for (const input of task.inputs) hash.update(readFileSync(join(work, input)));
  const id = hash.digest('hex').slice(0, 12);
  const dir = join(keep, id);
  mkdirSync(dir, { recursive: true });
  const rename = (name) => name.replace(/^in-\d+/, 'input');
  for (const arg of task.args)
    if (existsSync(join(work, arg)) && arg !== '.')
      writeFileSync(join(dir, rename(arg)), readFileSync(join(work, arg)));
  writeFileSync(
    join(dir, 'failure.json'),
    `${JSON.stringify({ args: task.args.map(rename), found: why, stderr: result.stderr.slice(0, 2000) }, null, 2)}\n`,
  );
  return basename(dir);
}

async function main() {
  const argv = process.argv.slice(2);
  const option = (name, fallback) => {
    const i = argv.indexOf(`--${name}`);
    return i >= 0 ? argv[i + 1] : fallback;
  };
  const count = Number(option('count', '300'));
  const seed = Number(option('seed', String(Date.now() % 2 ** 31)));
  const jobs = Number(option('jobs', '2'));
  const corpus = option('corpus', join(root, '..', 'shared', 'corpus', 'specs'));
  if (!existsSync(join(root, 'dist/cli/main.js'))) {
    console.error('fuzz: build first (npm run build): the fuzzer runs the built CLI, bin/run.js');
    process.exit(2);
  }
  if (!existsSync(corpus)) {
    console.error(`fuzz: no corpus at ${corpus}`);
    process.exit(2);
  }
  const started = Date.now();
  console.log(`fuzz: ${count} inputs, seed ${seed}, ${jobs} jobs, corpus ${corpus}`);
  const totals = await runFuzz({
    count,
    seed,
    jobs,
    corpus,
    keep: option('keep', FIXTURES),
    log: (line) => console.log(line),
  });
  const minutes = ((Date.now() - started) / 60000).toFixed(1);
  console.log(
    `fuzz: seed ${seed}: ${totals.inputs} inputs, ${totals.runs} runs in ${minutes} min; exits 0/1/2: ${totals.exits[0]}/${totals.exits[1]}/${totals.exits[2]}; ` +
      `internal errors ${totals.internalErrors}, hangs ${totals.hangs}, over 1 GiB ${totals.overMemory}; peak ${totals.maxRssMiB.toFixed(0)} MiB, most CPU ${(totals.maxCpuMs / 1000).toFixed(1)} s, longest ${(totals.maxMs / 1000).toFixed(1)} s wall`,
  );
  for (const f of totals.failures) console.log(`  ${f.why}: apigw ${f.args} (fixture ${f.saved}) ${f.stderr}`);
  process.exit(totals.failures.length > 0 ? 1 : 0);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main();
