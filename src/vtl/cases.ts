/**
 * Golden tests: a folder of case files, each naming a target (operation or template), an event and
 * the expected result. The case format is documented in docs/test-template.md.
 */
import { existsSync } from 'node:fs';
import { readdir, realpath, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { createTwoFilesPatch } from 'diff';
import { Document, isMap, parseDocument, type YAMLMap } from 'yaml';
import { ApigwError, InputError } from '../core/errors.js';
import { DEFAULT_PARSE_LIMITS, mayHaveAliases, yamlAliasHit } from '../definition/parse-limits.js';
import { readBoundedText } from '../definition/read.js';
import { eventFromData, readEventFile } from './event.js';
import { runTarget, type Target } from './run.js';
import type { ParamValue, TemplateInput } from './types.js';
import { unreadableReason } from './read-error.js';

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
    throw new InputError(`cannot read cases folder: ${unreadableReason(error)}`, { file: dir });
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

/** What an `expect` block may check, in the order --update writes them. */
const EXPECT_KEYS = [
  'output',
  'json',
  'status',
  'headers',
  'overrides',
  'integrationRequest',
  'warnings',
  'error',
] as const;

/**
 * The folder case files may read from: the nearest folder at or above the cases folder holding
 * apigw.yaml or .git (the project), else the cases folder itself; `--root` names it instead.
 */
export function projectRoot(casesDir: string, explicit?: string): string {
  if (explicit) return resolve(explicit);
  let dir = resolve(casesDir);
  for (;;) {
    if (existsSync(join(dir, 'apigw.yaml')) || existsSync(join(dir, '.git'))) return dir;
    const up = dirname(dir);
    if (up === dir) return resolve(casesDir);
    dir = up;
  }
}

function inside(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

/**
 * A path named by a case file (`template:`, `spec:`, `eventFile:`), resolved against the case
 * file's folder and allowed only inside the project root, also after following symlinks, and only
 * a regular file: a case file from a pull request cannot make apigw read anything else.
 */
async function confined(root: string, caseFile: string, field: string, value: unknown): Promise<string> {
  const path = resolve(dirname(caseFile), String(value));
  const outside = () =>
    new InputError(
      `${field}: ${JSON.stringify(String(value))} is outside the project root ${root} (case files read only files inside it; --root widens it)`,
      { file: caseFile },
    );
  if (!inside(root, path)) throw outside();
  let real: string;
  try {
    real = await realpath(path);
  } catch (error) {
    throw new InputError(`${field}: cannot read ${JSON.stringify(String(value))}: ${unreadableReason(error)}`, {
      file: caseFile,
    });
  }
  if (!inside(await realpath(root), real)) throw outside();
  if (!(await stat(real)).isFile())
    throw new InputError(`${field}: ${JSON.stringify(String(value))} is not a regular file`, { file: caseFile });
  return path;
}

/** Absolute paths inside the root, in a message, as paths relative to the case file's folder. */
function relativePaths(message: string, root: string, caseFile: string): string {
  const base = dirname(caseFile);
  const pattern = new RegExp(`${root.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}/[^\\s:'"]*`, 'g');
  return message.replace(pattern, (abs) => relative(base, abs) || '.');
}

function parseCase(text: string, file: string): { doc: Document.Parsed; data: Record<string, any> } {
  const doc = parseDocument(text);
  if (doc.errors.length) {
    const message = doc.errors[0].message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
    throw new InputError(
      `case file is not valid YAML/JSON: ${/call stack/i.test(message) ? `nested more than ${DEFAULT_PARSE_LIMITS.maxDepth} levels deep` : message}`,
      { file, line: doc.errors[0].linePos?.[0]?.line, column: doc.errors[0].linePos?.[0]?.col },
    );
  }
  // A case file comes from a pull request: its aliases are measured as a definition's are.
  const hit = mayHaveAliases(text) ? yamlAliasHit(text, DEFAULT_PARSE_LIMITS) : undefined;
  if (hit) {
    const before = text.slice(0, hit.offset).split('\n');
    throw new InputError(
      `case file is not valid YAML/JSON: YAML ${hit.message.replace(/ \(raise the limit[^)]*\)$/, '')}`,
      {
        file,
        line: before.length,
        column: before[before.length - 1]!.length + 1,
      },
    );
  }
  let data: Record<string, any>;
  try {
    data = doc.toJS({ maxAliasCount: 100 }) as Record<string, any>;
  } catch (error) {
    // The YAML library's own guard ("Excessive alias count ...").
    throw new InputError(`case file is not valid YAML/JSON: ${(error as Error).message.split('\n')[0]}`, { file });
  }
  if (!data || typeof data !== 'object' || Array.isArray(data))
    throw new InputError('case must be a mapping', { file });
  if (
    data.expect !== undefined &&
    (typeof data.expect !== 'object' || data.expect === null || Array.isArray(data.expect))
  )
    throw new InputError('expect must be a mapping', { file });
  return { doc, data };
}

/** `expected` is a subset of `actual`: every key it names has an equal value there. */
function subsetDiff(label: string, expected: unknown, actual: unknown, out: string[]): void {
  if (
    expected &&
    typeof expected === 'object' &&
    !Array.isArray(expected) &&
    actual &&
    typeof actual === 'object' &&
    !Array.isArray(actual)
  ) {
    for (const [k, v] of Object.entries(expected))
      subsetDiff(`${label}.${k}`, v, (actual as Record<string, unknown>)[k], out);
    return;
  }
  const norm = (x: unknown) =>
    Array.isArray(x) ? x.map((y) => (typeof y === 'number' ? String(y) : y)) : typeof x === 'number' ? String(x) : x;
  if (!isDeepStrictEqual(norm(expected), norm(actual)))
    out.push(
      `${label}: expected ${JSON.stringify(expected)}, got ${actual === undefined ? 'nothing' : JSON.stringify(actual)}`,
    );
}

/** Drops empty maps so a recorded expectation names only what the template did. */
function nonEmpty(value: Record<string, unknown>): Record<string, unknown> | undefined {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) {
    if (v === undefined || v === null) continue;
    if (typeof v === 'object' && !Array.isArray(v)) {
      const inner = nonEmpty(v as Record<string, unknown>);
      if (inner) out[k] = inner;
    } else out[k] = v;
  }
  return Object.keys(out).length ? out : undefined;
}

export async function runCaseFile(
  file: string,
  update: boolean,
  root = projectRoot(dirname(file)),
  definitions = new Map<string, Promise<unknown>>(),
): Promise<CaseOutcome> {
  const started = Date.now();
  const outcome: CaseOutcome = { file, name: basename(file), ok: false, failures: [], updated: false, ms: 0 };
  try {
    return await runLoadedCase(file, update, root, outcome, started, definitions);
  } catch (error) {
    // One broken case file fails that case only: the run (and its JUnit report) goes on.
    const message =
      error instanceof ApigwError ? error.line : `internal error: ${(error as Error)?.message ?? String(error)}`;
    outcome.failures = [`case not run: ${relativePaths(message, root, file)}`];
    outcome.ok = false;
    outcome.ms = Date.now() - started;
    return outcome;
  }
}

async function runLoadedCase(
  file: string,
  update: boolean,
  root: string,
  outcome: CaseOutcome,
  started: number,
  definitions: Map<string, Promise<unknown>>,
): Promise<CaseOutcome> {
  let text: string;
  try {
    text = readBoundedText(file, undefined, 'a case file');
  } catch (error) {
    throw new InputError(`cannot read case file: ${unreadableReason(error)}`, { file });
  }
  const { doc, data } = parseCase(text, file);
  outcome.name = String(data.name ?? basename(file));
  let target: Target;
  if (data.template) target = { kind: 'template', file: await confined(root, file, 'template', data.template) };
  else if (data.spec && data.path && data.method)
    target = {
      kind: 'operation',
      spec: await confined(root, file, 'spec', data.spec),
      path: String(data.path),
      method: String(data.method),
    };
  else throw new InputError('case needs `template`, or `spec` + `path` + `method`', { file });
  let input: TemplateInput = {};
  if (data.eventFile) input = await readEventFile(await confined(root, file, 'eventFile', data.eventFile));
  else if (data.event) input = eventFromData(data.event, file);
  const expect = (data.expect ?? {}) as Record<string, any>;
  const recorded: Record<string, unknown> = {};
  let result;
  try {
    result = await runTarget(target!, input, {
      response:
        data.response === undefined
          ? undefined
          : typeof data.response === 'number'
            ? data.response
            : data.response === true,
      contentType: data.contentType,
      now: CASE_CLOCK,
      definitions,
    });
  } catch (error) {
    if (error instanceof InputError) throw error;
    if (!(error instanceof ApigwError)) throw error;
    const message = relativePaths(error.line, root, file);
    if (update) recorded.error = message;
    else if (expect.error === undefined) outcome.failures.push(`template failed: ${message}`);
    else if (!message.includes(String(expect.error)))
      outcome.failures.push(
        `error: expected to contain ${JSON.stringify(expect.error)}, got ${JSON.stringify(message)}`,
      );
    return finish(outcome, doc, text, file, update, recorded, started);
  }
  if (expect.error !== undefined && !update)
    outcome.failures.push(`expected an error containing ${JSON.stringify(expect.error)}, but the template rendered`);
  const methodResponse = result.template.methodResponse as
    { status: number; headers: Record<string, ParamValue> } | undefined;
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
      if (actual !== undefined) recorded.json = actual;
    } else if (actual !== undefined && !isDeepStrictEqual(actual, expect.json)) {
      outcome.failures.push(
        `output JSON differs:\n${unifiedDiff(JSON.stringify(expect.json, null, 2) + '\n', JSON.stringify(actual, null, 2) + '\n')}`,
      );
    }
  } else if (update) recorded.output = result.output;
  else if (!('output' in expect))
    outcome.failures.push('case has no expect.output or expect.json (run with --update to record it)');
  else if (String(expect.output) !== result.output)
    outcome.failures.push(`output differs:\n${unifiedDiff(String(expect.output), result.output)}`);

  if ('status' in expect || (update && status !== null && status !== undefined)) {
    if (update) recorded.status = status;
    else if (Number(expect.status) !== status)
      outcome.failures.push(`status: expected ${expect.status}, got ${status}`);
  }
  if (expect.headers || (update && headers && Object.keys(headers).length)) {
    if (update) recorded.headers = headers;
    else
      for (const [k, v] of Object.entries(expect.headers as Record<string, unknown>)) {
        const key = Object.keys(headers).find((h) => h.toLowerCase() === k.toLowerCase());
        const want = Array.isArray(v) ? v.map(String) : String(v);
        if (key === undefined)
          outcome.failures.push(`header ${k}: expected ${JSON.stringify(want)}, but it is not set`);
        else if (!isDeepStrictEqual(headers[key], want))
          outcome.failures.push(`header ${k}: expected ${JSON.stringify(want)}, got ${JSON.stringify(headers[key])}`);
      }
  }
  const overrides = nonEmpty({ request: result.requestOverrides, response: result.responseOverride });
  if (expect.overrides !== undefined || (update && overrides)) {
    if (update) recorded.overrides = overrides ?? {};
    else subsetDiff('overrides', expect.overrides, overrides ?? {}, outcome.failures);
  }
  const integrationRequest = result.template.integrationRequest as Record<string, unknown> | undefined;
  if (expect.integrationRequest !== undefined || (update && integrationRequest)) {
    if (update) recorded.integrationRequest = nonEmpty(integrationRequest ?? {}) ?? {};
    else if (!integrationRequest)
      outcome.failures.push(
        'integrationRequest: expected one, but this case sends no integration request (a bare template, the response side, or a rejected request)',
      );
    else subsetDiff('integrationRequest', expect.integrationRequest, integrationRequest, outcome.failures);
  }
  const warnings = result.warnings.map((w) => relativePaths(w, root, file));
  if (expect.warnings !== undefined || (update && warnings.length)) {
    if (update) recorded.warnings = warnings;
    else if (
      !isDeepStrictEqual((Array.isArray(expect.warnings) ? expect.warnings : [expect.warnings]).map(String), warnings)
    ) {
      const lines = (list: unknown[]) => (list.length ? `${list.map(String).join('\n')}\n` : '');
      outcome.failures.push(
        `warnings differ:\n${unifiedDiff(lines(Array.isArray(expect.warnings) ? expect.warnings : [expect.warnings]), lines(warnings))}`,
      );
    }
  }
  return finish(outcome, doc, text, file, update, recorded, started);
}

