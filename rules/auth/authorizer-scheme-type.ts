import type { ApigwRule } from '../lib/rule.js';
import { ruleFunction } from '../lib/apigw.js';
import { AUTHORIZER, SCHEME_GIVEN, authorizerType } from '../lib/security.js';

// DG api-gateway-known-issues (REST: "only apiKey security schemes", authorizers are configured by the
// extension on an apiKey scheme); DG api-gateway-swagger-extensions-authorizer examples; DG
// http-api-open-api / http-api-jwt-authorizer: HTTP JWT authorizers sit on oauth2 or openIdConnect
// schemes, HTTP Lambda authorizers on apiKey schemes.
const rule: ApigwRule = {
  id: 'apigw-authorizer-scheme-type',
  category: 'auth',
  severity: 'error',
  description:
    'The security scheme holding an authorizer must have the type API Gateway expects (apiKey; oauth2/openIdConnect for JWT).',
  awsSource:
    'https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-swagger-extensions-authorizer.html',
  spectral: {
    given: SCHEME_GIVEN,
    then: {
      function: ruleFunction((scheme, ctx) => {
        const type = authorizerType(scheme[AUTHORIZER]);
        if (type === undefined || typeof scheme.type !== 'string') return;
        const at = ['type'];
        if (type === 'jwt') {
          if (ctx.flavour === 'http' && scheme.type !== 'oauth2' && scheme.type !== 'openIdConnect') {
            return [
              [
                at,
                `A JWT authorizer's security scheme must be type oauth2 (or openIdConnect with openIdConnectUrl), not ${scheme.type}.`,
              ],
            ];
          }
          return;
        }
        if (scheme.type !== 'apiKey') {
          return [
            [
              at,
              `A ${type} authorizer's security scheme must be type apiKey (with in: header and name: the token header, or name: Unused), not ${scheme.type}; API Gateway only reads authorizers from apiKey schemes.`,
            ],
          ];
        }
      }),
    },
  },
};
export default rule;
