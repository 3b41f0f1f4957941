import type { ApigwRule } from '../lib/rule.js';
import httpIntegrationSubtype from './http-integration-subtype.js';
import httpPayloadFormatVersion from './http-payload-format-version.js';
import integrationAwsServiceUri from './integration-aws-service-uri.js';
import integrationContentHandling from './integration-content-handling.js';
import integrationCredentialsArn from './integration-credentials-arn.js';
import integrationDefaultResponse from './integration-default-response.js';
import integrationFieldIgnored from './integration-field-ignored.js';
import integrationHardcodedRegionAccount from './integration-hardcoded-region-account.js';
import integrationHttpMethodRequired from './integration-http-method-required.js';
import integrationHttpUri from './integration-http-uri.js';
import integrationLambdaHttpMethod from './integration-lambda-http-method.js';
import integrationLambdaUri from './integration-lambda-uri.js';
import integrationMissing from './integration-missing.js';
import httpParameterMappingReservedHeader from './http-parameter-mapping-reserved-header.js';
import stageVariableReference from './stage-variable-reference.js';
import integrationSelectionPattern from './integration-selection-pattern.js';
import binaryPreflightContentHandling from './binary-preflight-content-handling.js';
import integrationMockStatusCode from './integration-mock-status-code.js';
import integrationPassthroughBehavior from './integration-passthrough-behavior.js';
import integrationProxyIgnoresMappings from './integration-proxy-ignores-mappings.js';
import integrationResponseTransferMode from './integration-response-transfer-mode.js';
import integrationResponsesRequired from './integration-responses-required.js';
import integrationTlsSkipVerification from './integration-tls-skip-verification.js';
import integrationType from './integration-type.js';
import integrationVpcLink from './integration-vpc-link.js';

export const integrationRules: ApigwRule[] = [
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
  integrationPassthroughBehavior,
  integrationProxyIgnoresMappings,
  integrationResponseTransferMode,
  integrationResponsesRequired,
  integrationTlsSkipVerification,
  integrationType,
  integrationVpcLink,
];
export default integrationRules;