async function finish(
  outcome: CaseOutcome,
  doc: Document.Parsed,
  text: string,
  file: string,
  update: boolean,
  recorded: Record<string, unknown>,
  started: number,
): Promise<CaseOutcome> {
  if (update) {
    const next = file.endsWith('.json') ? jsonWithExpect(doc, recorded) : yamlWithExpect(doc, text, recorded);
    if (next !== text) {
      await writeFile(file, next);
      outcome.updated = true;
    }
    outcome.failures = [];
  }
  outcome.ok = outcome.failures.length === 0;
  outcome.ms = Date.now() - started;
  return outcome;
}

function jsonWithExpect(doc: Document.Parsed, recorded: Record<string, unknown>): string {
  const data = doc.toJS() as Record<string, any>;
  const expect = { ...(data.expect ?? {}) };
  for (const k of Object.keys(recorded)) expect[k] = recorded[k];
  if ('error' in recorded) for (const k of EXPECT_KEYS) if (k !== 'error') delete expect[k];
  return `${JSON.stringify({ ...data, expect }, null, 2)}\n`;
}

/** `key: value` as YAML at `indent` (multi-line strings as literal blocks, so a case reads like its output). */
function yamlPair(key: string, value: unknown, indent: string): string {
  const doc = new Document({ [key]: value });
  const node = (doc.contents as YAMLMap).items[0].value as { type?: string };
  if (typeof value === 'string' && value.includes('\n') && !/[ \t]\n|\r|[ \t]$/.test(value))
    node.type = 'BLOCK_LITERAL';
  return doc
    .toString({ lineWidth: 0 })
    .replace(/\n$/, '')
    .replace(/\n/g, `\n${indent}`)
    .replace(/\n\s+\n/g, '\n\n');
}

