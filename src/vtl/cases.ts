/**
 * Golden tests: a folder of case files, each naming a target (operation or template), an event and
 * the expected result. The case format is documented in docs/test-template.md.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { createTwoFilesPatch } from 'diff';
import { parseDocument } from 'yaml';
import { ApigwError, InputError } from '../core/errors.js';
import { eventFromData, readEventFile } from './event.js';
import { runTarget, type Target } from './run.js';
import type { TemplateInput } from './types.js';

/** Golden cases run on a fixed clock so `$context.requestTime*` are stable (an event can still set them). */
export const CASE_CLOCK = new Date('2024-01-01T00:00:00Z');

export interface CaseOutcome {
  file: string;
  name: string;
  ok: boolean;
  /** Human-readable failure: diffs, or the error. */
  failures: string[];
  updated: boolean;
  ms: number;
}

const CASE_FILE = /\.case\.(ya?ml|json)$/;

export async function findCaseFiles(dir: string): Promise<string[]> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true, recursive: true });
  } catch (error) {
    throw new InputError(`cannot read cases folder: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`, { file: dir });
  }
  return entries
    .filter((e) => e.isFile() && CASE_FILE.test(e.name))
    .map((e) => join((e as any).parentPath ?? (e as any).path ?? dir, e.name))
    .sort();
}

function unifiedDiff(expected: string, actual: string): string {
  return createTwoFilesPatch('expected', 'actual', expected, actual, '', '', { context: 3 })
    .split('\n')
    .slice(2) // drop the ==== and file header noise
    .join('\n')
    .trimEnd();
}

export async function runCaseFile(file: string, update: boolean): Promise<CaseOutcome> {
  const started = Date.now();
  const text = await readFile(file, 'utf8');
  const doc = parseDocument(text, { prettyErrors: false });
  if (doc.errors.length) throw new InputError(`case file is not valid YAML/JSON: ${doc.errors[0].message.split('\n')[0]}`, { file, line: doc.errors[0].linePos?.[0]?.line });
  const data = doc.toJS() as Record<string, any>;
  const name = String(data?.name ?? file);
  const base = dirname(file);
  const fail = (why: string): never => {
    throw new InputError(why, { file });
  };
  if (!data || typeof data !== 'object') fail('case must be a mapping');
  let target: Target;
  if (data.template) target = { kind: 'template', file: resolve(base, String(data.template)) };
  else if (data.spec && data.path && data.method) target = { kind: 'operation', spec: resolve(base, String(data.spec)), path: String(data.path), method: String(data.method) };
  else fail('case needs `template`, or `spec` + `path` + `method`');
  let input: TemplateInput = {};
  if (data.eventFile) input = await readEventFile(resolve(base, String(data.eventFile)));
  else if (data.event) input = eventFromData(data.event, file);
  const expect = data.expect ?? {};
  const outcome: CaseOutcome = { file, name, ok: true, failures: [], updated: false, ms: 0 };
  let result;
  try {
    result = await runTarget(target!, input, {
      response: data.response === undefined ? undefined : typeof data.response === 'number' ? data.response : data.response === true,
      contentType: data.contentType,
      now: CASE_CLOCK,
    });
  } catch (error) {
    if (error instanceof InputError) throw error;
    if (error instanceof ApigwError && expect.error !== undefined) {
      const message = error.line;
      if (update) {
        doc.setIn(['expect', 'error'], message);
        outcome.updated = true;
      } else if (!message.includes(String(expect.error))) outcome.failures.push(`error: expected to contain ${JSON.stringify(expect.error)}, got ${JSON.stringify(message)}`);
    } else if (error instanceof ApigwError) outcome.failures.push(`template failed: ${error.line}`);
    else throw error;
    return finish(outcome, doc, file, update, started);
  }
  if (expect.error !== undefined && !update) outcome.failures.push(`expected an error containing ${JSON.stringify(expect.error)}, but the template rendered`);
  const methodResponse = result.template.methodResponse as { status: number; headers: Record<string, string> } | undefined;
  const status = (result.template.status as number | undefined) ?? methodResponse?.status ?? result.statusOverride;
  const headers = methodResponse?.headers ?? result.headerOverrides;

  if ('json' in expect) {
    let actual: unknown;
    try {
      actual = JSON.parse(result.output);
    } catch (error) {
      if (!update) outcome.failures.push(`output is not JSON (${(error as Error).message}):\n${result.output}`);
    }
    if (update) {
      if (actual !== undefined) doc.setIn(['expect', 'json'], doc.createNode(actual));
    } else if (actual !== undefined && !isDeepStrictEqual(actual, expect.json)) {
      outcome.failures.push(`output JSON differs:\n${unifiedDiff(JSON.stringify(expect.json, null, 2) + '\n', JSON.stringify(actual, null, 2) + '\n')}`);
    }
  } else if (update) doc.setIn(['expect', 'output'], textNode(doc, result.output));
  else if (!('output' in expect)) outcome.failures.push('case has no expect.output or expect.json (run with --update to record it)');
  else if (String(expect.output) !== result.output) outcome.failures.push(`output differs:\n${unifiedDiff(String(expect.output), result.output)}`);

  if ('status' in expect || (update && status !== null && status !== undefined)) {
    if (update) doc.setIn(['expect', 'status'], status);
    else if (Number(expect.status) !== status) outcome.failures.push(`status: expected ${expect.status}, got ${status}`);
  }
  if (expect.headers || (update && headers && Object.keys(headers).length)) {
    if (update) doc.setIn(['expect', 'headers'], doc.createNode(headers));
    else for (const [k, v] of Object.entries(expect.headers as Record<string, unknown>)) {
      const key = Object.keys(headers).find((h) => h.toLowerCase() === k.toLowerCase());
      if (key === undefined) outcome.failures.push(`header ${k}: expected ${JSON.stringify(String(v))}, but it is not set`);
      else if (headers[key] !== String(v)) outcome.failures.push(`header ${k}: expected ${JSON.stringify(String(v))}, got ${JSON.stringify(headers[key])}`);
    }
  }
  if (update) outcome.updated = true;
  return finish(outcome, doc, file, update, started);
}

