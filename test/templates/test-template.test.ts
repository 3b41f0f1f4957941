import test from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { repoRoot, runCli } from '../support/cli.js';

const dir = resolve(repoRoot, 'test/fixtures/templates');
const tmp = mkdtempSync(join(tmpdir(), 'apigw-ws-'));
const event = (name: string, text: string) => {
  writeFileSync(join(tmp, name), text);
  return join(tmp, name);
};

test('--route $default: the SQS form body AWS sends for a message (WebSocket $context, $input is the message)', async () => {
  const r = await runCli(
    [
      'test-template',
      'websocket.yaml',
      '--route',
      '$default',
      '--event',
      event(
        'sqs.yaml',
        'request:\n  body: {MessageGroupId: g1, hello: world}\ncontext:\n  requestId: Ab1=\n  connectionId: Cd2=\n',
      ),
    ],
    { cwd: dir },
  );
  assert.equal(r.code, 0, r.stderr);
  assert.equal(
    r.stdout,
    'Action=SendMessage&MessageGroupId=g1&MessageDeduplicationId=Ab1=&MessageAttribute.1.Name=connectionId&MessageAttribute.1.Value.StringValue=Cd2=&MessageAttribute.1.Value.DataType=String&MessageBody=%7B%22MessageGroupId%22%3A%22g1%22%2C%22hello%22%3A%22world%22%7D',
  );
});

test('--route: TemplateSelectionExpression picks the template by the message; $default is the catch-all; --json tells which and where', async () => {
  const v2 = await runCli(
    [
      'test-template',
      'websocket.yaml',
      '--route',
      'sendmessage',
      '--json',
      '--event',
      event(
        'v2.json',
        '{"request": {"body": "{\\"action\\": \\"sendmessage\\", \\"format\\": \\"v2\\", \\"text\\": \\"hi \\\\\\"you\\\\\\"\\"}"}}',
      ),
    ],
    { cwd: dir },
  );
  assert.equal(v2.code, 0, v2.stderr);
  const out = JSON.parse(v2.stdout) as { output: string; template: Record<string, unknown> };
  assert.equal(
    out.output,
    '{"route": "sendmessage", "event": "MESSAGE", "connection": "Kx8Z1cKXoAMCJ1g=", "text": "hi \\"you\\""}',
  );
  assert.deepEqual(
    {
      key: out.template.key,
      reason: out.template.reason,
      integration: out.template.integration,
      line: (out.template.location as { line: number }).line,
    },
    {
      key: 'v2',
      reason: "TemplateSelectionExpression ${request.body.format} evaluates to 'v2'",
      integration: 'SendIntegration',
      line: 45,
    },
  );
  const other = await runCli(
    [
      'test-template',
      'websocket.yaml',
      '--route',
      'sendmessage',
      '--json',
      '--event',
      event('v1.yaml', 'request:\n  body: {action: sendmessage, format: v1}\n'),
    ],
    { cwd: dir },
  );
  const fallback = JSON.parse(other.stdout) as { output: string; template: { key: string; reason: string } };
  assert.equal(fallback.output, '{"connection": "Kx8Z1cKXoAMCJ1g=", "raw": {"action":"sendmessage","format":"v1"}}');
  assert.equal(
    fallback.template.reason,
    "TemplateSelectionExpression ${request.body.format} evaluates to 'v1', no such template: the $default template",
  );
});

test('--route: a route the API does not have, or no template, is one line with exit 2', async () => {
  const r = await runCli(['test-template', 'websocket.yaml', '--route', 'nope'], { cwd: dir });
  assert.equal(r.code, 2);
  assert.match(
    r.stderr,
    /^apigw: \S*websocket\.yaml:6: ChatApi has no route 'nope' \(routes: \$default, sendmessage\)\n$/,
  );
  const rest = await runCli(['test-template', 'sam-inline.yaml', '--route', '$default'], { cwd: dir });
  assert.equal(rest.code, 2);
  assert.match(rest.stderr, /no WebSocket API in this template/);
});