/**
 * Writes the recorded expectations into the case file's text, changing only the bytes of the keys
 * recorded under `expect` (comments, quoting and layout elsewhere stay as they were). If the file's
 * layout is one this cannot edit in place (a flow-style `expect: {...}`), the whole document is
 * written out instead; the result is always re-read and checked.
 */
function yamlWithExpect(doc: Document.Parsed, text: string, recorded: Record<string, unknown>): string {
  const keys = Object.keys(recorded);
  const remove =
    'error' in recorded ? EXPECT_KEYS.filter((k) => k !== 'error') : recorded.json !== undefined ? ['output'] : [];
  let next = text;
  const expectNode = doc.get('expect', true) as YAMLMap | undefined;
  if (expectNode === undefined) {
    const block = keys.map((k) => `  ${yamlPair(k, recorded[k], '  ')}`).join('\n');
    next = `${text}${text === '' || text.endsWith('\n') ? '' : '\n'}expect:\n${block}\n`;
  } else if (isMap(expectNode) && !expectNode.flow && expectNode.range) {
    // Edits from the end of the file backwards, so earlier offsets stay valid.
    const edits: Array<{ from: number; to: number; text: string }> = [];
    const firstKey = expectNode.items[0]?.key as { range?: [number, number, number] } | undefined;
    const lineStart = (at: number) => text.lastIndexOf('\n', at - 1) + 1;
    const indent = firstKey?.range ? ' '.repeat(firstKey.range[0] - lineStart(firstKey.range[0])) : '  ';
    for (const pair of expectNode.items) {
      const key = String((pair.key as { value?: unknown })?.value);
      const keyRange = (pair.key as { range?: [number, number, number] })?.range;
      const valueRange = (pair.value as { range?: [number, number, number] } | null)?.range;
      if (!keyRange) continue;
      const from = keyRange[0];
      let to = valueRange ? valueRange[1] : keyRange[2];
      if (key in recorded) {
        const pairText = yamlPair(key, recorded[key], indent);
        // A value that becomes several lines takes the old value's same-line comment with it.
        if (pairText.includes('\n') && valueRange) to = valueRange[2];
        const endsLine = text.slice(from, to).endsWith('\n');
        edits.push({ from, to, text: `${pairText}${endsLine ? '\n' : ''}` });
      } else if ((remove as readonly string[]).includes(key)) {
        const lineEnd = text.indexOf('\n', text.slice(from, to).endsWith('\n') ? to - 1 : to);
        edits.push({ from: lineStart(from), to: lineEnd < 0 ? text.length : lineEnd + 1, text: '' });
      }
    }
    const present = new Set(expectNode.items.map((p) => String((p.key as { value?: unknown })?.value)));
    const added = keys.filter((k) => !present.has(k));
    if (added.length) {
      const end = expectNode.range[1];
      const before = text.slice(0, end);
      const lead = before.endsWith('\n') ? '' : '\n';
      edits.push({
        from: end,
        to: end,
        text: `${lead}${added.map((k) => `${indent}${yamlPair(k, recorded[k], indent)}`).join('\n')}${lead ? '' : '\n'}`,
      });
    }
    for (const edit of edits.sort((a, b) => b.from - a.from))
      next = next.slice(0, edit.from) + edit.text + next.slice(edit.to);
  } else next = '';
  // Check the edit reads back as intended; otherwise write the whole document.
  const wanted = { ...((doc.toJS() as Record<string, any>).expect ?? {}) };
  for (const k of remove) delete wanted[k];
  Object.assign(wanted, recorded);
  try {
    const reread = parseDocument(next);
    if (
      next !== '' &&
      !reread.errors.length &&
      isDeepStrictEqual((reread.toJS() as Record<string, any>)?.expect, JSON.parse(JSON.stringify(wanted)))
    )
      return next;
  } catch {
    // fall through
  }
  for (const k of remove) doc.deleteIn(['expect', k]);
  for (const k of keys) doc.setIn(['expect', k], doc.createNode(recorded[k]));
  return doc.toString({ lineWidth: 0 });
}

