/**
 * Each change kind on a pair of definitions: the rule that reports it, its classification and the
 * exact message. The base is a small REST API; each case edits a copy of it.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { compareModels } from '../../src/diff/compare.js';
import { modelFromOpenApi } from '../../src/diff/from-openapi.js';
import { DIFF_RULES } from '../../src/diff/rules.js';
import { compareWebSocketApis, type WsApiModel, type WsRouteModel } from '../../src/diff/websocket.js';
import type { ApiModel, StageModel } from '../../src/diff/model.js';

const LAMBDA =
  'arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:1:function:pets/invocations';

function base(): any {
  return {
    openapi: '3.0.1',
    info: { title: 't', version: '1' },
    'x-amazon-apigateway-request-validators': { body: { validateRequestBody: true, validateRequestParameters: false } },
    paths: {
      '/pets': {
        get: {
          parameters: [{ name: 'limit', in: 'query' }],
          responses: { '200': { description: 'ok', headers: { 'X-Total': { schema: { type: 'string' } } } } },
          'x-amazon-apigateway-integration': {
            type: 'aws',
            httpMethod: 'POST',
            uri: LAMBDA,
            requestTemplates: { 'application/json': '{"limit": "$input.params(\'limit\')"}\n' },
            responses: { default: { statusCode: '200' } },
          },
        },
        post: {
          requestBody: {
            content: { 'application/json': { schema: { type: 'object', properties: { name: { type: 'string' } } } } },
          },
          responses: { '201': { description: 'created' } },
          security: [{ cognito: ['pets/write'] }],
          'x-amazon-apigateway-integration': { type: 'aws_proxy', httpMethod: 'POST', uri: LAMBDA },
        },
      },
    },
    components: {
      securitySchemes: {
        cognito: {
          type: 'apiKey',
          name: 'Authorization',
          in: 'header',
          'x-amazon-apigateway-authorizer': {
            type: 'cognito_user_pools',
            providerARNs: ['arn:aws:cognito-idp:us-east-1:1:userpool/a'],
          },
        },
        lambda: {
          type: 'apiKey',
          name: 'Authorization',
          in: 'header',
          'x-amazon-apigateway-authorizer': { type: 'token', authorizerUri: LAMBDA },
        },
        api_key: { type: 'apiKey', name: 'x-api-key', in: 'header' },
      },
    },
  };
}

/** Rule ids reported by any case, so the last test can check that no rule goes untested. */
const seen = new Set<string>();
function compare(a: ApiModel, b: ApiModel) {
  const changes = compareModels(a, b);
  for (const c of changes) seen.add(c.rule);
  return changes;
}

type Expect = [rule: string, classification: string, scope: string, message: string];

function diff(edit: (doc: any) => void, apiType: 'rest' | 'http' = 'rest', before = base()): Expect[] {
  const after = structuredClone(before);
  edit(after);
  const changes = compare(modelFromOpenApi(before, { type: apiType }), modelFromOpenApi(after, { type: apiType }));
  return changes.map((c) => [c.rule, c.classification, c.scope, c.message]);
}

const get = (doc: any) => doc.paths['/pets'].get;
const post = (doc: any) => doc.paths['/pets'].post;

