/**
 * The rule house: `apigw rules --json` lists every code that lint, validate and the apigw.yaml
 * checks emit (on the whole shared corpus), each with its doc page; every id users may already name
 * in apigw.yaml or a suppression still resolves.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { allRules } from '../../src/lint/registry.js';
import { corpusDir, repoRoot, runCli } from '../support/cli.js';

interface Listed {
  id: string;
  kind: string;
  apiTypes: string[];
  awsSource: string;
  documentationUrl: string;
}

async function listed(): Promise<Listed[]> {
  const r = await runCli(['rules', '--json']);
  assert.equal(r.code, 0, r.stderr);
  return JSON.parse(r.stdout) as Listed[];
}

const diffRulesPage = readFileSync(resolve(repoRoot, 'docs/diff-rules.md'), 'utf8');

test('apigw rules --json: every id has a kind, the API types it applies to, an AWS source and a doc page', async () => {
  const rules = await listed();
  for (const rule of rules) {
    assert.ok(['spec', 'config', 'validate', 'template', 'change'].includes(rule.kind), rule.id);
    assert.ok(
      rule.apiTypes.length > 0 && rule.apiTypes.every((t) => t === 'rest' || t === 'http' || t === 'websocket'),
      rule.id,
    );
    assert.match(rule.awsSource, /^https:\/\/(docs\.)?aws\.amazon\.com\//, rule.id);
    if (rule.kind === 'change')
      assert.ok(diffRulesPage.includes(`| \`${rule.id}\` |`), `docs/diff-rules.md: ${rule.id}`);
    else assert.ok(existsSync(resolve(repoRoot, 'docs/rules', `${rule.id}.md`)), `docs/rules/${rule.id}.md`);
  }
  assert.deepEqual(
    rules
      .filter((r) => r.kind === 'validate')
      .map((r) => r.id)
      .sort(),
    [
      'apigw-duplicate-key',
      'apigw-duplicate-operation-id',
      'apigw-extension-flavour',
      'apigw-extension-placement',
      'apigw-extension-schema',
      'apigw-extension-unknown',
      'apigw-extension-unknown-field',
      'apigw-openapi-version',
      'apigw-path-parameter',
      'apigw-ref-circular',
      'apigw-ref-dangling',
      'apigw-ref-external-file',
      'apigw-ref-outside-root',
      'apigw-ref-remote',
      'apigw-template-definition-invalid',
      'apigw-template-definition-unreadable',
      'apigw-undecidable',
      'apigw-xref-method-parameter',
      'apigw-xref-method-response',
      'apigw-xref-request-validator',
      'apigw-xref-response-header',
      'apigw-xref-security-scheme',
      'oas-schema',
      'oas-schema-intrinsic',
      'oas-spec',
      'oas-structure-unchecked',
    ],
  );
});

// ids-0.1.txt: every id 0.1 (before the rule house) listed in `apigw rules` or emitted (validate's codes too).
test('every rule id of 0.1 still resolves (ids are public: apigw.yaml settings and suppressions name them)', async () => {
  const ids = new Set((await listed()).map((r) => r.id));
  const { lintRuleIds } = await import('../../src/lint/registry.js');
  const nameable = new Set(await lintRuleIds());
  const before = readFileSync(resolve(repoRoot, 'test/fixtures/rules/ids-0.1.txt'), 'utf8').split('\n').filter(Boolean);
  assert.ok(before.length >= 115, `${before.length} ids`);
  assert.deepEqual(
    before.filter((id) => !ids.has(id)),
    [],
  );
  assert.deepEqual(
    before.filter((id) => !nameable.has(id)).map((id) => `${id}: apigw.yaml lint.rules cannot name it`),
    [],
  );
});

const templatesDir = resolve(corpusDir, '..', 'templates');
const corpus = existsSync(corpusDir) && existsSync(templatesDir) ? false : 'no ../shared corpus';

/** The files of a corpus folder (SOURCES.tsv lists the templates; included files are read through them). */
function corpusFiles(dir: string): string[] {
  const sources = readFileSync(join(dir, 'SOURCES.tsv'), 'utf8').trim().split('\n').slice(1);
  if (dir === templatesDir)
    return sources
      .map((l) => l.split('\t'))
      .filter((row) => !/included\/referenced file/.test(row[6] ?? ''))
      .map((row) => join(dir, row[0]!));
  return readdirSync(dir)
    .filter((f) => f !== 'SOURCES.tsv' && f !== 'README.md' && f !== 'LICENSES')
    .sort()
    .map((f) => join(dir, f));
}

