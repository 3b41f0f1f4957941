import type { ApigwRule } from '../lib/rule.js';
import { isOpaque, quote, ruleFunction } from '../lib/apigw.js';
import { AUTHORIZER_GIVEN, authorizerType } from '../lib/security.js';

// DG http-api-lambda-authorizer: payload format version 1.0 or 2.0; "simple responses" (a boolean
// isAuthorized) only with format 2.0; BOTO-V2 CreateAuthorizerRequest.EnableSimpleResponses,
// AuthorizerPayloadFormatVersion.
const rule: ApigwRule = {
  id: 'apigw-authorizer-simple-responses',
  category: 'auth',
  severity: 'error',
  description:
    'HTTP API Lambda authorizers need `authorizerPayloadFormatVersion` 1.0 or 2.0, and `enableSimpleResponses` needs 2.0.',
  awsSource: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-lambda-authorizer.html',
  flavour: 'http',
  spectral: {
    given: AUTHORIZER_GIVEN,
    then: {
      function: ruleFunction((authorizer, ctx) => {
        if (ctx.flavour !== 'http' || authorizerType(authorizer) !== 'request') return;
        const version = authorizer.authorizerPayloadFormatVersion;
        if (isOpaque(version, ctx, [...ctx.path, 'authorizerPayloadFormatVersion'])) return;
        // API reference Authorizer.AuthorizerPayloadFormatVersion: "Required for HTTP API Lambda
        // authorizers" (DG http-api-lambda-authorizer: the console alone picks a default).
        if (version === undefined) {
          return [
            [
              [],
              'An HTTP API Lambda authorizer needs authorizerPayloadFormatVersion ("2.0" or "1.0"): API Gateway requires it outside the console, and it decides the event the function gets and the response it must return.',
            ],
          ];
        }
        const text = typeof version === 'number' ? version.toFixed(1) : version;
        if (version !== undefined && text !== '1.0' && text !== '2.0') {
          return [
            [
              ['authorizerPayloadFormatVersion'],
              `authorizerPayloadFormatVersion must be "1.0" or "2.0", got ${quote(version)}.`,
            ],
          ];
        }
        const simple = authorizer.enableSimpleResponses;
        if ((simple === true || simple === 'true') && text !== '2.0') {
          return [
            [
              ['enableSimpleResponses'],
              `enableSimpleResponses needs authorizerPayloadFormatVersion "2.0"${version === undefined ? ' (it is not set)' : ` (it is ${quote(version)})`}; set the version to "2.0" or return an IAM policy instead of a boolean.`,
            ],
          ];
        }
      }),
    },
  },
};
export default rule;
