import type { ApigwRule } from '../lib/rule.js';
import { isObject, isOpaque, quote, ruleFunction } from '../lib/apigw.js';
import { AUTHORIZER_GIVEN, authorizerType } from '../lib/security.js';

// DG http-api-jwt-authorizer: aud/client_id must match one configured audience; DG http-api-quotas:
// at most 50 audiences per JWT authorizer; BOTO-V2 JWTConfiguration.Audience is a list of strings.
const rule: ApigwRule = {
  id: 'apigw-authorizer-jwt-audience',
  category: 'auth',
  severity: 'error',
  description: '`jwtConfiguration.audience` must be a list of 1 to 50 strings.',
  awsSource: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-quotas.html',
  flavour: 'http',
  spectral: {
    given: AUTHORIZER_GIVEN,
    then: {
      function: ruleFunction((authorizer, ctx) => {
        if (ctx.flavour !== 'http' || authorizerType(authorizer) !== 'jwt' || !isObject(authorizer.jwtConfiguration))
          return;
        const audience = authorizer.jwtConfiguration.audience;
        const path = ['jwtConfiguration', 'audience'];
        if (audience === undefined || isOpaque(audience, ctx, [...ctx.path, ...path])) return;
        if (!Array.isArray(audience))
          return [
            [
              path,
              `audience must be a list of client ids/audiences, got ${quote(audience)}; write audience: [${quote(audience)}].`,
            ],
          ];
        if (audience.length === 0)
          return [
            [path, 'audience is empty; no token can match. List the app client ids (or aud values) the API accepts.'],
          ];
        if (audience.length > 50)
          return [
            [
              path,
              `audience has ${audience.length} entries; a JWT authorizer accepts at most 50 (quota, not adjustable). Split the API or use fewer client ids.`,
            ],
          ];
        const bad = audience.findIndex((a) => typeof a !== 'string' && !isOpaque(a));
        if (bad >= 0) return [[[...path, bad], `Audience entries must be strings, got ${quote(audience[bad])}.`]];
      }),
    },
  },
};
export default rule;
