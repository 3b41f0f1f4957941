/**
 * A table-driven rule test, after ESLint's RuleTester: `valid` documents give no finding, each
 * `invalid` one gives exactly the listed findings (rule id, dotted path, 1-based line, severity),
 * in line order. One node:test test per case, named `<rule id> valid|invalid: <name>`.
 *
 *   ruleTester(rule, {
 *     valid: [{ name: 'header key', code: oas3(...) }],
 *     invalid: [{ name: 'query key', code: oas3(...), errors: [{ path: 'components...', line: 18, message: /X-API-Key/ }] }],
 *   });
 *
 * Spectral rules run as `apigw lint` runs them (`runRules`); apigw.yaml checks through
 * `configRuleTester` (the `code` is apigw.yaml, paths point into it); template rules through
 * `templateRuleTester` (the `code` is a SAM/CloudFormation template, paths point into it).
 */
import { test } from 'node:test';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import assert from 'node:assert/strict';
import type { ApigwRule, RuleSeverity } from '../../rules/lib/rule.js';
import { parseProjectConfig } from '../../src/config/load.js';
import type { ProjectConfig } from '../../src/config/types.js';
import type { Finding } from '../../src/core/finding.js';
import { checkConfig, checkSpecAgainstConfig } from '../../src/lint/config-rules/index.js';
import type { LoadedSpec } from '../../src/definition/types.js';
import { parseSource } from '../../src/definition/parse.js';
import { checkTemplate, type TemplateRule } from '../../src/lint/template-rules/index.js';
import { runRules, type RunRulesOptions } from './rules.js';

export interface ExpectedFinding {
  path: string;
  /** 1-based line where the finding starts. */
  line: number;
  /** Default: the rule's id. */
  id?: string;
  /** Default: the rule's default severity. */
  severity?: RuleSeverity;
  /** The message must match (a string must be contained). */
  message?: RegExp | string;
}

export interface ValidCase<O> {
  name: string;
  code: string;
  options?: O;
}

export interface InvalidCase<O> extends ValidCase<O> {
  errors: ExpectedFinding[];
}

export interface Cases<O> {
  valid?: ValidCase<O>[];
  invalid?: InvalidCase<O>[];
}

/** What a run gave, in the shape the cases state. */
export interface ActualFinding {
  id: string;
  path: string;
  line: number;
  severity: RuleSeverity;
  message: string;
}

const SPECTRAL_SEVERITY: RuleSeverity[] = ['error', 'warn', 'info', 'hint'];

/** apigw's findings of one code, in the shape the cases state (1-based lines, dotted paths). */
export function findingsOf(id: string, findings: Finding[]): ActualFinding[] {
  return findings
    .filter((f) => f.code === id)
    .map((f) => ({
      id: f.code,
      path: f.path.join('.'),
      line: f.range.start.line + 1,
      severity: f.severity,
      message: f.message,
    }));
}

interface RuleLike {
  id: string;
  severity: RuleSeverity;
}

function defineCases<O>(rule: RuleLike, cases: Cases<O>, run: (c: ValidCase<O>) => Promise<ActualFinding[]>): void {
  for (const c of cases.valid ?? [])
    test(`${rule.id} valid: ${c.name}`, async () => {
      const actual = await run(c);
      assert.deepEqual(
        actual.map(({ id, path, line }) => ({ id, path, line })),
        [],
      );
    });
  for (const c of cases.invalid ?? [])
    test(`${rule.id} invalid: ${c.name}`, async () => assertFindings(rule, await run(c), c.errors));
}

/** Throws unless `actual` is exactly `expected` (id, path, line, severity; messages where given), in order. */
export function assertFindings(rule: RuleLike, actual: ActualFinding[], expected: ExpectedFinding[]): void {
  assert.deepEqual(
    actual.map(({ id, path, line, severity }) => ({ id, path, line, severity })),
    expected.map((e) => ({ id: e.id ?? rule.id, path: e.path, line: e.line, severity: e.severity ?? rule.severity })),
  );
  expected.forEach((e, i) => {
    if (typeof e.message === 'string') assert.ok(actual[i].message.includes(e.message), actual[i].message);
    else if (e.message) assert.match(actual[i].message, e.message);
  });
}

/** Cases for a Spectral rule of rules/<category>/ (options: `flavour`, `endpointType`, `plainSpectral`). */
export function ruleTester(rule: ApigwRule, cases: Cases<RunRulesOptions>): void {
  defineCases(rule, cases, async (c) =>
    (await runRules(rule, c.code, c.options)).map((r) => ({
      id: r.code,
      path: r.path,
      line: r.line,
      severity: SPECTRAL_SEVERITY[r.severity] ?? 'hint',
      message: r.message,
    })),
  );
}

/**
 * Cases for an apigw.yaml check (src/lint/config-rules/): only findings of `rule.id`. Options: the
 * linted definitions (`specs`), or `definition`, the text of one definition the check reads
 * against apigw.yaml as `apigw lint` does (its findings point into the definition).
 */
export function configRuleTester(rule: RuleLike, cases: Cases<{ specs?: LoadedSpec[]; definition?: string }>): void {
  defineCases(rule, cases, async (c) => {
    const config = await parseProjectConfig(c.code, '/project/apigw.yaml');
    const findings = checkConfig(config, c.options?.specs ?? []);
    if (c.options?.definition !== undefined) findings.push(...(await againstDefinition(c.options.definition, config)));
    return findingsOf(rule.id, findings);
  });
}

async function againstDefinition(text: string, config: ProjectConfig): Promise<Finding[]> {
  const dir = mkdtempSync(join(tmpdir(), 'apigw-config-rule-'));
  try {
    writeFileSync(join(dir, 'openapi.yaml'), text);
    const { loadSpec } = await import('../../src/definition/load.js');
    return checkSpecAgainstConfig(await loadSpec(join(dir, 'openapi.yaml')), config);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Cases for a template rule (src/lint/template-rules/): `code` is a SAM/CloudFormation template,
 * checked by `checkTemplate` as `apigw lint` checks a template; only findings of `rule.id`.
 */
export function templateRuleTester(rule: TemplateRule, cases: Cases<never>): void {
  defineCases(rule, cases, async (c) => {
    const { file, intrinsics } = parseSource('/project/template.yaml', c.code);
    return findingsOf(rule.id, checkTemplate(file, new Set(), intrinsics));
  });
}
