import type { ApigwRule } from '../lib/rule.js';
import { INTEGRATION_GIVEN, isObject, ruleFunction } from '../lib/apigw.js';

// DG http-api-parameter-mapping, "Reserved headers": HTTP API parameter mappings cannot append,
// overwrite or remove these request or response headers; CreateIntegration/import rejects them.
const RESERVED = new Set([
  'authorization',
  'connection',
  'content-encoding',
  'content-length',
  'content-location',
  'forwarded',
  'keep-alive',
  'origin',
  'proxy-authenticate',
  'proxy-authorization',
  'te',
  'trailers',
  'transfer-encoding',
  'upgrade',
  'x-forwarded-for',
  'x-forwarded-host',
  'x-forwarded-proto',
  'via',
]);
const RESERVED_PREFIXES = ['access-control-', 'apigw-', 'x-amz-', 'x-amzn-'];
const TARGET = /^(?:append|overwrite|remove):header\.(.+)$/i;

function reserved(header: string): boolean {
  const name = header.toLowerCase();
  return RESERVED.has(name) || RESERVED_PREFIXES.some((p) => name.startsWith(p));
}

const rule: ApigwRule = {
  id: 'apigw-http-parameter-mapping-reserved-header',
  category: 'integration',
  severity: 'error',
  description:
    'HTTP API parameter mappings cannot change reserved headers (Authorization, Connection, Origin, x-amz-*, access-control-*...).',
  awsSource: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-parameter-mapping.html',
  flavour: 'http',
  spectral: {
    given: INTEGRATION_GIVEN,
    then: {
      function: ruleFunction((integration, ctx) => {
        if (ctx.flavour !== 'http') return;
        const out: Array<[Array<string>, string]> = [];
        const check = (mapping: unknown, at: string[]) => {
          if (!isObject(mapping)) return;
          for (const key of Object.keys(mapping)) {
            const m = TARGET.exec(key);
            if (m && reserved(m[1]))
              out.push([
                [...at, key],
                `${key} changes the reserved header ${m[1]}: HTTP API parameter mapping cannot modify it, and the integration is rejected. Map it to another header name.`,
              ]);
          }
        };
        check(integration.requestParameters, ['requestParameters']);
        if (isObject(integration.responseParameters)) {
          for (const [status, mapping] of Object.entries(integration.responseParameters))
            check(mapping, ['responseParameters', status]);
        }
        return out;
      }),
    },
  },
};
export default rule;
