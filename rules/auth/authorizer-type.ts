import type { ApigwRule } from '../lib/rule.js';
import { isOpaque, quote, ruleFunction } from '../lib/apigw.js';
import { AUTHORIZER_GIVEN, authorizerType } from '../lib/security.js';

// DG api-gateway-swagger-extensions-authorizer: REST types token, request, cognito_user_pools;
// HTTP types request, jwt (BOTO-V1 AuthorizerType, BOTO-V2 AuthorizerType).
const REST = ['token', 'request', 'cognito_user_pools'];
const HTTP = ['request', 'jwt'];

const rule: ApigwRule = {
  id: 'apigw-authorizer-type',
  category: 'auth',
  severity: 'error',
  description: 'Authorizer `type` must be token, request or cognito_user_pools (REST) or request or jwt (HTTP).',
  awsSource:
    'https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-swagger-extensions-authorizer.html',
  spectral: {
    given: AUTHORIZER_GIVEN,
    then: {
      function: ruleFunction((authorizer, ctx) => {
        if (authorizer.type === undefined) {
          return [[[], `Authorizer has no \`type\`; set one of ${(ctx.flavour === 'http' ? HTTP : REST).join(', ')}.`]];
        }
        if (isOpaque(authorizer.type, ctx, [...ctx.path, 'type'])) return;
        const type = authorizerType(authorizer);
        if (type === undefined)
          return [[['type'], `Authorizer \`type\` must be a string, got ${quote(authorizer.type)}.`]];
        if (ctx.flavour === 'rest') {
          if (type === 'jwt')
            return [
              [
                ['type'],
                'JWT authorizers exist only in HTTP APIs; in a REST API use a cognito_user_pools authorizer or a Lambda (token/request) authorizer that validates the JWT.',
              ],
            ];
          if (!REST.includes(type))
            return [
              [
                ['type'],
                `Unknown authorizer type ${quote(authorizer.type)}; REST APIs accept token, request or cognito_user_pools.`,
              ],
            ];
        } else {
          if (type === 'token')
            return [
              [
                ['type'],
                'HTTP APIs have no token authorizers; use type request with identitySource $request.header.Authorization.',
              ],
            ];
          if (type === 'cognito_user_pools') {
            return [
              [
                ['type'],
                'HTTP APIs have no cognito_user_pools authorizers; use type jwt with issuer https://cognito-idp.{region}.amazonaws.com/{userPoolId} and the app client id as audience.',
              ],
            ];
          }
          if (!HTTP.includes(type))
            return [[['type'], `Unknown authorizer type ${quote(authorizer.type)}; HTTP APIs accept request or jwt.`]];
        }
      }),
    },
  },
};
export default rule;
