/**
 * Docs that run: every fenced YAML/JSON/shell example in README.md and docs/*.md is parsed, and
 * what can run here runs.
 * - YAML and JSON parse (YAML strictly: duplicate keys and flow-mapping mistakes fail); an
 *   apigw.yaml example passes apigw's own config checks; an event file example loads as an event;
 *   a .pre-commit-config.yaml example names a hook .pre-commit-hooks.yaml defines.
 * - Every `apigw …` shell line names a real command and real flags; the lines whose files exist in
 *   the repository (from its root or from examples/rest-api) run and do not end in a usage or
 *   input error (exit 2).
 * - No example runs an unpinned `npx apigw`; the pinned versions are package.json's.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseDocument } from 'yaml';
import { repoRoot, runCli } from '../support/cli.js';

interface Block {
  file: string;
  line: number;
  lang: string;
  body: string;
}

const docFiles = [
  'README.md',
  ...readdirSync(resolve(repoRoot, 'docs'))
    .filter((f) => f.endsWith('.md'))
    .map((f) => `docs/${f}`),
];
const blocks: Block[] = docFiles.flatMap((file) => {
  const text = readFileSync(resolve(repoRoot, file), 'utf8');
  // Fences may be indented (inside a list item): the body loses that indent.
  return [...text.matchAll(/^( *)```(\w*)[^\n]*\n([\s\S]*?)^\1```/gm)].map((m) => ({
    file,
    line: text.slice(0, m.index).split('\n').length + 1,
    lang: m[2],
    body: m[3].replace(new RegExp(`^${m[1]}`, 'gm'), ''),
  }));
});
const where = (b: Block) => `${b.file}:${b.line}`;
const yamlBlocks = blocks.filter((b) => b.lang === 'yaml' || b.lang === 'yml');
const shellLines = blocks
  .filter((b) => ['sh', 'bash', 'shell'].includes(b.lang))
  .flatMap((b) =>
    b.body.split('\n').map((text, i) => ({ block: b, line: b.line + i, text: text.replace(/\s+#.*$/, '').trim() })),
  )
  .filter((l) => /^(npx --no-install )?apigw( |$)/.test(l.text));

test('the docs have examples of every kind this test reads', () => {
  assert.ok(
    yamlBlocks.length >= 8 && shellLines.length >= 20,
    `${yamlBlocks.length} YAML blocks, ${shellLines.length} apigw lines`,
  );
});

test('every YAML example parses (strictly) and every JSON example parses', () => {
  const bad: string[] = [];
  for (const b of yamlBlocks) {
    const doc = parseDocument(b.body, { uniqueKeys: true, prettyErrors: false });
    for (const e of doc.errors) bad.push(`${where(b)}+${(e.linePos?.[0]?.line ?? 1) - 1}: ${e.message.split('\n')[0]}`);
  }
  for (const b of blocks.filter((x) => x.lang === 'json')) {
    try {
      JSON.parse(b.body);
    } catch (error) {
      bad.push(`${where(b)}: ${(error as Error).message}`);
    }
  }
  assert.deepEqual(bad, []);
});

test("apigw.yaml examples pass apigw's config checks (schema, known rule ids)", async () => {
  const { parseProjectConfig } = await import('../../src/config/load.js');
  const { checkRuleIds } = await import('../../src/lint/rule-ids.js');
  const { lintRuleIds } = await import('../../src/lint/registry.js');
  const ids = await lintRuleIds();
  // apigw.yaml's own top-level keys, and none of a definition's, a workflow's or a hook config's.
  const configs = yamlBlocks.filter(
    (b) => /^(spec|api|stages):/m.test(b.body) && !/^(openapi|swagger|repos|jobs|name|request|paths):/m.test(b.body),
  );
  assert.ok(configs.length >= 3, 'README and docs/lint.md show apigw.yaml');
  for (const b of configs) {
    const config = await parseProjectConfig(b.body, resolve(repoRoot, 'apigw.yaml'));
    // The examples name a user ruleset file that does not exist here; only apigw's ids are checked then.
    assert.doesNotThrow(() => checkRuleIds(config, ids, (config.data.lint?.rulesets ?? []).length > 0), where(b));
  }
});

test('event file examples load as test-template events', async () => {
  const { readEventFile } = await import('../../src/vtl/event.js');
  const events = yamlBlocks.filter((b) => /^request:/m.test(b.body) && !/^(name|spec|template):/m.test(b.body));
  assert.ok(events.length >= 2, 'README and docs/test-template.md show an event file');
  const dir = mkdtempSync(join(tmpdir(), 'apigw-docs-'));
  try {
    for (const b of events) {
      const file = join(dir, 'event.yaml');
      writeFileSync(file, b.body);
      const event = await readEventFile(file);
      assert.ok(event, where(b));
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("pre-commit examples name the hook .pre-commit-hooks.yaml defines, and the docs pin package.json's version", () => {
  const hooks = (
    parseDocument(readFileSync(resolve(repoRoot, '.pre-commit-hooks.yaml'), 'utf8')).toJS() as Array<{ id: string }>
  ).map((h) => h.id);
  const configs = yamlBlocks.filter((b) => /^repos:/m.test(b.body));
  assert.ok(configs.length >= 3);
  for (const b of configs) {
    const repos = (parseDocument(b.body).toJS() as { repos: Array<{ repo: string; hooks: Array<{ id: string }> }> })
      .repos;
    for (const r of repos) for (const h of r.hooks) assert.ok(hooks.includes(h.id), `${where(b)}: hook ${h.id}`);
  }
  execFileSync(process.execPath, [resolve(repoRoot, 'scripts/release.mjs'), '--check'], { cwd: repoRoot });
});

test('no example runs an unpinned `npx apigw`', () => {
  const offenders = blocks.flatMap((b) =>
    b.body
      .split('\n')
      .map((text, i) => ({ text, line: b.line + i }))
      .filter(({ text }) => /\bnpx\s+(?!--no-install\b)(-\S+\s+)*apigw\b/.test(text.replace(/`[^`]*`/g, '')))
      .map(({ line, text }) => `${b.file}:${line}: ${text.trim()}`),
  );
  assert.deepEqual(offenders, []);
});

/** Splits a shell line into words (single and double quotes; no expansion). */
function words(line: string): string[] {
  return [...line.matchAll(/"([^"]*)"|'([^']*)'|(\S+)/g)].map((m) => m[1] ?? m[2] ?? m[3]);
}

