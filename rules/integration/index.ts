import type { ApigwRule } from '../lib/rule.js';
import awsServiceUri from './aws-service-uri.js';
import contentHandling from './content-handling.js';
import credentialsArn from './credentials-arn.js';
import defaultResponse from './default-response.js';
import fieldIgnored from './flavour-fields.js';
import hardcodedRegionAccount from './hardcoded-region-account.js';
import httpIntegrationSubtype from './http-integration-subtype.js';
import httpMethodRequired from './http-method-required.js';
import httpUri from './http-uri.js';
import integrationType from './integration-type.js';
import lambdaHttpMethod from './lambda-http-method.js';
import lambdaUri from './lambda-uri.js';
import mockStatusCode from './mock-status-code.js';
import passthroughBehavior from './passthrough-behavior.js';
import payloadFormatVersion from './payload-format-version.js';
import proxyIgnoresMappings from './proxy-ignores-mappings.js';
import responseTransferMode from './response-transfer-mode.js';
import responsesRequired from './responses-required.js';
import tlsSkipVerification from './tls-skip-verification.js';
import vpcLink from './vpc-link-connection.js';

export const integrationRules: ApigwRule[] = [
  integrationType,
  httpMethodRequired,
  lambdaHttpMethod,
  lambdaUri,
  awsServiceUri,
  httpUri,
  vpcLink,
  mockStatusCode,
  responsesRequired,
  defaultResponse,
  proxyIgnoresMappings,
  passthroughBehavior,
  contentHandling,
  credentialsArn,
  hardcodedRegionAccount,
  httpIntegrationSubtype,
  payloadFormatVersion,
  fieldIgnored,
  tlsSkipVerification,
  responseTransferMode,
];
export default integrationRules;
