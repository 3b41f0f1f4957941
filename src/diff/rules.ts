/**
 * Every kind of change `apigw diff` reports, its classification and the one-line reason shown to
 * the reviewer. docs/diff-rules.md lists the same table (a test keeps the two in step).
 */
export type Classification = 'breaking' | 'risky' | 'safe';

export const CLASSIFICATIONS: Classification[] = ['breaking', 'risky', 'safe'];

export interface DiffRule {
  classification: Classification;
  reason: string;
}

export const DIFF_RULES = {
  // Operations
  'operation-added': { classification: 'safe', reason: 'new route; existing clients are unaffected' },
  'operation-removed': {
    classification: 'breaking',
    reason: 'clients calling it get 403 Missing Authentication Token',
  },
  // Parameters
  'parameter-added-required': { classification: 'breaking', reason: 'existing requests do not send it' },
  'parameter-added-optional': { classification: 'safe', reason: 'optional; existing requests stay valid' },
  'parameter-removed': {
    classification: 'risky',
    reason: 'API Gateway no longer declares it, so mappings and cache keys cannot read it',
  },
  'parameter-made-required': { classification: 'breaking', reason: 'requests that omit it are no longer valid' },
  'parameter-made-optional': { classification: 'safe', reason: 'requests that send it stay valid' },
  // Request bodies and responses
  'request-content-type-added': {
    classification: 'safe',
    reason: 'a new body model; existing requests are unaffected',
  },
  'request-content-type-removed': {
    classification: 'risky',
    reason: 'bodies of this type lose their model (validation, templates keyed by it)',
  },
  'request-schema-changed-validated': {
    classification: 'risky',
    reason: 'the method validates bodies: requests accepted before may now get 400',
  },
  'request-schema-changed': {
    classification: 'safe',
    reason: 'the method does not validate bodies: documentation and SDKs only',
  },
  'response-added': { classification: 'safe', reason: 'a new documented status code' },
  'response-removed': {
    classification: 'risky',
    reason: 'integration responses mapped to it fail, clients handling it may break',
  },
  'response-header-added': { classification: 'safe', reason: 'a new declared response header' },
  'response-header-removed': {
    classification: 'risky',
    reason: 'mappings that set it fail and clients stop receiving it',
  },
  // Authorization and API keys
  'auth-added': { classification: 'breaking', reason: 'callers without credentials now get 401/403' },
  'auth-removed': { classification: 'risky', reason: 'the route becomes callable without credentials' },
  'auth-changed': { classification: 'breaking', reason: 'callers must present different credentials' },
  'auth-scopes-narrowed': {
    classification: 'breaking',
    reason: 'tokens carrying only the removed scopes are now denied',
  },
  'auth-scopes-widened': { classification: 'risky', reason: 'tokens with fewer privileges are now accepted' },
  'api-key-required': { classification: 'breaking', reason: 'calls without a valid API key now get 403' },
  'api-key-not-required': {
    classification: 'risky',
    reason: 'the route is no longer metered or limited by usage plans',
  },
  'api-key-source-changed': {
    classification: 'breaking',
    reason: 'API keys are read from a different place (header or authorizer)',
  },
  'authorizer-added': { classification: 'safe', reason: 'a new authorizer; routes using it are reported on their own' },
  'authorizer-removed': { classification: 'risky', reason: 'routes still referring to it cannot be deployed' },
  'authorizer-changed': {
    classification: 'risky',
    reason: 'callers are identified or validated differently and may be denied',
  },
  'authorizer-ttl-changed': { classification: 'safe', reason: 'policies are cached for a different time' },
  // Request validation
  'validation-enabled': {
    classification: 'risky',
    reason: 'requests that fail the model or miss required parameters now get 400',
  },
  'validation-disabled': {
    classification: 'risky',
    reason: 'the backend now receives requests that were rejected before',
  },
  'request-validator-changed': {
    classification: 'safe',
    reason: 'validator definitions; the effect on each method is reported there',
  },
  // Integrations
  'integration-added': { classification: 'risky', reason: 'the method gets a backend it did not have' },
  'integration-removed': {
    classification: 'breaking',
    reason: 'the method has no backend; the API cannot be deployed',
  },
  'integration-type-changed': {
    classification: 'risky',
    reason: 'the request/response contract with the backend changes',
  },
  'integration-uri-changed': { classification: 'risky', reason: 'requests go to a different backend' },
  'integration-method-changed': {
    classification: 'risky',
    reason: 'the backend is called with a different HTTP method',
  },
  'integration-timeout-changed': {
    classification: 'risky',
    reason: 'slow backend calls end with 504 at a different time',
  },
  'integration-credentials-changed': {
    classification: 'risky',
    reason: 'API Gateway calls the backend with a different IAM identity',
  },
  'integration-passthrough-changed': {
    classification: 'risky',
    reason: 'bodies without a matching template are passed or rejected (415) differently',
  },
  'integration-content-handling-changed': {
    classification: 'risky',
    reason: 'payloads are converted between text and binary differently',
  },
  'integration-connection-changed': {
    classification: 'risky',
    reason: 'the backend is reached through a different network path',
  },
  'integration-cache-key-changed': {
    classification: 'risky',
    reason: 'cached responses are keyed or shared differently',
  },
  'integration-tls-changed': { classification: 'risky', reason: 'the backend certificate is checked differently' },
  'integration-payload-format-changed': {
    classification: 'risky',
    reason: 'the Lambda function receives a different event shape',
  },
  'integration-subtype-changed': { classification: 'risky', reason: 'a different AWS service action is called' },
  'integration-transfer-mode-changed': {
    classification: 'risky',
    reason: 'responses are buffered or streamed differently',
  },
  'integration-parameter-changed': {
    classification: 'risky',
    reason: 'the backend receives different path, query or header values',
  },
  'integration-template-changed': {
    classification: 'risky',
    reason: 'the backend receives a differently shaped request',
  },
  'integration-response-changed': {
    classification: 'risky',
    reason: 'clients receive a different status, headers or body for some backend responses',
  },
  // API-wide
  'cors-added': { classification: 'safe', reason: 'browsers on the allowed origins may now call it' },
  'cors-removed': { classification: 'breaking', reason: 'cross-origin browser calls now fail their preflight' },
  'cors-narrowed': { classification: 'breaking', reason: 'browsers block cross-origin calls that were allowed' },
  'cors-widened': { classification: 'safe', reason: 'browsers allow more cross-origin calls' },
  'cors-changed': { classification: 'safe', reason: 'preflight caching changes' },
  'gateway-response-added': { classification: 'safe', reason: 'an error response API Gateway generates is customised' },
  'gateway-response-removed': {
    classification: 'risky',
    reason: 'the error response reverts to the AWS default (CORS headers on errors disappear)',
  },
  'gateway-response-changed': {
    classification: 'risky',
    reason: 'clients receive a different status, headers or body for gateway errors',
  },
  'binary-media-type-added': { classification: 'risky', reason: 'payloads of this type are now handled as binary' },
  'binary-media-type-removed': {
    classification: 'risky',
    reason: 'payloads of this type are now handled as UTF-8 text',
  },
  'compression-changed': { classification: 'safe', reason: 'responses are compressed at a different size' },
  'endpoint-type-changed': { classification: 'breaking', reason: 'the API is reached at a different kind of endpoint' },
  'execute-api-endpoint-disabled': {
    classification: 'breaking',
    reason: 'clients calling the default execute-api URL now get 403',
  },
  'execute-api-endpoint-enabled': {
    classification: 'risky',
    reason: 'the default execute-api URL bypasses custom-domain controls again',
  },
  'vpc-endpoint-removed': {
    classification: 'breaking',
    reason: 'clients in that VPC endpoint lose their private DNS name',
  },
  'vpc-endpoint-added': { classification: 'safe', reason: 'one more VPC endpoint reaches the private API' },
  'ip-address-type-changed': {
    classification: 'risky',
    reason: 'clients reach the API over a different IP version set',
  },
  'policy-changed': { classification: 'risky', reason: 'the resource policy allows or denies different callers' },
  // Stages
  'stage-deployment-changed': { classification: 'risky', reason: 'the stage serves a different deployment' },
  'stage-variable-added': { classification: 'safe', reason: 'a new stage variable' },
  'stage-variable-removed': { classification: 'risky', reason: 'anything reading it gets an empty value' },
  'stage-variable-removed-in-use': { classification: 'breaking', reason: 'an integration or authorizer reads it' },
  'stage-variable-changed': { classification: 'risky', reason: 'integrations reading it use a different value' },
  'stage-throttling-lowered': { classification: 'risky', reason: 'clients get 429 Too Many Requests sooner' },
  'stage-throttling-raised': { classification: 'safe', reason: 'clients may send more requests' },
  'stage-caching-changed': {
    classification: 'risky',
    reason: 'responses are cached differently (staleness and backend load change)',
  },
  'stage-setting-changed': { classification: 'safe', reason: 'logging, metrics or tracing only' },
  'stage-canary-added': { classification: 'risky', reason: 'a share of traffic goes to another deployment' },
  'stage-canary-removed': { classification: 'risky', reason: 'canary traffic returns to the stage deployment' },
  'stage-canary-changed': { classification: 'risky', reason: 'a different share or deployment serves canary traffic' },
  // WebSocket APIs
  'ws-route-added': { classification: 'safe', reason: 'messages with this route key get their own route' },
  'ws-route-removed': {
    classification: 'breaking',
    reason: 'messages with this route key fall to $default (or fail when there is none)',
  },
  'ws-route-selection-changed': {
    classification: 'breaking',
    reason: 'messages are routed by a different value; clients must send it',
  },
  'ws-model-selection-changed': {
    classification: 'risky',
    reason: 'messages are validated against a different model (or not at all)',
  },
  'ws-route-response-changed': {
    classification: 'risky',
    reason: 'clients receive a reply to their messages, or stop receiving one',
  },
} satisfies Record<string, DiffRule>;

