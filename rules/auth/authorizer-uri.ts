import type { ApigwRule } from '../lib/rule.js';
import { isOpaque, quote, ruleFunction, textOf } from '../lib/apigw.js';
import { AUTHORIZER_GIVEN, authorizerType } from '../lib/security.js';
import { lambdaUriProblem } from '../functions/uris.js';

// DG api-gateway-swagger-extensions-authorizer: authorizerUri is the Lambda invocation URI
// arn:aws:apigateway:{region}:lambda:path/2015-03-31/functions/{functionArn}/invocations, required for
// token and request authorizers (BOTO-V1 CreateAuthorizerRequest.authorizerUri; BOTO-V2: "required for REQUEST").
const rule: ApigwRule = {
  id: 'apigw-authorizer-uri',
  category: 'auth',
  severity: 'error',
  description: 'Lambda authorizers need an `authorizerUri` that is a Lambda invocation URI.',
  awsSource:
    'https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-swagger-extensions-authorizer.html',
  spectral: {
    given: AUTHORIZER_GIVEN,
    then: {
      function: ruleFunction((authorizer, ctx) => {
        const type = authorizerType(authorizer);
        if (type !== 'token' && type !== 'request') return;
        const uri = authorizer.authorizerUri;
        if (uri === undefined) {
          return [
            [
              [],
              `A ${type} authorizer needs authorizerUri: arn:aws:apigateway:{region}:lambda:path/2015-03-31/functions/{functionArn}/invocations.`,
            ],
          ];
        }
        if (isOpaque(uri, ctx, [...ctx.path, 'authorizerUri'])) return;
        const text = textOf(uri);
        if (text === undefined) return [[['authorizerUri'], `authorizerUri must be a string, got ${quote(uri)}.`]];
        const problem = lambdaUriProblem(text, false);
        if (problem) return [[['authorizerUri'], problem]];
      }),
    },
  },
};
export default rule;
