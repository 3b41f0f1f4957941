/**
 * The one list of apigw's Spectral rules (ESLint's lib/rules/index.js is the model). A rule is its
 * file `rules/<category>/<name>.ts` (id `apigw-<name>`), one line here, its doc page
 * `docs/rules/<id>.md` and its test `test/rules/<category>/<id>.test.ts`; test/rules/registry.test.ts
 * fails when any of the four is missing. Order: by category, the order `apigw lint` runs them.
 */
import type { ApigwRule } from './lib/rule.js';
import apiKeyScheme from './auth/api-key-scheme.js';
import apiKeySource from './auth/api-key-source.js';
import apiKeySourceUnused from './auth/api-key-source-unused.js';
import authorizerCacheWithoutIdentitySource from './auth/authorizer-cache-without-identity-source.js';
import authorizerCognitoProviderArns from './auth/authorizer-cognito-provider-arns.js';
import authorizerHttpOnlyFields from './auth/authorizer-http-only-fields.js';
import authorizerIdentitySource from './auth/authorizer-identity-source.js';
import authorizerIdentityValidationExpression from './auth/authorizer-identity-validation-expression.js';
import authorizerIdentityValidationIgnored from './auth/authorizer-identity-validation-ignored.js';
import authorizerJwtAudience from './auth/authorizer-jwt-audience.js';
import authorizerJwtIssuer from './auth/authorizer-jwt-issuer.js';
import authorizerSchemeType from './auth/authorizer-scheme-type.js';
import authorizerSimpleResponses from './auth/authorizer-simple-responses.js';
import authorizerTtl from './auth/authorizer-ttl.js';
import authorizerType from './auth/authorizer-type.js';
import authorizerUri from './auth/authorizer-uri.js';
import httpSecuritySingleRequirement from './auth/http-security-single-requirement.js';
import operationNoAuth from './auth/operation-no-auth.js';
import preflightAuthorized from './auth/preflight-authorized.js';
import rootSecurityIgnored from './auth/root-security-ignored.js';
import securityScopesIgnored from './auth/security-scopes-ignored.js';
import cacheHttpApi from './caching/cache-http-api.js';
import cacheKeyParameters from './caching/cache-key-parameters.js';
import cacheNamespaceShared from './caching/cache-namespace-shared.js';
import corsHeaderValueQuoted from './cors/cors-header-value-quoted.js';
import corsPreflightHeaders from './cors/cors-preflight-headers.js';
import corsPreflightMethods from './cors/cors-preflight-methods.js';
import corsPreflightMissing from './cors/cors-preflight-missing.js';
import corsProxyHeaders from './cors/cors-proxy-headers.js';
import corsRestExtensionIgnored from './cors/cors-rest-extension-ignored.js';
import corsWildcardCredentials from './cors/cors-wildcard-credentials.js';
import httpCorsConfig from './cors/http-cors-config.js';
import binaryMediaTypes from './endpoint/binary-media-types.js';
import endpointSecurityPolicy from './endpoint/endpoint-security-policy.js';
import minimumCompressionSize from './endpoint/minimum-compression-size.js';
import policyDocument from './endpoint/policy-document.js';
import policySize from './endpoint/policy-size.js';
import privateEndpointPolicy from './endpoint/private-endpoint-policy.js';
import tags from './endpoint/tags.js';
import vpcEndpointIdsPrivate from './endpoint/vpc-endpoint-ids-private.js';
import gatewayResponseCors from './gateway-responses/gateway-response-cors.js';
import gatewayResponseParameters from './gateway-responses/gateway-response-parameters.js';
import gatewayResponseRequestTooLarge from './gateway-responses/gateway-response-request-too-large.js';
import gatewayResponseStatusCode from './gateway-responses/gateway-response-status-code.js';
import gatewayResponseTemplateVtl from './gateway-responses/gateway-response-template-vtl.js';
import gatewayResponseType from './gateway-responses/gateway-response-type.js';
import binaryPreflightContentHandling from './integration/binary-preflight-content-handling.js';
import httpIntegrationSubtype from './integration/http-integration-subtype.js';
import httpParameterMappingReservedHeader from './integration/http-parameter-mapping-reserved-header.js';
import httpPayloadFormatVersion from './integration/http-payload-format-version.js';
import integrationAwsServiceUri from './integration/integration-aws-service-uri.js';
import integrationContentHandling from './integration/integration-content-handling.js';
import integrationCredentialsArn from './integration/integration-credentials-arn.js';
import integrationDefaultResponse from './integration/integration-default-response.js';
import integrationFieldIgnored from './integration/integration-field-ignored.js';
import integrationHardcodedRegionAccount from './integration/integration-hardcoded-region-account.js';
import integrationHttpMethodRequired from './integration/integration-http-method-required.js';
import integrationHttpUri from './integration/integration-http-uri.js';
import integrationLambdaHttpMethod from './integration/integration-lambda-http-method.js';
import integrationLambdaUri from './integration/integration-lambda-uri.js';
import integrationMissing from './integration/integration-missing.js';
import integrationMockStatusCode from './integration/integration-mock-status-code.js';
import integrationNeverWithoutTemplates from './integration/integration-never-without-templates.js';
import integrationPassthroughBehavior from './integration/integration-passthrough-behavior.js';
import integrationProxyIgnoresMappings from './integration/integration-proxy-ignores-mappings.js';
import integrationRequestParameters from './integration/integration-request-parameters.js';
import integrationResponseTransferMode from './integration/integration-response-transfer-mode.js';
import integrationResponsesRequired from './integration/integration-responses-required.js';
import integrationSelectionPattern from './integration/integration-selection-pattern.js';
import integrationStreamingUri from './integration/integration-streaming-uri.js';
import integrationTlsConfigIgnored from './integration/integration-tls-config-ignored.js';
import integrationTlsSkipVerification from './integration/integration-tls-skip-verification.js';
import integrationType from './integration/integration-type.js';
import integrationUriPlaceholder from './integration/integration-uri-placeholder.js';
import integrationVpcLink from './integration/integration-vpc-link.js';
import integrationTargetVpcLink from './integration/integration-target-vpc-link.js';
import stageVariableReference from './integration/stage-variable-reference.js';
import pathSegment from './structure/path-segment.js';
import pathSiblingVariables from './structure/path-sibling-variables.js';
import templateAccessLogVariable from './templates/template-access-log-variable.js';
import templateContextVariable from './templates/template-context-variable.js';
import templateForeachUnbounded from './templates/template-foreach-unbounded.js';
import templateFormUrlEncode from './templates/template-form-url-encode.js';
import templateJsonOutput from './templates/template-json-output.js';
import templateMediaType from './templates/template-media-type.js';
import templateOverrideDirection from './templates/template-override-direction.js';
import templateOverrideTwice from './templates/template-override-twice.js';
import templateSize from './templates/template-size.js';
import templateSyntax from './templates/template-syntax.js';
import templateUtilFunction from './templates/template-util-function.js';
import integrationTimeout from './timeout/integration-timeout.js';
import integrationTimeoutQuota from './timeout/integration-timeout-quota.js';
import bodyValidationWithoutSchema from './validation/body-validation-without-schema.js';
import methodResponseSchemaObject from './validation/method-response-schema-object.js';
import modelContentType from './validation/model-content-type.js';
import modelName from './validation/model-name.js';
import modelNumberFormat from './validation/model-number-format.js';
import modelUnsupportedKeyword from './validation/model-unsupported-keyword.js';
import requestValidatorUnused from './validation/request-validator-unused.js';

