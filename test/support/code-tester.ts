/**
 * The RuleTester for validate's codes (src/validate/codes/<id>.ts): each case's document is
 * written to a temporary folder (with any `files` beside it, for `$ref`s and included files) and
 * checked as `apigw validate` checks it: the definitions the file holds (one OpenAPI document, or
 * every API of a SAM/CloudFormation template, with the template's own problems), loaded with
 * `danglingRefs: 'report'`, then `runValidation` on each, placed in the template. Only
 * findings of the code under test count; each invalid case states them exactly (path, line,
 * severity, message where given).
 */
import { test } from 'node:test';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CodeInfo } from '../../src/validate/codes/types.js';
import type { ApiFlavour } from '../../src/definition/types.js';
import { assertFindings, findingsOf, type ActualFinding, type ExpectedFinding } from './rule-tester.js';

export interface CodeCase {
  name: string;
  code: string;
  /** File name of the document (default openapi.yaml). */
  file?: string;
  /** Other files of the project, by name. */
  files?: Record<string, string>;
  /** `--api-type`. */
  apiType?: ApiFlavour;
}

export interface CodeCases {
  valid?: CodeCase[];
  invalid?: Array<CodeCase & { errors: ExpectedFinding[] }>;
}

export async function validateFindings(code: string, c: CodeCase): Promise<ActualFinding[]> {
  const dir = mkdtempSync(join(tmpdir(), 'apigw-code-'));
  try {
    const file = join(dir, c.file ?? 'openapi.yaml');
    writeFileSync(file, c.code);
    for (const [name, text] of Object.entries(c.files ?? {})) writeFileSync(join(dir, name), text);
    const { loadDefinitions } = await import('../../src/definition/definitions.js');
    const { asTemplateFindings } = await import('../../src/definition/template/load.js');
    const { runValidation } = await import('../../src/validate/index.js');
    const loaded = await loadDefinitions(file, {
      danglingRefs: 'report',
      ...(c.apiType ? { apiType: c.apiType } : {}),
    });
    const findings = [...loaded.problems];
    for (const spec of loaded.specs) findings.push(...asTemplateFindings(spec, await runValidation(spec)));
    return findingsOf(code, findings).sort((a, b) => a.line - b.line || a.path.localeCompare(b.path));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function codeTester(info: CodeInfo, cases: CodeCases): void {
  for (const c of cases.valid ?? [])
    test(`${info.id} valid: ${c.name}`, async () => assertFindings(info, await validateFindings(info.id, c), []));
  for (const c of cases.invalid ?? [])
    test(`${info.id} invalid: ${c.name}`, async () =>
      assertFindings(info, await validateFindings(info.id, c), c.errors));
}
