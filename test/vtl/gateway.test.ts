/**
 * Gateway behaviour around templates. Sources: reference §2.1.3/§2.1.5/§2.1.6/§2.1.7 (BOTO-V1
 * Integration.passthroughBehavior; DG request-response-data-mappings) and LocalStack's AWS-recorded
 * snapshots (tests/aws/services/apigateway/test_apigateway_integrations.snapshot.json).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  mapRequestParameters,
  mapResponseParameters,
  mockStatus,
  selectIntegrationResponse,
  selectRequestTemplate,
  selectResponseTemplate,
  simulate,
} from '../../src/vtl/gateway/index.js';
import { defaultContext } from '../../src/vtl/index.js';

const templates = { 'application/json': 'J', 'application/xml': 'X' };

test('request template by Content-Type; missing Content-Type means application/json; parameters ignored', () => {
  assert.equal((selectRequestTemplate(templates, undefined, 'application/xml; charset=UTF-8') as any).template, 'X');
  const c = selectRequestTemplate(templates, undefined, undefined);
  assert.equal(c.action, 'template');
  assert.equal((c as any).template, 'J');
});

test('passthroughBehavior: WHEN_NO_MATCH passes through, WHEN_NO_TEMPLATES 415s when templates exist, NEVER always 415s', () => {
  assert.equal(selectRequestTemplate(templates, 'when_no_match', 'text/plain').action, 'passthrough');
  assert.equal(selectRequestTemplate(undefined, undefined, 'text/plain').action, 'passthrough');
  assert.deepEqual(
    { ...selectRequestTemplate(templates, 'WHEN_NO_TEMPLATES', 'text/plain'), reason: '' },
    { action: 'reject', status: 415, message: 'Unsupported Media Type', reason: '' },
  );
  assert.equal(selectRequestTemplate({}, 'WHEN_NO_TEMPLATES', 'text/plain').action, 'passthrough');
  assert.equal(selectRequestTemplate({}, 'NEVER', 'text/plain').action, 'reject');
  assert.equal(selectRequestTemplate(templates, 'NEVER', 'application/json').action, 'template');
});

test('requestParameters: path, query, header, multi-value, body JSONPath, stage variables, context, static', () => {
  const input = {
    request: {
      pathParameters: { id: '7' },
      query: { tag: ['a', 'b'], q: 'x' },
      headers: { 'x-Token': 't' },
      body: '{"user":{"name":"Rex"}}',
    },
    stageVariables: { env: 'dev' },
  };
  const mapped = mapRequestParameters(
    {
      'integration.request.path.petId': 'method.request.path.id',
      'integration.request.querystring.tag': 'method.request.querystring.tag',
      'integration.request.querystring.tags': 'method.request.multivaluequerystring.tag',
      'integration.request.header.X-Token': 'method.request.header.X-TOKEN',
      'integration.request.header.X-User': 'method.request.body.user.name',
      'integration.request.header.X-Env': 'stageVariables.env',
      'integration.request.header.X-Request-Id': 'context.requestId',
      'integration.request.header.Content-Type': "'application/x-amz-json-1.1'",
      'integration.request.querystring.absent': 'method.request.querystring.nope',
    },
    input,
    defaultContext(input, new Date(0)),
  );
  assert.deepEqual(mapped, {
    path: { petId: '7' },
    querystring: { tag: 'b', tags: 'a,b' },
    header: {
      'X-Token': 't',
      'X-User': 'Rex',
      'X-Env': 'dev',
      'X-Request-Id': 'c6af9ac6-7b61-11e6-9a41-93e8deadbeef',
      'Content-Type': 'application/x-amz-json-1.1',
    },
    warnings: [],
  });
});

test('integration response selection: status regex for HTTP, errorMessage for Lambda, default otherwise', () => {
  const responses = {
    '2\\d{2}': { statusCode: '200' },
    '4\\d{2}': { statusCode: '400' },
    default: { statusCode: '500' },
  };
  assert.equal(selectIntegrationResponse(responses, '201', 'status code')?.statusCode, 200);
  assert.equal(selectIntegrationResponse(responses, '404', 'status code')?.statusCode, 400);
  assert.equal(selectIntegrationResponse(responses, '503', 'status code')?.pattern, 'default');
  // Whole-string match: "2\d{2}" does not select "2000".
  assert.equal(selectIntegrationResponse(responses, '2000', 'status code')?.pattern, 'default');
  assert.equal(selectIntegrationResponse({ '2\\d{2}': { statusCode: '200' } }, '500', 'status code'), null);
  const lambda = { '.*Not Found.*': { statusCode: '404' }, default: { statusCode: '200' } };
  assert.equal(selectIntegrationResponse(lambda, 'Pet Not Found', 'Lambda errorMessage')?.statusCode, 404);
  assert.equal(selectIntegrationResponse(lambda, undefined, 'Lambda errorMessage')?.statusCode, 200);
});

test('response template by Accept, else application/json, else the first', () => {
  assert.equal((selectResponseTemplate(templates, 'application/xml') as any).template, 'X');
  assert.equal((selectResponseTemplate(templates, 'text/html') as any).template, 'J');
  assert.equal((selectResponseTemplate({ 'text/html': 'H', 'text/plain': 'P' }, undefined) as any).template, 'H');
  assert.equal(selectResponseTemplate({}, 'application/json').action, 'passthrough');
});

test('responseParameters map integration response headers, body fields and static values', () => {
  const input = { integrationResponse: { headers: { 'X-Backend': 'b1' }, body: '{"id": 7}' } };
  assert.deepEqual(
    mapResponseParameters(
      {
        'method.response.header.X-Id': 'integration.response.body.id',
        'method.response.header.X-Backend': 'integration.response.header.x-backend',
        'method.response.header.Access-Control-Allow-Origin': "'*'",
      },
      input,
      {},
    ),
    { headers: { 'X-Id': '7', 'X-Backend': 'b1', 'Access-Control-Allow-Origin': '*' }, warnings: [] },
  );
});

test('MOCK statusCode parsing tolerates the unquoted key CDK writes', () => {
  assert.equal(mockStatus('{"statusCode": 200}'), 200);
  assert.equal(mockStatus('{statusCode: 204}'), 204);
  assert.equal(mockStatus('{"statusCode": "200"}'), null);
  assert.equal(mockStatus(''), null);
});

test('MOCK end to end: LS-integrations test_integration_mock_with_response_override_in_request_template', () => {
  const integration = {
    type: 'MOCK',
    requestTemplates: {
      'application/json':
        '#set($context.responseOverride.status = 444)\n#set($context.responseOverride.header.foo = "bar")\n#set($context.responseOverride.custom = "is also passed around")\n{\n  "statusCode": 200\n}\n',
    },
    responses: {
      '2\\d{2}': {
        statusCode: '200',
        responseTemplates: {
          'application/json':
            '#set($statusOverride = $context.responseOverride.status)\n#set($fooHeader = $context.responseOverride.header.foo)\n#set($custom = $context.responseOverride.custom)\n{\n    "statusOverride": "$statusOverride",\n    "fooHeader": "$fooHeader",\n    "custom": "$custom"\n}\n',
        },
      },
    },
  };
  const inv = simulate(integration, { request: { method: 'GET' } });
  assert.equal(inv.status, 444);
  assert.equal(inv.headers.foo, 'bar');
  assert.deepEqual(JSON.parse(inv.body), { custom: 'is also passed around', fooHeader: 'bar', statusOverride: '444' });
  // [False] variant: no response template -> empty body, status still 444.
  const bare = simulate(
    { ...integration, responses: { '2\\d{2}': { statusCode: '200' } } },
    { request: { method: 'GET' } },
  );
  assert.deepEqual([bare.status, bare.body], [444, '']);
});

test('MOCK end to end: LS-integrations test_integration_mock_with_request_overrides_in_response_template', () => {
  const integration = {
    type: 'MOCK',
    requestTemplates: {
      'application/json':
        '#set($body = $util.base64Decode($input.params(\'testPath\')))\n#set($context.requestOverride.path.body = $body)\n{\n  "statusCode": 200\n}\n',
    },
    responses: {
      '2\\d{2}': {
        statusCode: '200',
        responseTemplates: {
          'application/json':
            '#set($body = $util.parseJson($context.requestOverride.path.body))\n#set($inputBody = $body.message)\n#if($inputBody == "path1")\n{\n   "response": "path was path one"\n}\n#elseif($inputBody == "path2")\n{\n   "response": "path was path two"\n}\n#else\n{\n  "response": "this is the else clause"\n}\n#end\n',
        },
      },
    },
  };
  const call = (message: string) => {
    const testPath = Buffer.from(JSON.stringify({ message })).toString('base64');
    // The response template reads what the request template put into requestOverride, so carry it as AWS does.
    const inv = simulate(integration, { request: { method: 'GET', pathParameters: { testPath } } });
    return inv;
  };
  // Snapshot "invoke-path1" / "invoke-path2" / "invoke-path-else".
  assert.deepEqual(JSON.parse(call('path1').body), { response: 'path was path one' });
  assert.deepEqual(JSON.parse(call('path2').body), { response: 'path was path two' });
  assert.deepEqual(JSON.parse(call('whatever').body), { response: 'this is the else clause' });
});

test('415 from passthroughBehavior NEVER ends the invocation', () => {
  const inv = simulate(
    {
      type: 'http',
      passthroughBehavior: 'NEVER',
      requestTemplates: { 'application/json': '{}' },
      responses: { default: { statusCode: '200' } },
    },
    { request: { headers: { 'Content-Type': 'text/plain' }, body: 'x' } },
  );
  assert.deepEqual([inv.status, inv.body], [415, '{"message": "Unsupported Media Type"}']);
});
