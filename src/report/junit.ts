/**
 * JUnit XML as Spectral writes it (packages/formatters/src/junit.ts): one <testsuite> per file,
 * one failing <testcase> per finding at or above the fail severity, details in CDATA. Differences,
 * on purpose: file names are relative to `cwd` (CI artefacts move between machines), and files
 * that were checked and are clean appear as one passing test case, so a CI dashboard shows them.
 */
import { atLeast, type Finding } from '../core/finding.js';
import { displayPath, jsonPointer } from './locations.js';
import { groupBySource } from './summary.js';
import type { FormatOptions } from './types.js';

export function formatJunit(
  findings: readonly Finding[],
  options: Pick<FormatOptions, 'cwd' | 'failSeverity' | 'files'>,
): string {
  const failing = findings.filter((f) => atLeast(f.severity, options.failSeverity ?? 'hint'));
  const groups = groupBySource(failing);
  for (const file of options.files ?? []) if (!groups.has(file)) groups.set(file, []);

  let out = '<?xml version="1.0" encoding="utf-8"?>\n<testsuites>\n';
  for (const [source, group] of groups) {
    const name = displayPath(source, options.cwd);
    const classname = name.replace(/\.[^./]*$/, '');
    if (group.length === 0) {
      out += `<testsuite package="org.apigw" time="0" tests="1" errors="0" failures="0" name="${attr(name)}">\n`;
      out += `<testcase time="0" name="${attr(name)}" classname="${attr(classname)}" />\n`;
      out += '</testsuite>\n';
      continue;
    }
    out += `<testsuite package="org.apigw" time="0" tests="${group.length}" errors="0" failures="${group.length}" name="${attr(name)}">\n`;
    for (const f of group) {
      const pointer = jsonPointer(f.path);
      const caseName = `org.apigw.${f.code}${pointer ? `(${pointer})` : ''}`;
      let detail = `line ${f.range.start.line + 1}, col ${f.range.start.character + 1}, ${f.message} (${f.code}) at path ${pointer || '/'}`;
      if (f.documentationUrl) detail += `, ${f.documentationUrl}`;
      out += `<testcase time="0" name="${attr(caseName)}" classname="${attr(classname)}">`;
      out += `<failure message="${attr(f.message)}" type="${attr(f.severity)}"><![CDATA[${cdata(detail)}]]></failure>`;
      out += '</testcase>\n';
    }
    out += '</testsuite>\n';
  }
  return out + '</testsuites>\n';
}

/** Characters XML 1.0 cannot carry at all (even escaped); user data can hold them. */
// eslint-disable-next-line no-control-regex
const INVALID_XML = /[^\x09\x0A\x0D\x20-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

function attr(text: string): string {
  return text
    .replace(INVALID_XML, '\uFFFD')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
    .replace(/\n/g, '&#10;')
    .replace(/\r/g, '&#13;')
    .replace(/\t/g, '&#9;');
}

/** `]]>` cannot appear inside CDATA: split the section around it. */
function cdata(text: string): string {
  return text.replace(INVALID_XML, '\uFFFD').replace(/]]>/g, ']]]]><![CDATA[>');
}