export const apigwRules: ApigwRule[] = [
  // integration
  httpIntegrationSubtype,
  httpPayloadFormatVersion,
  integrationAwsServiceUri,
  integrationContentHandling,
  integrationCredentialsArn,
  integrationDefaultResponse,
  integrationFieldIgnored,
  integrationHardcodedRegionAccount,
  integrationHttpMethodRequired,
  integrationHttpUri,
  integrationLambdaHttpMethod,
  integrationLambdaUri,
  integrationMissing,
  httpParameterMappingReservedHeader,
  stageVariableReference,
  integrationSelectionPattern,
  binaryPreflightContentHandling,
  integrationMockStatusCode,
  integrationNeverWithoutTemplates,
  integrationPassthroughBehavior,
  integrationProxyIgnoresMappings,
  integrationRequestParameters,
  integrationResponseTransferMode,
  integrationResponsesRequired,
  integrationTlsSkipVerification,
  integrationTlsConfigIgnored,
  integrationStreamingUri,
  integrationType,
  integrationUriPlaceholder,
  integrationVpcLink,
  integrationTargetVpcLink,
  // timeout
  integrationTimeoutQuota,
  integrationTimeout,
  // cors
  corsHeaderValueQuoted,
  corsPreflightHeaders,
  corsPreflightMethods,
  corsPreflightMissing,
  corsProxyHeaders,
  corsRestExtensionIgnored,
  corsWildcardCredentials,
  httpCorsConfig,
  // caching
  cacheHttpApi,
  cacheKeyParameters,
  cacheNamespaceShared,
  // auth
  authorizerType,
  authorizerTtl,
  authorizerIdentitySource,
  authorizerCacheWithoutIdentitySource,
  authorizerIdentityValidationExpression,
  authorizerIdentityValidationIgnored,
  authorizerUri,
  authorizerCognitoProviderArns,
  authorizerJwtIssuer,
  authorizerJwtAudience,
  authorizerHttpOnlyFields,
  authorizerSimpleResponses,
  authorizerSchemeType,
  httpSecuritySingleRequirement,
  apiKeySource,
  apiKeySourceUnused,
  apiKeyScheme,
  rootSecurityIgnored,
  securityScopesIgnored,
  preflightAuthorized,
  operationNoAuth,
  // templates
  templateSyntax,
  templateSize,
  templateContextVariable,
  templateAccessLogVariable,
  templateJsonOutput,
  templateForeachUnbounded,
  templateOverrideDirection,
  templateOverrideTwice,
  templateUtilFunction,
  templateFormUrlEncode,
  templateMediaType,
  // validation
  requestValidatorUnused,
  bodyValidationWithoutSchema,
  modelName,
  modelUnsupportedKeyword,
  modelNumberFormat,
  methodResponseSchemaObject,
  modelContentType,
  // endpoint
  binaryMediaTypes,
  endpointSecurityPolicy,
  minimumCompressionSize,
  policyDocument,
  policySize,
  privateEndpointPolicy,
  tags,
  vpcEndpointIdsPrivate,
  // gateway-responses
  gatewayResponseType,
  gatewayResponseStatusCode,
  gatewayResponseParameters,
  gatewayResponseCors,
  gatewayResponseRequestTooLarge,
  gatewayResponseTemplateVtl,
  // structure
  pathSegment,
  pathSiblingVariables,
];

export default apigwRules;
