/**
 * The API-Gateway-centric model both sides of a diff are turned into before comparing. It holds
 * what API Gateway acts on, in one spelling: enums upper case, defaults filled in, sets sorted,
 * maps keyed the way API Gateway keys them. Anything a definition or an export may write in two
 * ways that API Gateway treats alike must end up identical here; that is what keeps export noise
 * out of the diff.
 */

export type ApiType = 'rest' | 'http';

/** `{location}.{name}`, location one of path, querystring, header (header names lower-cased). */
export type ParameterKey = string;

export interface ParameterModel {
  location: 'path' | 'querystring' | 'header';
  name: string;
  required: boolean;
}

/** API Gateway stores request models by content type, not whether a body is required: that is not compared. */
export interface RequestBodyModel {
  /** Content type → canonical JSON Schema (or null when the definition gives none). */
  content: Record<string, unknown>;
}

export interface ResponseModel {
  /** Declared response header names, lower-cased, sorted. */
  headers: string[];
}

export interface IntegrationResponseModel {
  statusCode: string;
  responseParameters: Record<string, string>;
  responseTemplates: Record<string, string>;
  contentHandling?: string;
}

export interface IntegrationModel {
  type: string;
  uri?: string;
  httpMethod?: string;
  credentials?: string;
  passthroughBehavior?: string;
  contentHandling?: string;
  timeoutInMillis: number;
  connectionType: string;
  connectionId?: string;
  integrationTarget?: string;
  cacheKeyParameters: string[];
  cacheNamespace?: string;
  tlsConfig?: Record<string, unknown>;
  payloadFormatVersion?: string;
  integrationSubtype?: string;
  responseTransferMode?: string;
  requestParameters: Record<string, string>;
  requestTemplates: Record<string, string>;
  /** Keyed by selection pattern (`default` for the catch-all). Empty for proxy integrations, where AWS ignores them. */
  responses: Record<string, IntegrationResponseModel>;
}

export type AuthType = 'NONE' | 'AWS_IAM' | 'CUSTOM' | 'COGNITO_USER_POOLS' | 'JWT';

export interface AuthModel {
  type: AuthType;
  /** Authorizer name for CUSTOM, COGNITO_USER_POOLS and JWT. */
  authorizer?: string;
  /** OAuth scopes (Cognito, JWT), sorted. */
  scopes: string[];
}

export interface ValidationModel {
  body: boolean;
  parameters: boolean;
}

export interface CorsModel {
  allowOrigins: string[];
  allowMethods: string[];
  allowHeaders: string[];
  exposeHeaders: string[];
  allowCredentials: boolean;
  maxAge?: number;
}

export interface OperationModel {
  /** `GET /pets`, `ANY /{proxy+}`. */
  key: string;
  method: string;
  path: string;
  parameters: Record<ParameterKey, ParameterModel>;
  requestBody?: RequestBodyModel;
  /** Status code (or `default`) → response. */
  responses: Record<string, ResponseModel>;
  auth: AuthModel;
  apiKeyRequired: boolean;
  /** What the effective request validator checks (REST), after the API-wide default. */
  validation: ValidationModel;
  integration?: IntegrationModel;
  /** For a REST `OPTIONS` method answered by a mock integration that sets CORS headers: what it allows. */
  preflight?: CorsModel;
}

export interface AuthorizerModel {
  name: string;
  type: string;
  authorizerUri?: string;
  authorizerCredentials?: string;
  identitySource?: string;
  identityValidationExpression?: string;
  resultTtlInSeconds?: number;
  providerArns: string[];
  payloadFormatVersion?: string;
  enableSimpleResponses?: boolean;
  jwtIssuer?: string;
  jwtAudience: string[];
}

export interface GatewayResponseModel {
  statusCode?: string;
  responseParameters: Record<string, string>;
  responseTemplates: Record<string, string>;
}

export interface EndpointModel {
  /** EDGE / REGIONAL / PRIVATE when the source knows it (AWS does, a definition does not). */
  types?: string[];
  disableExecuteApiEndpoint: boolean;
  vpcEndpointIds: string[];
  ipAddressType?: string;
}

export interface ThrottleModel {
  rateLimit?: number;
  burstLimit?: number;
}

export interface MethodSettingModel {
  throttling: ThrottleModel;
  cachingEnabled?: boolean;
  cacheTtlInSeconds?: number;
  loggingLevel?: string;
  dataTraceEnabled?: boolean;
  metricsEnabled?: boolean;
}

export interface CanaryModel {
  deploymentId?: string;
  percentTraffic: number;
  stageVariableOverrides: Record<string, string>;
  useStageCache: boolean;
}

export interface StageModel {
  name: string;
  deploymentId?: string;
  description?: string;
  variables: Record<string, string>;
  cacheClusterEnabled: boolean;
  cacheClusterSize?: string;
  tracingEnabled: boolean;
  /** Keyed as API Gateway does: `*\/*` for the stage default, `/pets/GET` for one method (REST), `GET /pets` for one route (HTTP). */
  methodSettings: Record<string, MethodSettingModel>;
  canary?: CanaryModel;
  /** HTTP APIs: every change to the API is deployed to this stage at once. */
  autoDeploy?: boolean;
  /** Where and how access logs are written (destination ARN, format), when set. */
  accessLog?: { destinationArn?: string; format?: string };
}

export interface ApiModel {
  type: ApiType;
  /** Keyed by `METHOD /path`. */
  operations: Record<string, OperationModel>;
  authorizers: Record<string, AuthorizerModel>;
  apiKeySource: string;
  requestValidators: Record<string, ValidationModel>;
  /** HTTP APIs: `x-amazon-apigateway-cors`. */
  cors?: CorsModel;
  gatewayResponses: Record<string, GatewayResponseModel>;
  binaryMediaTypes: string[];
  minimumCompressionSize?: number;
  endpoint: EndpointModel;
  /** Canonical resource policy, or undefined when none. */
  policy?: unknown;
  /** Only for stage sources. */
  stage?: StageModel;
}

export function emptyModel(type: ApiType): ApiModel {
  return {
    type,
    operations: {},
    authorizers: {},
    apiKeySource: 'HEADER',
    requestValidators: {},
    gatewayResponses: {},
    binaryMediaTypes: [],
    endpoint: { disableExecuteApiEndpoint: false, vpcEndpointIds: [] },
  };
}

export function operationKey(method: string, path: string): string {
  return `${method.toUpperCase()} ${path}`;
}
