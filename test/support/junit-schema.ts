/**
 * Checks a JUnit XML report against the rules of Jenkins' JUnit schema (xunit-plugin,
 * src/main/resources/org/jenkinsci/plugins/xunit/types/model/xsd/junit-10.xsd): which elements may
 * hold which, which attributes each allows and requires, and the time format of suites. Enough for
 * the well-formed, entity-escaped XML apigw writes; returns the violations, [] when valid.
 */
interface ElementRule {
  required: string[];
  optional: string[];
  children: string[];
  text?: boolean;
}

const rerun = ['rerunFailure', 'rerunError', 'flakyFailure', 'flakyError'];
const RULES: Record<string, ElementRule> = {
  testsuites: { required: [], optional: ['name', 'time', 'tests', 'failures', 'errors'], children: ['testsuite'] },
  testsuite: {
    required: ['name', 'tests', 'failures', 'errors'],
    optional: ['group', 'time', 'skipped', 'timestamp', 'hostname', 'id', 'package', 'file', 'log', 'url'],
    children: ['testsuite', 'properties', 'testcase', 'system-out', 'system-err'],
  },
  testcase: {
    required: ['name'],
    optional: ['time', 'classname', 'group'],
    children: ['skipped', 'error', 'failure', ...rerun, 'system-out', 'system-err'],
  },
  failure: { required: [], optional: ['type', 'message'], children: [], text: true },
  error: { required: [], optional: ['type', 'message'], children: [], text: true },
  skipped: { required: [], optional: ['type', 'message'], children: [], text: true },
  properties: { required: [], optional: [], children: ['property'] },
  property: { required: ['name', 'value'], optional: [], children: [] },
  'system-out': { required: [], optional: [], children: [], text: true },
  'system-err': { required: [], optional: [], children: [], text: true },
};
const SUITE_TIME = /^(([0-9]{0,3},)*[0-9]{3}|[0-9]{0,3})*(\.[0-9]*)?$/;

export function junitViolations(xml: string): string[] {
  const problems: string[] = [];
  const body = xml.replace(/^<\?xml[^>]*\?>\s*/, '').replace(/<!\[CDATA\[[\s\S]*?\]\]>/g, 'x');
  const stack: string[] = [];
  let roots = 0;
  for (const m of body.matchAll(/<(\/?)([\w-]+)((?:\s+[\w-]+="[^"]*")*)\s*(\/?)>|([^<]+)/g)) {
    const [, closing, name, attrText, selfClosing, text] = m;
    const parent = stack[stack.length - 1];
    if (text !== undefined) {
      if (text.trim() && !(parent && RULES[parent]?.text)) problems.push(`text inside <${parent ?? 'document'}>`);
      continue;
    }
    if (closing) {
      if (stack.pop() !== name) problems.push(`</${name}> closes another element`);
      continue;
    }
    const rule = RULES[name];
    if (!rule) {
      problems.push(`<${name}> is not a JUnit element`);
    } else {
      if (parent === undefined) {
        roots++;
        if (name !== 'testsuites' && name !== 'testsuite') problems.push(`<${name}> cannot be the root`);
      } else if (!RULES[parent]?.children.includes(name)) problems.push(`<${name}> cannot be inside <${parent}>`);
      const attrs = Object.fromEntries([...attrText.matchAll(/([\w-]+)="([^"]*)"/g)].map((a) => [a[1], a[2]]));
      for (const a of rule.required) if (!(a in attrs)) problems.push(`<${name}> lacks required attribute ${a}`);
      for (const a of Object.keys(attrs))
        if (!rule.required.includes(a) && !rule.optional.includes(a))
          problems.push(`<${name}> does not allow attribute ${a}`);
      if ((name === 'testsuite' || name === 'testsuites') && attrs.time !== undefined && !SUITE_TIME.test(attrs.time))
        problems.push(`<${name}> time="${attrs.time}" is not a number of seconds`);
    }
    if (!selfClosing) stack.push(name);
  }
  if (stack.length) problems.push(`unclosed <${stack.join('>, <')}>`);
  if (roots !== 1) problems.push(`${roots} root elements`);
  return [...new Set(problems)];
}
