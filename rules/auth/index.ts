import type { ApigwRule } from '../lib/rule.js';
import apiKeyScheme from './api-key-scheme.js';
import apiKeySource from './api-key-source.js';
import apiKeySourceUnused from './api-key-source-unused.js';
import cacheWithoutIdentitySource from './authorizer-cache-without-identity-source.js';
import cognitoProviderArns from './authorizer-cognito-provider-arns.js';
import httpOnlyFields from './authorizer-http-only-fields.js';
import identitySource from './authorizer-identity-source.js';
import identityValidationExpression from './authorizer-identity-validation-expression.js';
import identityValidationIgnored from './authorizer-identity-validation-ignored.js';
import jwtAudience from './authorizer-jwt-audience.js';
import jwtIssuer from './authorizer-jwt-issuer.js';
import schemeType from './authorizer-scheme-type.js';
import simpleResponses from './authorizer-simple-responses.js';
import ttl from './authorizer-ttl.js';
import authorizerType from './authorizer-type.js';
import authorizerUri from './authorizer-uri.js';
import httpSingleRequirement from './http-security-single-requirement.js';
import operationNoAuth from './operation-no-auth.js';
import preflightAuthorized from './preflight-authorized.js';
import rootSecurityIgnored from './root-security-ignored.js';

export const authRules: ApigwRule[] = [
  authorizerType,
  ttl,
  identitySource,
  cacheWithoutIdentitySource,
  identityValidationExpression,
  identityValidationIgnored,
  authorizerUri,
  cognitoProviderArns,
  jwtIssuer,
  jwtAudience,
  httpOnlyFields,
  simpleResponses,
  schemeType,
  httpSingleRequirement,
  apiKeySource,
  apiKeySourceUnused,
  apiKeyScheme,
  rootSecurityIgnored,
  preflightAuthorized,
  operationNoAuth,
];
export default authRules;