test("--path/--method on a template: a Method resource's request template renders, located in the template", async () => {
  const r = await runCli(
    [
      'test-template',
      'rest-resources.yaml',
      '--path',
      '/pets',
      '--method',
      'POST',
      '--json',
      '--event',
      event('pet.yaml', 'request: {body: {name: Rex}}\n'),
    ],
    { cwd: dir },
  );
  assert.equal(r.code, 0, r.stderr);
  const out = JSON.parse(r.stdout) as {
    output: string;
    template: { action: string; contentType: string; location: { file: string; line: number } };
  };
  // A REST request: $context has the method and resource path (built from the ParentId chain).
  assert.equal(out.output, '{"TableName": "pets", "Item": {"name": {"S": "Rex"}, "by": {"S": "POST /pets"}}}');
  assert.deepEqual(
    [out.template.action, out.template.contentType, out.template.location],
    ['template', 'application/json', { file: resolve(dir, 'rest-resources.yaml'), line: 71 }],
  );
  const inline = await runCli(['test-template', 'sam-inline.yaml', '--path', '/nope', '--method', 'GET'], { cwd: dir });
  assert.equal(inline.code, 2);
  assert.match(
    inline.stderr,
    /no API has the path \/nope \(APIs: ItemsApi, EventsApi\): pick one with --api LOGICAL_ID/,
  );
});

test('--route --response: the integration response the status selects (/regex/ key, else $default) and its template', async () => {
  const ok = await runCli(
    [
      'test-template',
      'websocket-responses.yaml',
      '--route',
      'echo',
      '--response',
      '--event',
      event(
        'echo.yaml',
        'integrationResponse:\n  statusCode: 201\n  body: {text: hi}\ncontext:\n  connectionId: Cd2=\n',
      ),
      '--json',
    ],
    { cwd: dir },
  );
  assert.equal(ok.code, 0, ok.stderr);
  const result = JSON.parse(ok.stdout) as { output: string; template: Record<string, unknown>; warnings: string[] };
  assert.equal(result.output, '{"echo": "hi", "connection": "Cd2=", "status": "echo"}');
  assert.equal(result.template.integrationResponse, 'EchoOk');
  assert.deepEqual(result.template.location, { file: resolve(dir, 'websocket-responses.yaml'), line: 37 });
  assert.deepEqual(result.warnings, []);

  const missing = await runCli(['test-template', 'websocket-responses.yaml', '--route', 'echo', '--response', '404'], {
    cwd: dir,
  });
  assert.equal(missing.code, 0, missing.stderr);
  assert.equal(missing.stdout.trim(), '{"error": "not found"}');

  const other = await runCli(
    [
      'test-template',
      'websocket-responses.yaml',
      '--route',
      'echo',
      '--response',
      '--event',
      event('other.yaml', 'integrationResponse:\n  statusCode: 500\n  body: {code: E1}\n'),
    ],
    { cwd: dir },
  );
  assert.equal(other.code, 0, other.stderr);
  assert.equal(other.stdout.trim(), '{"error": "backend answered E1"}');
});

test('--route --response on a proxy integration passes the backend output through; a one-way route says nothing is sent', async () => {
  const r = await runCli(
    [
      'test-template',
      'sam-websocket.yaml',
      '--route',
      'sendmessage',
      '--response',
      '--event',
      event('proxy.yaml', 'integrationResponse:\n  statusCode: 200\n  body: {ok: true}\n'),
      '--json',
    ],
    { cwd: dir },
  );
  assert.equal(r.code, 0, r.stderr);
  const result = JSON.parse(r.stdout) as { output: string; template: Record<string, unknown>; warnings: string[] };
  assert.equal(result.output, '{"ok":true}');
  assert.equal(result.template.action, 'passthrough');
  assert.deepEqual(result.warnings, [
    "route 'sendmessage' has no RouteResponseSelectionExpression: it is one-way, and nothing is sent back to the client",
  ]);
});

// AWS documentation examples, rendered from a template exactly as documented:
// - DG "Mapping template transformations for REST APIs" (models-mappings.html), the PetStore example:
//   its input data, mapping template and output data (the template in a Method resource's
//   RequestTemplates, and in a WebSocket route's, whose $input reads the message: DG
//   apigateway-websocket-api-mapping-template-reference);
// - DG apigateway-websocket-api-mapping-template-reference, $context.authorizer.property: an authorizer
//   context {"key": "value", "numKey": 1, "boolKey": true} reads as the strings "value", "1" and "true".
const PETSTORE_OUTPUT =
  '[\n  {\n    "description" : "Item 1 is a dog.",\n    "askingPrice" : 249.99\n  },\n  {\n    "description" : "Item 2 is a cat.",\n    "askingPrice" : 124.99\n  },\n  {\n    "description" : "Item 3 is a fish.",\n    "askingPrice" : 0.99\n  }\n]';