/** Multi-line outputs are written as YAML literal blocks so a case file reads like the output. */
function textNode(doc: ReturnType<typeof parseDocument>, text: string): unknown {
  const node = doc.createNode(text) as { type?: string };
  // A literal block cannot hold trailing spaces on the last line or a lone "\r"; keep quoting those.
  if (text.includes('\n') && !/[ \t]\n|\r|[ \t]$/.test(text)) node.type = 'BLOCK_LITERAL';
  return node;
}

async function finish(outcome: CaseOutcome, doc: ReturnType<typeof parseDocument>, file: string, update: boolean, started: number): Promise<CaseOutcome> {
  if (update && outcome.updated) {
    const isJson = file.endsWith('.json');
    await writeFile(file, isJson ? `${JSON.stringify(doc.toJS(), null, 2)}\n` : doc.toString({ lineWidth: 0 }));
    outcome.failures = [];
  }
  outcome.ok = outcome.failures.length === 0;
  outcome.ms = Date.now() - started;
  return outcome;
}

export async function runCases(dir: string, update: boolean): Promise<CaseOutcome[]> {
  const files = await findCaseFiles(dir);
  if (files.length === 0) throw new InputError('no case files (*.case.yaml, *.case.yml, *.case.json) in this folder', { file: dir });
  const out: CaseOutcome[] = [];
  for (const f of files) out.push(await runCaseFile(f, update));
  return out;
}

function xml(s: string): string {
  return s.replace(/[<>&"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;' })[c]!).replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, '');
}

export function casesToJunit(outcomes: CaseOutcome[], cwd: string): string {
  const failures = outcomes.filter((o) => !o.ok).length;
  const total = outcomes.reduce((s, o) => s + o.ms, 0) / 1000;
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="apigw test-template" tests="${outcomes.length}" failures="${failures}" time="${total.toFixed(3)}">`,
    `  <testsuite name="template cases" tests="${outcomes.length}" failures="${failures}" time="${total.toFixed(3)}">`,
  ];
  for (const o of outcomes) {
    const file = o.file.startsWith(cwd + '/') ? o.file.slice(cwd.length + 1) : o.file;
    lines.push(`    <testcase classname="${xml(file)}" name="${xml(o.name)}" file="${xml(file)}" time="${(o.ms / 1000).toFixed(3)}"${o.ok ? ' />' : '>'}`);
    if (!o.ok) {
      lines.push(`      <failure message="${xml(o.failures[0].split('\n')[0])}">${xml(o.failures.join('\n\n'))}</failure>`);
      lines.push('    </testcase>');
    }
  }
  lines.push('  </testsuite>', '</testsuites>', '');
  return lines.join('\n');
}
