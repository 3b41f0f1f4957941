import type { ApigwRule } from '../lib/rule.js';
import { isOpaque, ruleFunction } from '../lib/apigw.js';
import { AUTHORIZER_GIVEN, authorizerType } from '../lib/security.js';
import { identitySourceEntries } from '../lib/identity-source.js';

// REST: identity sources are required for a request authorizer when caching is on, and the TTL
// defaults to 300 s (DG configure-api-gateway-lambda-authorization, DG api-gateway-swagger-extensions-authorizer).
// HTTP: "caching needs at least one identity source" (DG http-api-lambda-authorizer). The HTTP
// default TTL is not documented for imports, so only an explicit TTL > 0 is checked there.
const rule: ApigwRule = {
  id: 'apigw-authorizer-cache-without-identity-source',
  category: 'auth',
  severity: 'error',
  description: 'A request authorizer with result caching (TTL > 0) needs an `identitySource`: it is the cache key.',
  awsSource:
    'https://docs.aws.amazon.com/apigateway/latest/developerguide/configure-api-gateway-lambda-authorization.html',
  spectral: {
    given: AUTHORIZER_GIVEN,
    then: {
      function: ruleFunction((authorizer, ctx) => {
        if (authorizerType(authorizer) !== 'request') return;
        const ttlValue = authorizer.authorizerResultTtlInSeconds;
        if (isOpaque(ttlValue, ctx, [...ctx.path, 'authorizerResultTtlInSeconds'])) return;
        const explicit = ttlValue !== undefined;
        const ttl = explicit ? Number(ttlValue) : ctx.flavour === 'rest' ? 300 : 0;
        if (!(ttl > 0)) return;
        const source = authorizer.identitySource;
        if (
          source !== undefined &&
          (isOpaque(source, ctx, [...ctx.path, 'identitySource']) ||
            (identitySourceEntries(source) ?? ['?']).length > 0)
        )
          return;
        const ttlText = explicit
          ? `authorizerResultTtlInSeconds is ${ttl}`
          : 'authorizerResultTtlInSeconds is not set, so it defaults to 300';
        const example =
          ctx.flavour === 'rest' ? 'method.request.header.Authorization' : '$request.header.Authorization';
        return [
          [
            explicit ? ['authorizerResultTtlInSeconds'] : [],
            `${ttlText} but the request authorizer has no identitySource; API Gateway caches by identity source, so add one (e.g. ${example}) or set authorizerResultTtlInSeconds: 0.`,
          ],
        ];
      }),
    },
  },
};
export default rule;