describe('diff classification', () => {
  it('reports nothing for an identical copy', () => {
    assert.deepEqual(
      diff(() => {}),
      [],
    );
  });

  it('operations added and removed', () => {
    assert.deepEqual(
      diff((d) => (d.paths['/pets'].delete = { responses: {} })),
      [['operation-added', 'safe', 'DELETE /pets', 'route added']],
    );
    assert.deepEqual(
      diff((d) => delete d.paths['/pets'].post),
      [['operation-removed', 'breaking', 'POST /pets', 'route removed']],
    );
  });

  it('x-amazon-apigateway-any-method is the ANY route', () => {
    assert.deepEqual(
      diff((d) => (d.paths['/{proxy+}'] = { 'x-amazon-apigateway-any-method': { responses: {} } })),
      [['operation-added', 'safe', 'ANY /{proxy+}', 'route added']],
    );
  });

  it('parameters: required-ness and location', () => {
    assert.deepEqual(
      diff((d) => get(d).parameters.push({ name: 'sort', in: 'query', required: true })),
      [['parameter-added-required', 'breaking', 'GET /pets', 'query parameter "sort" added (required)']],
    );
    assert.deepEqual(
      diff((d) => get(d).parameters.push({ name: 'X-Page', in: 'header' })),
      [['parameter-added-optional', 'safe', 'GET /pets', 'header parameter "x-page" added (optional)']],
    );
    assert.deepEqual(
      diff((d) => (get(d).parameters[0].required = true)),
      [['parameter-made-required', 'breaking', 'GET /pets', 'query parameter "limit" is now required']],
    );
    assert.deepEqual(
      diff((d) => (get(d).parameters[0].in = 'header')),
      [
        ['parameter-added-optional', 'safe', 'GET /pets', 'header parameter "limit" added (optional)'],
        ['parameter-removed', 'risky', 'GET /pets', 'query parameter "limit" removed'],
      ],
    );
    const required = base();
    get(required).parameters[0].required = true;
    assert.deepEqual(
      diff((d) => delete get(d).parameters[0].required, 'rest', required),
      [['parameter-made-optional', 'safe', 'GET /pets', 'query parameter "limit" is now optional']],
    );
  });

  it('request bodies: content types and schemas, validated or not', () => {
    assert.deepEqual(
      diff((d) => (post(d).requestBody.content['application/xml'] = { schema: { type: 'object' } })),
      [['request-content-type-added', 'safe', 'POST /pets', 'request body application/xml added']],
    );
    assert.deepEqual(
      diff((d) => (post(d).requestBody.content = {})),
      [['request-content-type-removed', 'risky', 'POST /pets', 'request body application/json removed']],
    );
    const required = (d: any) => (post(d).requestBody.content['application/json'].schema.required = ['name']);
    assert.deepEqual(diff(required), [
      ['request-schema-changed', 'safe', 'POST /pets', 'request body application/json schema changed'],
    ]);
    const validated = base();
    post(validated)['x-amazon-apigateway-request-validator'] = 'body';
    assert.deepEqual(diff(required, 'rest', validated), [
      ['request-schema-changed-validated', 'risky', 'POST /pets', 'request body application/json schema changed'],
    ]);
  });

  it('responses and their headers', () => {
    assert.deepEqual(
      diff((d) => (get(d).responses['404'] = { description: 'nf' })),
      [['response-added', 'safe', 'GET /pets', 'response 404 added']],
    );
    assert.deepEqual(
      diff((d) => delete post(d).responses['201']),
      [['response-removed', 'risky', 'POST /pets', 'response 201 removed']],
    );
    assert.deepEqual(
      diff((d) => (get(d).responses['200'].headers = { 'X-Next': {} })),
      [
        ['response-header-added', 'safe', 'GET /pets', 'response 200 header "x-next" added'],
        ['response-header-removed', 'risky', 'GET /pets', 'response 200 header "x-total" removed'],
      ],
    );
  });

  it('authorization per operation', () => {
    assert.deepEqual(
      diff((d) => (get(d).security = [{ lambda: [] }])),
      [['auth-added', 'breaking', 'GET /pets', 'authorization NONE → CUSTOM (lambda)']],
    );
    assert.deepEqual(
      diff((d) => (get(d)['x-amazon-apigateway-auth'] = { type: 'aws_iam' })),
      [['auth-added', 'breaking', 'GET /pets', 'authorization NONE → AWS_IAM']],
    );
    assert.deepEqual(
      diff((d) => delete post(d).security),
      [['auth-removed', 'risky', 'POST /pets', 'authorization COGNITO_USER_POOLS (cognito) scopes pets/write → NONE']],
    );
    assert.deepEqual(
      diff((d) => (post(d).security = [{ lambda: [] }])),
      [
        [
          'auth-changed',
          'breaking',
          'POST /pets',
          'authorization COGNITO_USER_POOLS (cognito) scopes pets/write → CUSTOM (lambda)',
        ],
      ],
    );
    assert.deepEqual(
      diff((d) => (post(d).security = [{ cognito: ['pets/admin'] }])),
      [['auth-scopes-narrowed', 'breaking', 'POST /pets', 'authorization scopes [pets/write] → [pets/admin]']],
    );
    assert.deepEqual(
      diff((d) => (post(d).security = [{ cognito: ['pets/write', 'pets/admin'] }])),
      [['auth-scopes-widened', 'risky', 'POST /pets', 'authorization scopes [pets/write] → [pets/admin, pets/write]']],
    );
  });

  it('API keys: per operation and the key source', () => {
    assert.deepEqual(
      diff((d) => (get(d).security = [{ api_key: [] }])),
      [['api-key-required', 'breaking', 'GET /pets', 'API key now required']],
    );
    const keyed = base();
    get(keyed).security = [{ api_key: [] }];
    assert.deepEqual(
      diff((d) => delete get(d).security, 'rest', keyed),
      [['api-key-not-required', 'risky', 'GET /pets', 'API key no longer required']],
    );
    assert.deepEqual(
      diff((d) => (d['x-amazon-apigateway-api-key-source'] = 'AUTHORIZER')),
      [['api-key-source-changed', 'breaking', 'API', 'API key source HEADER → AUTHORIZER']],
    );
  });

  it('REST ignores root-level security; HTTP APIs apply it', () => {
    assert.deepEqual(
      diff((d) => (d.security = [{ api_key: [] }])),
      [],
    );
  });

  it('request validation, through the API-wide default and per operation', () => {
    assert.deepEqual(
      diff((d) => (d['x-amazon-apigateway-request-validator'] = 'body')),
      [
        ['validation-enabled', 'risky', 'GET /pets', 'request body validation enabled'],
        ['validation-enabled', 'risky', 'POST /pets', 'request body validation enabled'],
      ],
    );
    const validated = base();
    post(validated)['x-amazon-apigateway-request-validator'] = 'body';
    assert.deepEqual(
      diff((d) => delete post(d)['x-amazon-apigateway-request-validator'], 'rest', validated),
      [['validation-disabled', 'risky', 'POST /pets', 'request body validation disabled']],
    );
    assert.deepEqual(
      diff((d) => (d['x-amazon-apigateway-request-validators'].body.validateRequestParameters = true)),
      [
        [
          'request-validator-changed',
          'safe',
          'API',
          'request validator "body" changed (body true → true, parameters false → true)',
        ],
      ],
    );
  });

  it('integration fields', () => {
    const i = (d: any) => get(d)['x-amazon-apigateway-integration'];
    assert.deepEqual(
      diff((d) => (i(d).uri = LAMBDA.replace('pets', 'pets-v2'))),
      [
        [
          'integration-uri-changed',
          'risky',
          'GET /pets',
          `integration URI: "${LAMBDA}" → "${LAMBDA.replace('pets', 'pets-v2')}"`,
        ],
      ],
    );
    assert.deepEqual(
      diff((d) => (i(d).timeoutInMillis = 10000)),
      [['integration-timeout-changed', 'risky', 'GET /pets', 'integration timeout (ms): 29000 → 10000']],
    );
    assert.deepEqual(
      diff((d) => (i(d).type = 'AWS_PROXY')),
      [
        ['integration-type-changed', 'risky', 'GET /pets', 'integration type: "AWS" → "AWS_PROXY"'],
        // Proxy integrations ignore integration responses: the mapping is gone.
        ['integration-response-changed', 'risky', 'GET /pets', 'integration response "default" removed'],
      ],
    );
    assert.deepEqual(
      diff((d) => (i(d).httpMethod = 'GET')),
      [['integration-method-changed', 'risky', 'GET /pets', 'integration HTTP method: "POST" → "GET"']],
    );
    assert.deepEqual(
      diff((d) => (i(d).credentials = 'arn:aws:iam::1:role/r')),
      [
        [
          'integration-credentials-changed',
          'risky',
          'GET /pets',
          'integration credentials: (none) → "arn:aws:iam::1:role/r"',
        ],
      ],
    );
    assert.deepEqual(
      diff((d) => (i(d).passthroughBehavior = 'never')),
      [
        [
          'integration-passthrough-changed',
          'risky',
          'GET /pets',
          'integration passthrough behavior: "WHEN_NO_MATCH" → "NEVER"',
        ],
      ],
    );
    assert.deepEqual(
      diff((d) => (i(d).contentHandling = 'CONVERT_TO_TEXT')),
      [
        [
          'integration-content-handling-changed',
          'risky',
          'GET /pets',
          'integration content handling: (none) → "CONVERT_TO_TEXT"',
        ],
      ],
    );
    assert.deepEqual(
      diff((d) => Object.assign(i(d), { connectionType: 'VPC_LINK', connectionId: 'abc' })),
      [
        [
          'integration-connection-changed',
          'risky',
          'GET /pets',
          'integration connection type: "INTERNET" → "VPC_LINK"',
        ],
        ['integration-connection-changed', 'risky', 'GET /pets', 'integration connection id: (none) → "abc"'],
      ],
    );
    assert.deepEqual(
      diff((d) => (i(d).cacheKeyParameters = ['method.request.querystring.limit'])),
      [
        [
          'integration-cache-key-changed',
          'risky',
          'GET /pets',
          'integration cache key parameters: [] → [method.request.querystring.limit]',
        ],
      ],
    );
    assert.deepEqual(
      diff((d) => (i(d).tlsConfig = { insecureSkipVerification: true })),
      [
        [
          'integration-tls-changed',
          'risky',
          'GET /pets',
          'integration TLS config: (none) → {"insecureSkipVerification":true}',
        ],
      ],
    );
    assert.deepEqual(
      diff(
        (d) => (i(d).requestParameters = { 'integration.request.header.x-limit': 'method.request.querystring.limit' }),
      ),
      [
        [
          'integration-parameter-changed',
          'risky',
          'GET /pets',
          'integration request parameter integration.request.header.x-limit: (none) → "method.request.querystring.limit"',
        ],
      ],
    );
    assert.deepEqual(
      diff((d) => (i(d).responses['5\\d{2}'] = { statusCode: '502' })),
      [['integration-response-changed', 'risky', 'GET /pets', 'integration response "5\\\\d{2}" added (status 502)']],
    );
    assert.deepEqual(
      diff((d) => delete get(d)['x-amazon-apigateway-integration']),
      [['integration-removed', 'breaking', 'GET /pets', 'integration removed']],
    );
  });

  it('mapping templates come with a unified text diff', () => {
    const after = base();
    get(after)['x-amazon-apigateway-integration'].requestTemplates['application/json'] =
      '{"limit": $input.params(\'limit\')}\n';
    const changes = compare(modelFromOpenApi(base(), { type: 'rest' }), modelFromOpenApi(after, { type: 'rest' }));
    assert.equal(changes.length, 1);
    assert.equal(changes[0].rule, 'integration-template-changed');
    assert.equal(changes[0].message, 'integration request template application/json changed');
    assert.equal(
      changes[0].diff,
      [
        '--- a/GET /pets integration request template application/json',
        '+++ b/GET /pets integration request template application/json',
        '@@ -1,1 +1,1 @@',
        '-{"limit": "$input.params(\'limit\')"}',
        '+{"limit": $input.params(\'limit\')}',
        '',
      ].join('\n'),
    );
  });

  it('HTTP API integrations: payload format version and subtype', () => {
    const http = base();
    get(http)['x-amazon-apigateway-integration'] = {
      type: 'aws_proxy',
      httpMethod: 'POST',
      uri: LAMBDA,
      payloadFormatVersion: 1.0,
    };
    assert.deepEqual(
      diff((d) => (get(d)['x-amazon-apigateway-integration'].payloadFormatVersion = '2.0'), 'http', http),
      [
        [
          'integration-payload-format-changed',
          'risky',
          'GET /pets',
          'integration payload format version: "1.0" → "2.0"',
        ],
      ],
    );
    assert.deepEqual(
      diff((d) => (get(d)['x-amazon-apigateway-integration'].integrationSubtype = 'SQS-SendMessage'), 'http', http),
      [['integration-subtype-changed', 'risky', 'GET /pets', 'integration subtype: (none) → "SQS-SendMessage"']],
    );
    // Default timeout for HTTP APIs is 30 s, and 30000 written out is no change.
    assert.deepEqual(
      diff((d) => (get(d)['x-amazon-apigateway-integration'].timeoutInMillis = 30000), 'http', http),
      [],
    );
  });

  it('authorizers', () => {
    const a = (d: any) => d.components.securitySchemes.lambda['x-amazon-apigateway-authorizer'];
    assert.deepEqual(
      diff((d) => (a(d).identitySource = 'method.request.header.X-Token')),
      [
        [
          'authorizer-changed',
          'risky',
          'Authorizer lambda',
          'identitySource: "method.request.header.Authorization" → "method.request.header.X-Token"',
        ],
      ],
    );
    assert.deepEqual(
      diff((d) => (a(d).authorizerResultTtlInSeconds = 0)),
      [['authorizer-ttl-changed', 'safe', 'Authorizer lambda', 'resultTtlInSeconds: 300 → 0']],
    );
    assert.deepEqual(
      diff((d) => delete d.components.securitySchemes.lambda),
      [['authorizer-removed', 'risky', 'Authorizer lambda', 'TOKEN authorizer removed']],
    );
  });

  it('HTTP API CORS: narrowed, widened, removed', () => {
    const http = base();
    http['x-amazon-apigateway-cors'] = {
      allowOrigins: ['https://a.example'],
      allowMethods: ['GET'],
      allowCredentials: true,
      maxAge: 60,
    };
    const cors = (d: any) => d['x-amazon-apigateway-cors'];
    assert.deepEqual(
      diff((d) => (cors(d).allowOrigins = ['https://b.example']), 'http', http),
      [['cors-narrowed', 'breaking', 'API', 'CORS allowOrigins: https://a.example no longer allowed']],
    );
    assert.deepEqual(
      diff((d) => cors(d).allowMethods.push('post'), 'http', http),
      [['cors-widened', 'safe', 'API', 'CORS allowMethods: POST now allowed']],
    );
    assert.deepEqual(
      diff((d) => (cors(d).allowCredentials = false), 'http', http),
      [['cors-narrowed', 'breaking', 'API', 'CORS allowCredentials true → false']],
    );
    assert.deepEqual(
      diff((d) => (cors(d).maxAge = 300), 'http', http),
      [['cors-changed', 'safe', 'API', 'CORS maxAge 60 → 300']],
    );
    assert.deepEqual(
      diff((d) => delete d['x-amazon-apigateway-cors'], 'http', http),
      [['cors-removed', 'breaking', 'API', 'CORS removed']],
    );
  });

  it('REST preflight: the OPTIONS mock integration read as CORS', () => {
    const rest = base();
    rest.paths['/pets'].options = {
      responses: { '200': { description: 'ok' } },
      'x-amazon-apigateway-integration': {
        type: 'mock',
        responses: {
          default: {
            statusCode: '200',
            responseParameters: { 'method.response.header.Access-Control-Allow-Origin': "'*'" },
          },
        },
      },
    };
    const origin = (d: any) =>
      d.paths['/pets'].options['x-amazon-apigateway-integration'].responses.default.responseParameters;
    assert.deepEqual(
      diff(
        (d) => (origin(d)['method.response.header.Access-Control-Allow-Origin'] = "'https://app.example'"),
        'rest',
        rest,
      ),
      [['cors-narrowed', 'breaking', 'OPTIONS /pets', 'CORS allowOrigins: * no longer allowed']],
    );
    assert.deepEqual(
      diff((d) => delete d.paths['/pets'].options, 'rest', rest),
      [['operation-removed', 'breaking', 'OPTIONS /pets', 'route removed']],
    );
  });

  it('gateway responses, binary media types, compression', () => {
    const gw = base();
    gw['x-amazon-apigateway-gateway-responses'] = {
      DEFAULT_4XX: { responseParameters: { 'gatewayresponse.header.Access-Control-Allow-Origin': "'*'" } },
    };
    assert.deepEqual(
      diff((d) => delete d['x-amazon-apigateway-gateway-responses'], 'rest', gw),
      [['gateway-response-removed', 'risky', 'Gateway response DEFAULT_4XX', 'customisation removed']],
    );
    assert.deepEqual(
      diff((d) => (d['x-amazon-apigateway-gateway-responses'].DEFAULT_4XX.statusCode = '400'), 'rest', gw),
      [['gateway-response-changed', 'risky', 'Gateway response DEFAULT_4XX', 'status (none) → "400"']],
    );
    assert.deepEqual(
      diff((d) => (d['x-amazon-apigateway-gateway-responses'] = { THROTTLED: { statusCode: 503 } })),
      [['gateway-response-added', 'safe', 'Gateway response THROTTLED', 'customised (status 503)']],
    );
    assert.deepEqual(
      diff((d) => (d['x-amazon-apigateway-binary-media-types'] = ['image/png'])),
      [['binary-media-type-added', 'risky', 'API', 'binary media type image/png added']],
    );
    assert.deepEqual(
      diff((d) => (d['x-amazon-apigateway-minimum-compression-size'] = 1024)),
      [['compression-changed', 'safe', 'API', 'minimum compression size (none) → 1024']],
    );
  });

  it('endpoint configuration and resource policy', () => {
    const server = (cfg: object) => (d: any) =>
      (d.servers = [{ url: '/', 'x-amazon-apigateway-endpoint-configuration': cfg }]);
    assert.deepEqual(diff(server({ disableExecuteApiEndpoint: true })), [
      ['execute-api-endpoint-disabled', 'breaking', 'API', 'default execute-api endpoint disabled'],
    ]);
    assert.deepEqual(diff(server({ vpcEndpointIds: ['vpce-1'] })), [
      ['vpc-endpoint-added', 'safe', 'API', 'VPC endpoint vpce-1 added'],
    ]);
    const changes = compare(
      modelFromOpenApi(base(), { type: 'rest' }),
      modelFromOpenApi(
        {
          ...base(),
          'x-amazon-apigateway-policy': {
            Version: '2012-10-17',
            Statement: [{ Effect: 'Deny', Principal: '*', Action: 'execute-api:Invoke', Resource: 'execute-api:/*' }],
          },
        },
        { type: 'rest' },
      ),
    );
    assert.deepEqual(
      changes.map((c) => [c.rule, c.classification, c.message]),
      [['policy-changed', 'risky', 'resource policy added']],
    );
    assert.match(changes[0].diff ?? '', /^\+ {6}"Effect": "Deny",$/m);
    assert.deepEqual(
      compare(
        modelFromOpenApi(base(), { type: 'rest', endpointType: 'EDGE' }),
        modelFromOpenApi(base(), { type: 'rest', endpointType: 'regional' }),
      ).map((c) => [c.rule, c.classification, c.message]),
      [['endpoint-type-changed', 'breaking', 'endpoint type EDGE → REGIONAL']],
    );
  });

  it('stages: deployment, variables, throttling, caching, tracing, canary', () => {
    const stage = (over: Partial<StageModel>): StageModel => ({
      name: 'prod',
      deploymentId: 'd1',
      variables: { backend: 'https://a', unused: 'x' },
      cacheClusterEnabled: false,
      tracingEnabled: false,
      methodSettings: { '*/*': { throttling: { rateLimit: 100, burstLimit: 50 } } },
      ...over,
    });
    const withStage = (s: StageModel) => {
      const doc = base();
      get(doc)['x-amazon-apigateway-integration'].uri = 'https://${stageVariables.backend}/pets';
      get(doc)['x-amazon-apigateway-integration'].type = 'http';
      return { ...modelFromOpenApi(doc, { type: 'rest' }), stage: s };
    };
    const run = (a: Partial<StageModel>, b: Partial<StageModel>) =>
      compare(withStage(stage(a)), withStage(stage(b))).map((c) => [c.rule, c.classification, c.scope, c.message]);
    assert.deepEqual(run({}, { deploymentId: 'd2' }), [
      ['stage-deployment-changed', 'risky', 'Stage prod', 'deployment "d1" → "d2"'],
    ]);
    assert.deepEqual(run({}, { variables: { unused: 'x' } }), [
      ['stage-variable-removed-in-use', 'breaking', 'Stage prod', 'variable backend: "https://a" → (none)'],
    ]);
    assert.deepEqual(run({}, { variables: { backend: 'https://a' } }), [
      ['stage-variable-removed', 'risky', 'Stage prod', 'variable unused: "x" → (none)'],
    ]);
    assert.deepEqual(run({}, { variables: { backend: 'https://b', unused: 'x', added: '1' } }), [
      ['stage-variable-added', 'safe', 'Stage prod', 'variable added: (none) → "1"'],
      ['stage-variable-changed', 'risky', 'Stage prod', 'variable backend: "https://a" → "https://b"'],
    ]);
    assert.deepEqual(run({}, { methodSettings: { '*/*': { throttling: { rateLimit: 10, burstLimit: 50 } } } }), [
      ['stage-throttling-lowered', 'risky', 'Stage prod', 'stage default throttling rateLimit 100 → 10'],
    ]);
    assert.deepEqual(run({}, { methodSettings: { '*/*': { throttling: { rateLimit: 100 } } } }), [
      ['stage-throttling-raised', 'safe', 'Stage prod', 'stage default throttling burstLimit 50 → (none)'],
    ]);
    assert.deepEqual(run({}, { cacheClusterEnabled: true, cacheClusterSize: '0.5' }), [
      ['stage-caching-changed', 'risky', 'Stage prod', 'cache cluster off → on (0.5 GB)'],
    ]);
    assert.deepEqual(run({}, { tracingEnabled: true }), [
      ['stage-setting-changed', 'safe', 'Stage prod', 'X-Ray tracing enabled'],
    ]);
    const canary = { deploymentId: 'd2', percentTraffic: 10, stageVariableOverrides: {}, useStageCache: false };
    assert.deepEqual(run({}, { canary }), [
      ['stage-canary-added', 'risky', 'Stage prod', 'canary added (10% to deployment "d2")'],
    ]);
    assert.deepEqual(run({ canary }, { canary: { ...canary, percentTraffic: 50 } }), [
      ['stage-canary-changed', 'risky', 'Stage prod', 'canary percentTraffic 10 → 50'],
    ]);
    assert.deepEqual(run({ canary }, {}), [['stage-canary-removed', 'risky', 'Stage prod', 'canary removed']]);
  });

  it('the remaining kinds', () => {
    const i = (d: any) => get(d)['x-amazon-apigateway-integration'];
    assert.deepEqual(
      diff((d) => (i(d).responseTransferMode = 'STREAM')),
      [
        [
          'integration-transfer-mode-changed',
          'risky',
          'GET /pets',
          'integration response transfer mode: (none) → "STREAM"',
        ],
      ],
    );
    const bare = base();
    delete get(bare)['x-amazon-apigateway-integration'];
    assert.deepEqual(
      diff((d) => (get(d)['x-amazon-apigateway-integration'] = { type: 'mock' }), 'rest', bare),
      [['integration-added', 'risky', 'GET /pets', 'MOCK integration added']],
    );
    assert.deepEqual(
      diff(
        (d) =>
          (d.components.securitySchemes.jwt = {
            type: 'oauth2',
            'x-amazon-apigateway-authorizer': { type: 'jwt', jwtConfiguration: { issuer: 'https://i' } },
          }),
        'http',
      ),
      [['authorizer-added', 'safe', 'Authorizer jwt', 'JWT authorizer added']],
    );
    assert.deepEqual(
      diff((d) => (d['x-amazon-apigateway-cors'] = { allowOrigins: ['*'] }), 'http'),
      [['cors-added', 'safe', 'API', 'CORS enabled for *']],
    );
    const binary = { ...base(), 'x-amazon-apigateway-binary-media-types': ['image~1png'] };
    assert.deepEqual(
      diff((d) => delete d['x-amazon-apigateway-binary-media-types'], 'rest', binary),
      [['binary-media-type-removed', 'risky', 'API', 'binary media type image/png removed']],
    );
    const privateApi = {
      ...base(),
      servers: [
        {
          url: '/',
          'x-amazon-apigateway-endpoint-configuration': { disableExecuteApiEndpoint: true, vpcEndpointIds: ['vpce-1'] },
        },
      ],
    };
    assert.deepEqual(
      diff(
        (d) => (d.servers[0]['x-amazon-apigateway-endpoint-configuration'] = { ipAddressType: 'dualstack' }),
        'rest',
        privateApi,
      ),
      [
        ['execute-api-endpoint-enabled', 'risky', 'API', 'default execute-api endpoint enabled'],
        ['vpc-endpoint-removed', 'breaking', 'API', 'VPC endpoint vpce-1 removed'],
        ['ip-address-type-changed', 'risky', 'API', 'IP address type "ipv4" → "dualstack"'],
      ],
    );
  });

  it('WebSocket APIs: routes, route selection, models, route responses, authorization, integrations', () => {
    const route = (extra: Partial<WsRouteModel> = {}): WsRouteModel => ({
      authorizationType: 'NONE',
      apiKeyRequired: false,
      requestModels: {},
      integration: {
        type: 'AWS_PROXY',
        uri: 'arn:fn',
        timeoutInMillis: 29000,
        passthroughBehavior: 'WHEN_NO_MATCH',
        requestTemplates: {},
      },
      ...extra,
    });
    const api = (
      routes: Record<string, WsRouteModel>,
      routeSelectionExpression = '$request.body.action',
    ): WsApiModel => ({
      routeSelectionExpression,
      apiKeySelectionExpression: '$request.header.x-api-key',
      routes,
    });
    const before = api({ $connect: route(), send: route(), $default: route() });
    const after = api(
      {
        $connect: route({ authorizationType: 'AWS_IAM' }),
        $default: route({
          modelSelectionExpression: '\\$default',
          requestModels: { $default: 'Msg' },
          routeResponseSelectionExpression: '$default',
        }),
        join: route(),
      },
      '$request.body.type',
    );
    const changes = compareWebSocketApis('Chat', before, after);
    for (const c of changes) seen.add(c.rule);
    assert.deepEqual(
      changes.map((c) => [c.rule, c.classification, c.scope, c.message]),
      [
        [
          'ws-route-selection-changed',
          'breaking',
          'Chat: API',
          'route selection expression: $request.body.action → $request.body.type',
        ],
        ['auth-added', 'breaking', 'Chat: route $connect', 'authorization: NONE → AWS_IAM'],
        [
          'ws-model-selection-changed',
          'risky',
          'Chat: route $default',
          'request models: (no selection) {} → \\$default {"$default":"Msg"}',
        ],
        [
          'ws-route-response-changed',
          'risky',
          'Chat: route $default',
          'route response selection expression: (none: one-way) → $default',
        ],
        ['ws-route-added', 'safe', 'Chat: route join', 'route added'],
        ['ws-route-removed', 'breaking', 'Chat: route send', 'route removed'],
      ],
    );
  });

  it('every rule in the table was exercised by a case above', () => {
    assert.deepEqual(
      Object.keys(DIFF_RULES).filter((id) => !seen.has(id)),
      [],
    );
  });
});