export type RuleId = keyof typeof DIFF_RULES;

const API = 'https://docs.aws.amazon.com/apigateway/latest/api/';
const GUIDE = 'https://docs.aws.amazon.com/apigateway/latest/developerguide/';

/** The AWS page describing what a kind compares, by id prefix (first match). */
const SOURCES: Array<[RegExp, string]> = [
  [/^api-key-source-/, `${API}API_RestApi.html`],
  [/^authorizer-/, `${API}API_Authorizer.html`],
  [/^(operation|parameter|request-content|request-schema|response|auth|api-key)-/, `${API}API_Method.html`],
  [/^(validation|request-validator)-/, `${GUIDE}api-gateway-method-request-validation.html`],
  [/^integration-/, `${API}API_Integration.html`],
  [/^cors-/, `${GUIDE}how-to-cors.html`],
  [/^gateway-response-/, `${GUIDE}api-gateway-gatewayResponse-definition.html`],
  [
    /^(binary-media-type|compression|endpoint-type|execute-api-endpoint|vpc-endpoint|ip-address-type|policy)-/,
    `${API}API_RestApi.html`,
  ],
  [/^stage-/, `${API}API_Stage.html`],
  [/^ws-model-selection-/, `${GUIDE}websocket-api-request-validation.html`],
  [/^ws-route-response-/, `${GUIDE}apigateway-websocket-api-route-response.html`],
  [/^ws-/, `${GUIDE}websocket-api-develop-routes.html`],
];

/** The AWS page for a change kind's registry entry (`apigw rules`). */
export function awsSourceOf(id: string): string {
  const hit = SOURCES.find(([pattern]) => pattern.test(id));
  if (!hit) throw new Error(`diff rule ${id} has no AWS source`);
  return hit[1];
}