test('every `apigw` line in a shell example names a real command and real flags', async () => {
  const { COMMANDS } = await import('../../src/commands/index.js');
  const commands = COMMANDS as Record<
    string,
    { flags?: Record<string, { char?: string }>; baseFlags?: Record<string, { char?: string }> }
  >;
  const bad: string[] = [];
  for (const l of shellLines) {
    const argv = words(l.text.replace(/^npx --no-install /, '').split(/\s[>|]\s/)[0]).slice(1);
    if (argv.length === 0 || argv[0].startsWith('-')) continue; // `apigw --version`
    const id = argv[1] && commands[`${argv[0]}:${argv[1]}`] ? `${argv[0]}:${argv[1]}` : argv[0];
    const command = commands[id];
    if (!command) {
      bad.push(`${l.block.file}:${l.line}: no command '${id}'`);
      continue;
    }
    const defs = { ...command.baseFlags, ...command.flags };
    const longs = new Set(Object.keys(defs));
    const shorts = new Set(
      Object.values(defs)
        .map((f) => f.char)
        .filter(Boolean),
    );
    for (const w of argv) {
      if (w.startsWith('--') && !longs.has(w.slice(2).split('=')[0]))
        bad.push(`${l.block.file}:${l.line}: ${id} has no flag ${w}`);
      else if (/^-\w$/.test(w) && !shorts.has(w.slice(1)))
        bad.push(`${l.block.file}:${l.line}: ${id} has no flag ${w}`);
    }
  }
  assert.deepEqual(bad, []);
});

test('the shell examples whose files exist here run without a usage or input error', async () => {
  const dirs = [resolve(repoRoot, 'examples/rest-api'), repoRoot];
  const ran: string[] = [];
  const bad: string[] = [];
  for (const l of shellLines) {
    if (/--update|--output|[<>|]|aws:|git:|--stage/.test(l.text)) continue; // writes files, or needs AWS or git history
    const argv = words(l.text.replace(/^npx --no-install /, '')).slice(1);
    if (argv.some((a) => a.includes('[') || a.includes('*'))) continue; // a placeholder or a glob
    const paths = argv.filter(
      (a, i) => !a.startsWith('-') && i > 0 && /\.(ya?ml|json|vtl)$|\//.test(a) && !/^\/[\w/{}]*$/.test(a),
    );
    const cwd = dirs.find((d) => paths.every((p) => existsSync(resolve(d, p))));
    if (!cwd || argv.length === 0) continue;
    const r = await runCli(argv, { cwd });
    ran.push(l.text);
    if (r.code === 2 || r.code > 3)
      bad.push(`${l.block.file}:${l.line}: exit ${r.code}: ${r.stderr.trim().split('\n')[0]}`);
  }
  assert.ok(ran.length >= 6, `ran ${ran.length}: ${ran.join(' | ')}`);
  assert.deepEqual(bad, []);
});
