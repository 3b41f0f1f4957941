import type { ApigwRule } from '../lib/rule.js';
import { isObject, isOpaque, quote, ruleFunction, textOf, withoutPlaceholders } from '../lib/apigw.js';
import { AUTHORIZER_GIVEN, authorizerType, schemeAt } from '../lib/security.js';

// DG http-api-jwt-authorizer: the issuer is an https URL whose iss claim tokens must carry; it can be
// omitted only when the scheme is openIdConnect with an openIdConnectUrl (DG
// api-gateway-swagger-extensions-authorizer, jwtConfiguration); BOTO-V2 JWTConfiguration.Issuer.
const rule: ApigwRule = {
  id: 'apigw-authorizer-jwt-issuer',
  category: 'auth',
  severity: 'error',
  description: 'A JWT authorizer needs `jwtConfiguration.issuer`, an https URL (unless the scheme is openIdConnect).',
  awsSource: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-jwt-authorizer.html',
  flavour: 'http',
  spectral: {
    given: AUTHORIZER_GIVEN,
    then: {
      function: ruleFunction((authorizer, ctx) => {
        if (ctx.flavour !== 'http' || authorizerType(authorizer) !== 'jwt') return;
        const scheme = schemeAt(ctx.root, ctx.path);
        const discovered = scheme.type === 'openIdConnect' && typeof scheme.openIdConnectUrl === 'string';
        const config = authorizer.jwtConfiguration;
        if (config === undefined) {
          return discovered
            ? undefined
            : [[[], 'A JWT authorizer needs jwtConfiguration with an issuer (https://…) and an audience list.']];
        }
        if (isOpaque(config, ctx, [...ctx.path, 'jwtConfiguration'])) return;
        if (!isObject(config))
          return [[['jwtConfiguration'], 'jwtConfiguration must be an object with issuer and audience.']];
        const issuer = config.issuer;
        if (issuer === undefined) {
          return discovered
            ? undefined
            : [
                [
                  ['jwtConfiguration'],
                  'jwtConfiguration has no issuer; set the https URL tokens carry in their iss claim (e.g. https://cognito-idp.{region}.amazonaws.com/{userPoolId}), or use an openIdConnect scheme with openIdConnectUrl.',
                ],
              ];
        }
        if (isOpaque(issuer, ctx, [...ctx.path, 'jwtConfiguration', 'issuer'])) return;
        const text = textOf(issuer);
        if (text === undefined)
          return [[['jwtConfiguration', 'issuer'], `issuer must be a string URL, got ${quote(issuer)}.`]];
        let url: URL | undefined;
        try {
          url = new URL(withoutPlaceholders(text, 'placeholder'));
        } catch {
          url = undefined;
        }
        if (!url || url.protocol !== 'https:' || !url.hostname) {
          return [
            [
              ['jwtConfiguration', 'issuer'],
              `issuer ${quote(issuer)} is not an https URL; API Gateway fetches the issuer's keys over HTTPS and compares the token's iss claim with it (e.g. https://cognito-idp.us-east-1.amazonaws.com/us-east-1_AbCdEf123).`,
            ],
          ];
        }
      }),
    },
  },
};
export default rule;
