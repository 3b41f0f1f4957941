import type { ApigwRule } from '../lib/rule.js';
import { INTEGRATION_GIVEN, ruleFunction } from '../lib/apigw.js';

// API caching is a REST API stage feature; HTTP APIs have none (DG http-api-vs-rest, "API caching").
const rule: ApigwRule = {
  id: 'apigw-cache-http-api',
  category: 'caching',
  severity: 'warn',
  flavour: 'http',
  description:
    'Cache settings (`cacheKeyParameters`, `cacheNamespace`) on an HTTP API are ignored: HTTP APIs have no caching.',
  awsSource: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-vs-rest.html',
  spectral: {
    given: INTEGRATION_GIVEN,
    then: {
      function: ruleFunction((integration, ctx) => {
        if (ctx.flavour !== 'http') return;
        return ['cacheKeyParameters', 'cacheNamespace']
          .filter((field) => field in integration)
          .map(
            (field) =>
              [
                [field],
                `${field} has no effect: HTTP APIs do not support API caching. Remove it, or use a REST API (or a CloudFront cache in front) if you need caching.`,
              ] as [string[], string],
          );
      }),
    },
  },
};
export default rule;
