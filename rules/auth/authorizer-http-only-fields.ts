import type { ApigwRule } from '../lib/rule.js';
import { ruleFunction } from '../lib/apigw.js';
import { AUTHORIZER_GIVEN } from '../lib/security.js';

// DG api-gateway-swagger-extensions-authorizer: authorizerPayloadFormatVersion, enableSimpleResponses
// and jwtConfiguration are HTTP API fields; REST authorizers (BOTO-V1 CreateAuthorizerRequest) have no
// such properties, so a REST import drops them.
const HTTP_ONLY = ['authorizerPayloadFormatVersion', 'enableSimpleResponses', 'jwtConfiguration'];

const rule: ApigwRule = {
  id: 'apigw-authorizer-http-only-fields',
  category: 'auth',
  severity: 'warn',
  description:
    'HTTP API authorizer fields (`enableSimpleResponses`, `authorizerPayloadFormatVersion`, `jwtConfiguration`) are ignored by REST APIs.',
  awsSource:
    'https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-swagger-extensions-authorizer.html',
  flavour: 'rest',
  spectral: {
    given: AUTHORIZER_GIVEN,
    then: {
      function: ruleFunction((authorizer, ctx) => {
        if (ctx.flavour !== 'rest') return;
        return HTTP_ONLY.filter((field) => field in authorizer).map((field) => [
          [field],
          field === 'jwtConfiguration'
            ? 'jwtConfiguration exists only for HTTP API JWT authorizers; a REST API ignores it. Use a cognito_user_pools authorizer or a Lambda authorizer.'
            : `${field} is an HTTP API field; REST Lambda authorizers ignore it and always expect an IAM policy response (principalId, policyDocument). Remove it.`,
        ]);
      }),
    },
  },
};
export default rule;