export async function runCases(
  dir: string,
  update: boolean,
  root?: string,
  definitions = new Map<string, Promise<unknown>>(),
): Promise<CaseOutcome[]> {
  const files = await findCaseFiles(dir);
  if (files.length === 0)
    throw new InputError('no case files (*.case.yaml, *.case.yml, *.case.json) in this folder', { file: dir });
  const projectDir = projectRoot(dir, root);
  const out: CaseOutcome[] = [];
  // Each definition is loaded once per run, however many cases name it (issue #19).
  for (const f of files) {
    // --update records only cases that fail: a passing case keeps exactly what its author checks.
    const checked = await runCaseFile(f, false, projectDir, definitions);
    out.push(update && !checked.ok ? await runCaseFile(f, true, projectDir, definitions) : checked);
  }
  return out;
}

function xml(s: string): string {
  return s
    .replace(/[<>&"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;' })[c]!)
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, '');
}

/** `--cases --json`: the counts and each case (its file relative to cwd when inside it). */
export function casesToJson(outcomes: CaseOutcome[], cwd: string) {
  return {
    passed: outcomes.filter((o) => o.ok).length,
    failed: outcomes.filter((o) => !o.ok).length,
    updated: outcomes.filter((o) => o.updated).length,
    cases: outcomes.map((o) => ({
      name: o.name,
      file: o.file.startsWith(cwd + '/') ? o.file.slice(cwd.length + 1) : o.file,
      ok: o.ok,
      updated: o.updated,
      failures: o.failures,
    })),
  };
}

export function casesToJunit(outcomes: CaseOutcome[], cwd: string): string {
  const failures = outcomes.filter((o) => !o.ok).length;
  const total = outcomes.reduce((s, o) => s + o.ms, 0) / 1000;
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="apigw test-template" tests="${outcomes.length}" failures="${failures}" errors="0" time="${total.toFixed(3)}">`,
    `  <testsuite name="template cases" tests="${outcomes.length}" failures="${failures}" errors="0" time="${total.toFixed(3)}">`,
  ];
  for (const o of outcomes) {
    const file = o.file.startsWith(cwd + '/') ? o.file.slice(cwd.length + 1) : o.file;
    // Jenkins' JUnit schema (xunit-plugin junit-10.xsd) allows name, classname, time and group on a
    // testcase, and requires errors on a testsuite: the case file goes in classname, as lint's file does.
    lines.push(
      `    <testcase classname="${xml(file)}" name="${xml(o.name)}" time="${(o.ms / 1000).toFixed(3)}"${o.ok ? ' />' : '>'}`,
    );
    if (!o.ok) {
      lines.push(
        `      <failure message="${xml(o.failures[0].split('\n')[0])}">${xml(o.failures.join('\n\n'))}</failure>`,
      );
      lines.push('    </testcase>');
    }
  }
  lines.push('  </testsuite>', '</testsuites>', '');
  return lines.join('\n');
}