const PETS =
  '[{"id": 1, "type": "dog", "price": 249.99}, {"id": 2, "type": "cat", "price": 124.99}, {"id": 3, "type": "fish", "price": 0.99}]';

test('AWS documentation examples: the PetStore template of a REST Method resource renders the documented output', async () => {
  const r = await runCli(
    [
      'test-template',
      'aws-doc-examples.yaml',
      '--path',
      '/pets',
      '--method',
      'POST',
      '--event',
      event('petstore.yaml', `request:\n  body: '${PETS}'\n`),
    ],
    { cwd: dir },
  );
  assert.equal(r.code, 0, r.stderr);
  assert.equal(r.stdout, PETSTORE_OUTPUT);
  assert.deepEqual(JSON.parse(r.stdout), [
    { description: 'Item 1 is a dog.', askingPrice: 249.99 },
    { description: 'Item 2 is a cat.', askingPrice: 124.99 },
    { description: 'Item 3 is a fish.', askingPrice: 0.99 },
  ]);
});

test('AWS documentation examples: a WebSocket route renders the PetStore output from the message, and authorizer context values as strings', async () => {
  const pets = await runCli(
    [
      'test-template',
      'aws-doc-examples.yaml',
      '--route',
      'pets',
      '--event',
      event('ws-petstore.yaml', `request:\n  body: '{"action": "pets", "pets": ${PETS}}'\n`),
    ],
    { cwd: dir },
  );
  assert.equal(pets.code, 0, pets.stderr);
  assert.equal(pets.stdout, PETSTORE_OUTPUT);
  const context = await runCli(
    [
      'test-template',
      'aws-doc-examples.yaml',
      '--route',
      'context',
      '--event',
      event(
        'ws-context.yaml',
        'request:\n  body: {action: context}\ncontext:\n  authorizer: {key: value, numKey: 1, boolKey: true}\n',
      ),
    ],
    { cwd: dir },
  );
  assert.equal(context.code, 0, context.stderr);
  assert.equal(
    context.stdout,
    '{"key": "value", "numKey": "1", "boolKey": "true", "eventType": "MESSAGE", "routeKey": "context"}',
  );
});

test('--route on a template written with Fn::Sub: ${Name} prints as written (CloudFormation fills it), ${!x} is the VTL ${x}', async () => {
  const template = event(
    'sub.yaml',
    [
      'Resources:',
      '  Api:',
      '    Type: AWS::ApiGatewayV2::Api',
      '    Properties: {ProtocolType: WEBSOCKET, RouteSelectionExpression: $request.body.action}',
      '  Route:',
      '    Type: AWS::ApiGatewayV2::Route',
      '    Properties: {ApiId: !Ref Api, RouteKey: $default, Target: !Sub "integrations/${Integ}"}',
      '  Integ:',
      '    Type: AWS::ApiGatewayV2::Integration',
      '    Properties:',
      '      ApiId: !Ref Api',
      '      IntegrationType: AWS',
      '      TemplateSelectionExpression: \\$default',
      '      RequestTemplates:',
      // serverless-patterns apigw-websocket-api-sns / -connection-dynamodb write their templates so
      '        $default: !Sub \'{"TableName": "${Table}", "Topic": "$util.urlEncode("${Topic}")", "route": "${!context.routeKey}"}\'',
      '',
    ].join('\n'),
  );
  const r = await runCli([
    'test-template',
    template,
    '--route',
    '$default',
    '--event',
    event('m.yaml', 'request:\n  body: {}\n'),
  ]);
  assert.equal(r.code, 0, r.stderr);
  assert.equal(r.stdout, '{"TableName": "${Table}", "Topic": "%24%7BTopic%7D", "route": "$default"}');
  assert.match(r.stderr, /warning: Fn::Sub fills \$\{Table\}, \$\{Topic\} at deploy time; rendered as written/);
  assert.doesNotMatch(r.stderr, /is not defined/);
});
