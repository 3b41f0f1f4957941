import type { ApigwRule } from '../lib/rule.js';
import { isObject, ruleFunction } from '../lib/apigw.js';
import { corsPaths } from '../lib/cors.js';

// Errors API Gateway generates (authorizer denials, throttling, validation, 5XX) bypass the
// integration; without CORS headers on DEFAULT_4XX/DEFAULT_5XX the browser shows a CORS failure
// instead of the status (DG how-to-cors; supported-gateway-response-types).
const GR = 'x-amazon-apigateway-gateway-responses';

const rule: ApigwRule = {
  id: 'apigw-cors-gateway-responses',
  category: 'cors',
  severity: 'warn',
  flavour: 'rest',
  description: 'A REST API using CORS should add Access-Control-Allow-Origin to the DEFAULT_4XX and DEFAULT_5XX gateway responses.',
  awsSource: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/how-to-cors.html',
  spectral: {
    given: '$',
    then: {
      function: ruleFunction((root, ctx) => {
        if (ctx.flavour !== 'rest') return;
        const paths = corsPaths(root);
        if (paths.length === 0) return;
        const responses = isObject(root[GR]) ? root[GR] : undefined;
        const missing = ['DEFAULT_4XX', 'DEFAULT_5XX'].filter((type) => {
          const params = responses?.[type]?.responseParameters;
          return !(isObject(params) && Object.keys(params).some((k) => k.toLowerCase() === 'gatewayresponse.header.access-control-allow-origin'));
        });
        if (missing.length === 0) return;
        const where = responses ? [GR] : ['paths', paths[0]];
        return [[where, `The API uses CORS (${paths[0]}${paths.length > 1 ? ', …' : ''}) but ${missing.join(' and ')} ${missing.length > 1 ? 'have' : 'has'} no gatewayresponse.header.Access-Control-Allow-Origin: errors from API Gateway itself (401, 403, 429, 5XX) reach browsers as CORS failures. Add the header in ${GR}.`]];
      }),
    },
  },
};
export default rule;