test(
  "apigw rules lists every code lint (with the apigw.yaml checks a template's stages get), validate and the loader emit on the whole corpus, specs and templates, each with its doc page",
  { skip: corpus },
  async () => {
    const ids = new Set((await listed()).map((r) => r.id));
    const { lintFiles } = await import('../../src/lint/files.js');
    const { validateFiles } = await import('../../src/validate/files.js');
    const emitted = new Map<string, string>();
    const seen = (findings: Array<{ code: string; source: string }>) => {
      for (const f of findings) if (!emitted.has(f.code)) emitted.set(f.code, f.source);
    };
    const quiet = process.stderr.write;
    // validateFiles names each unreadable corpus file on stderr (test/corpus/load.test.ts pins those).
    process.stderr.write = () => true;
    try {
      for (const dir of [corpusDir, templatesDir]) {
        const files = corpusFiles(dir);
        assert.ok(files.length >= 77, `${files.length} files in ${dir}`);
        seen((await lintFiles(files, { cwd: dir })).findings);
        seen((await validateFiles(files, {})).findings);
      }
    } finally {
      process.stderr.write = quiet;
    }
    assert.ok(emitted.size >= 50, `${emitted.size} codes seen`);
    assert.deepEqual(
      [...emitted].filter(([code]) => !ids.has(code)).map(([code, file]) => `${code} (${file})`),
      [],
    );
    assert.deepEqual(
      [...emitted.keys()].filter((code) => !existsSync(resolve(repoRoot, 'docs/rules', `${code}.md`))),
      [],
    );
  },
);

/** Where rule files live, one rule (or validate code) per file; index.ts and types.ts are the lists and contracts. */
const RULE_DIRS = [
  ...readdirSync(resolve(repoRoot, 'rules'), { withFileTypes: true })
    .filter((d) => d.isDirectory() && d.name !== 'lib' && d.name !== 'functions')
    .map((d) => `rules/${d.name}`),
  'src/lint/config-rules',
  'src/lint/template-rules',
  'src/validate/codes',
];

/** Test files by name, anywhere under test/. */
function testFiles(dir = resolve(repoRoot, 'test'), out = new Set<string>()): Set<string> {
  for (const d of readdirSync(dir, { withFileTypes: true })) {
    if (d.isDirectory()) testFiles(join(dir, d.name), out);
    else if (d.name.endsWith('.test.ts')) out.add(d.name.slice(0, -'.test.ts'.length));
  }
  return out;
}

test('a rule cannot exist outside the registry: every rule file is registered, named by its id, in its category folder', async () => {
  const ids = new Set((await allRules()).map((r) => r.id));
  const problems: string[] = [];
  let seen = 0;
  for (const dir of RULE_DIRS) {
    for (const name of readdirSync(resolve(repoRoot, dir)).filter((f) => f.endsWith('.ts'))) {
      if (name === 'index.ts' || name === 'types.ts') continue;
      const mod = (await import(pathToFileURL(resolve(repoRoot, dir, name)).href)) as Record<string, unknown>;
      const rules = Object.values(mod).filter(
        (v): v is { id: string; category: string } =>
          !!v && typeof v === 'object' && typeof (v as { id?: unknown }).id === 'string' && 'awsSource' in v,
      );
      for (const { id, category } of new Map(rules.map((r) => [r.id, r])).values()) {
        seen++;
        if (!/^(apigw|oas)-[a-z0-9-]+$/.test(id)) problems.push(`${dir}/${name}: id ${id} is not apigw-<what>`);
        if (dir.startsWith('rules/') && category !== dir.slice('rules/'.length))
          problems.push(`${dir}/${name}: category ${category} is not its folder`);
        if (!ids.has(id)) problems.push(`${dir}/${name}: ${id} is not registered (add it to the list of its kind)`);
        const base = name.slice(0, -3);
        if (base !== id && `apigw-${base}` !== id)
          problems.push(`${dir}/${name}: a file holds one rule, named by its id (${id})`);
      }
    }
  }
  assert.ok(seen >= 130, `${seen} rule files read`);
  assert.deepEqual(problems, []);
});

test('every rule and code has a test file named by its id', async () => {
  const tests = testFiles();
  assert.deepEqual(
    (await allRules())
      .filter((r) => r.kind !== 'change')
      .filter((r) => !tests.has(r.id))
      .map((r) => `${r.id} (${r.kind}): no test/**/${r.id}.test.ts`),
    [],
  );
});

test("apigw rules lists diff's change kinds from its one table, classified, and lint.rules cannot name them", async () => {
  const { DIFF_RULES } = await import('../../src/diff/rules.js');
  const { lintRuleIds } = await import('../../src/lint/registry.js');
  const changes = (await listed()).filter((r) => r.kind === 'change') as Array<Listed & { classification: string }>;
  assert.deepEqual(
    changes.map((r) => [r.id, r.classification]).sort(),
    Object.entries(DIFF_RULES)
      .map(([id, r]) => [id, r.classification])
      .sort(),
  );
  const lintIds = new Set(await lintRuleIds());
  assert.deepEqual(
    changes.filter((r) => lintIds.has(r.id)).map((r) => r.id),
    [],
  );
});
