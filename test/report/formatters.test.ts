/**
 * Each formatter on one fixed set of findings (test/fixtures/report/findings.ts), exact text.
 * Findings come in unsorted; every format prints them in compareFindings order.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatFindings } from '../../src/report/format.js';
import type { FormatOptions } from '../../src/report/types.js';
import { cwd, findings } from '../fixtures/report/findings.js';

const base: Omit<FormatOptions, 'format'> = { cwd, color: false };

test('stylish: grouped by file, aligned columns, 1-based positions, Spectral summary', () => {
  assert.equal(
    formatFindings(findings, { ...base, format: 'stylish' }),
    [
      'api/models dir/pet.yaml',
      ' 1:1  information  oas-intrinsic-undecided  value is a CloudFormation intrinsic (Fn::GetAtt): not checked  components.schemas.Pet',
      '',
      'api/openapi.yaml',
      '   3:7     hint  apigw-cors-wildcard        Value "a,b:c" is 100% <wild> & ]]> done second line  x-amazon-apigateway-cors.allowOrigins.0',
      "  11:5    error  oas-schema                 must have required property 'responses'              paths./pets.get",
      ' 20:26  warning  apigw-integration-timeout  timeoutInMillis 40000 exceeds the 29000 ms limit     paths./pets.get.x-amazon-apigateway-integration.timeoutInMillis',
      '',
      '\u2716 4 problems (1 error, 1 warning, 1 info, 1 hint)',
      '',
    ].join('\n'),
  );
});

test('stylish: singular words, files outside cwd stay absolute', () => {
  const one = [{ ...findings[1]!, source: '/elsewhere/x.json' }];
  assert.equal(
    formatFindings(one, { ...base, format: 'stylish' }),
    "/elsewhere/x.json\n 11:5  error  oas-schema  must have required property 'responses'  paths./pets.get\n\n\u2716 1 problem (1 error, 0 warnings, 0 infos, 0 hints)\n",
  );
});

test('stylish: clean run says so, and says nothing under --quiet', () => {
  assert.equal(formatFindings([], { ...base, format: 'stylish' }), 'No problems found.\n');
  assert.equal(formatFindings([], { ...base, format: 'stylish', quiet: true }), '');
});

test('stylish: colour codes only when asked', () => {
  const plain = formatFindings(findings, { ...base, format: 'stylish' });
  assert.doesNotMatch(plain, /\u001b\[/);
  const coloured = formatFindings([findings[1]!], { ...base, format: 'stylish', color: true });
  assert.equal(
    coloured,
    '\u001b[4mapi/openapi.yaml\u001b[24m\n' +
      " \u001b[2m11:5\u001b[22m  \u001b[31merror\u001b[39m  oas-schema  must have required property 'responses'  paths./pets.get\n\n" +
      '\u001b[31m\u001b[1m\u2716 1 problem (1 error, 0 warnings, 0 infos, 0 hints)\u001b[22m\u001b[39m\n',
  );
});

test("json: Spectral's shape (numeric severity, 0-based range, absolute source, tabs)", () => {
  const text = formatFindings(findings, { ...base, format: 'json' });
  assert.ok(text.startsWith('[\n\t{\n\t\t"code": "oas-intrinsic-undecided",\n\t\t"path": [\n\t\t\t"components",'));
  assert.deepEqual(JSON.parse(text), [
    {
      code: 'oas-intrinsic-undecided',
      path: ['components', 'schemas', 'Pet'],
      message: 'value is a CloudFormation intrinsic (Fn::GetAtt): not checked',
      severity: 2,
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 3 } },
      source: '/proj/api/models dir/pet.yaml',
    },
    {
      code: 'apigw-cors-wildcard',
      path: ['x-amazon-apigateway-cors', 'allowOrigins', 0],
      message: 'Value "a,b:c" is 100% <wild> & ]]> done\nsecond line',
      severity: 3,
      range: { start: { line: 2, character: 6 }, end: { line: 2, character: 13 } },
      source: '/proj/api/openapi.yaml',
    },
    {
      code: 'oas-schema',
      path: ['paths', '/pets', 'get'],
      message: "must have required property 'responses'",
      severity: 0,
      range: { start: { line: 10, character: 4 }, end: { line: 14, character: 0 } },
      source: '/proj/api/openapi.yaml',
    },
    {
      code: 'apigw-integration-timeout',
      path: ['paths', '/pets', 'get', 'x-amazon-apigateway-integration', 'timeoutInMillis'],
      message: 'timeoutInMillis 40000 exceeds the 29000 ms limit',
      severity: 1,
      range: { start: { line: 19, character: 25 }, end: { line: 19, character: 30 } },
      source: '/proj/api/openapi.yaml',
      documentationUrl: 'https://example.test/rules/apigw-integration-timeout',
    },
  ]);
  // Key order is Spectral's: tools that diff the text see the same layout.
  assert.deepEqual(Object.keys(JSON.parse(text)[3]), [
    'code',
    'path',
    'message',
    'severity',
    'range',
    'source',
    'documentationUrl',
  ]);
  assert.equal(formatFindings([], { ...base, format: 'json' }), '[]\n');
});

test('junit: one suite per file, one failing case per finding, XML and CDATA escaped', () => {
  assert.equal(
    formatFindings(findings, { ...base, format: 'junit' }),
    `<?xml version="1.0" encoding="utf-8"?>
<testsuites>
<testsuite package="org.apigw" time="0" tests="1" errors="0" failures="1" name="api/models dir/pet.yaml">
<testcase time="0" name="org.apigw.oas-intrinsic-undecided(/components/schemas/Pet)" classname="api/models dir/pet"><failure message="value is a CloudFormation intrinsic (Fn::GetAtt): not checked" type="info"><![CDATA[line 1, col 1, value is a CloudFormation intrinsic (Fn::GetAtt): not checked (oas-intrinsic-undecided) at path /components/schemas/Pet]]></failure></testcase>
</testsuite>
<testsuite package="org.apigw" time="0" tests="3" errors="0" failures="3" name="api/openapi.yaml">
<testcase time="0" name="org.apigw.apigw-cors-wildcard(/x-amazon-apigateway-cors/allowOrigins/0)" classname="api/openapi"><failure message="Value &quot;a,b:c&quot; is 100% &lt;wild&gt; &amp; ]]&gt; done&#10;second line" type="hint"><![CDATA[line 3, col 7, Value "a,b:c" is 100% <wild> & ]]]]><![CDATA[> done
second line (apigw-cors-wildcard) at path /x-amazon-apigateway-cors/allowOrigins/0]]></failure></testcase>
<testcase time="0" name="org.apigw.oas-schema(/paths/~1pets/get)" classname="api/openapi"><failure message="must have required property &apos;responses&apos;" type="error"><![CDATA[line 11, col 5, must have required property 'responses' (oas-schema) at path /paths/~1pets/get]]></failure></testcase>
<testcase time="0" name="org.apigw.apigw-integration-timeout(/paths/~1pets/get/x-amazon-apigateway-integration/timeoutInMillis)" classname="api/openapi"><failure message="timeoutInMillis 40000 exceeds the 29000 ms limit" type="warn"><![CDATA[line 20, col 26, timeoutInMillis 40000 exceeds the 29000 ms limit (apigw-integration-timeout) at path /paths/~1pets/get/x-amazon-apigateway-integration/timeoutInMillis, https://example.test/rules/apigw-integration-timeout]]></failure></testcase>
</testsuite>
</testsuites>
`,
  );
});

test('junit: findings below --fail-severity are left out (as Spectral), checked clean files pass', () => {
  assert.equal(
    formatFindings(findings, {
      ...base,
      format: 'junit',
      failSeverity: 'error',
      files: ['/proj/api/openapi.yaml', '/proj/clean.json'],
    }),
    `<?xml version="1.0" encoding="utf-8"?>
<testsuites>
<testsuite package="org.apigw" time="0" tests="1" errors="0" failures="1" name="api/openapi.yaml">
<testcase time="0" name="org.apigw.oas-schema(/paths/~1pets/get)" classname="api/openapi"><failure message="must have required property &apos;responses&apos;" type="error"><![CDATA[line 11, col 5, must have required property 'responses' (oas-schema) at path /paths/~1pets/get]]></failure></testcase>
</testsuite>
<testsuite package="org.apigw" time="0" tests="1" errors="0" failures="0" name="clean.json">
<testcase time="0" name="clean.json" classname="clean" />
</testsuite>
</testsuites>
`,
  );
});

test('junit: characters XML cannot carry are shown escaped (the XML stays valid)', () => {
  const bad = [{ ...findings[1]!, message: 'nul\u0000 here' }];
  const text = formatFindings(bad, { ...base, format: 'junit' });
  assert.match(text, /message="nul\\u0000 here"/);
  assert.match(text, /CDATA\[line 11, col 5, nul\\u0000 here/);
});

test('github: workflow commands, relative file, escaped data and properties', () => {
  assert.equal(
    formatFindings(findings, { ...base, format: 'github' }),
    [
      '::notice file=api/models dir/pet.yaml,line=1,endLine=1,col=1,endColumn=4,title=oas-intrinsic-undecided::value is a CloudFormation intrinsic (Fn::GetAtt): not checked',
      '::notice file=api/openapi.yaml,line=3,endLine=3,col=7,endColumn=14,title=apigw-cors-wildcard::Value "a,b:c" is 100%25 <wild> & ]]> done%0Asecond line',
      // Multi-line range: no columns (GitHub accepts columns on one-line annotations only).
      "::error file=api/openapi.yaml,line=11,endLine=15,title=oas-schema::must have required property 'responses'",
      '::warning file=api/openapi.yaml,line=20,endLine=20,col=26,endColumn=31,title=apigw-integration-timeout::timeoutInMillis 40000 exceeds the 29000 ms limit',
      '',
    ].join('\n'),
  );
});

test('github: ":" "," "%" CR LF in properties are escaped', () => {
  const odd = [{ ...findings[1]!, source: '/proj/a,b:c%d.yaml', code: 'x:y,z\r\n' }];
  assert.equal(
    formatFindings(odd, { ...base, format: 'github' }),
    "::error file=a%2Cb%3Ac%25d.yaml,line=11,endLine=15,title=x%3Ay%2Cz%0D%0A::must have required property 'responses'\n",
  );
  assert.equal(formatFindings([], { ...base, format: 'github' }), '');
});
