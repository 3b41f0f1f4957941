import type { ApigwRule } from '../lib/rule.js';
import { ANY_METHOD, operationsOf, ruleFunction } from '../lib/apigw.js';
import { returnsCorsHeaders } from '../lib/cors.js';

// REST APIs answer preflight only through an OPTIONS method the definition models itself, per
// resource (child resources are not covered) (DG how-to-cors; enable-cors-for-resource-using-swagger-importer-tool).
const rule: ApigwRule = {
  id: 'apigw-cors-preflight-missing',
  category: 'cors',
  severity: 'warn',
  flavour: 'rest',
  description: 'A REST path whose responses carry Access-Control-Allow-Origin has no OPTIONS preflight method.',
  awsSource: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/how-to-cors.html',
  spectral: {
    given: '$.paths[*]',
    then: {
      function: ruleFunction((item, ctx) => {
        if (ctx.flavour !== 'rest' || 'options' in item || ANY_METHOD in item) return;
        const methods = operationsOf(item)
          .filter(([, op]) => returnsCorsHeaders(op))
          .map(([m]) => m.toUpperCase());
        if (methods.length === 0) return;
        return [
          [
            [],
            `${methods.join(', ')} return Access-Control-Allow-Origin but ${String(ctx.path[1])} has no options method: browsers' preflight requests (non-simple methods, custom headers, JSON bodies) get 403. Add an options operation with a MOCK integration returning the Access-Control-Allow-* headers.`,
          ],
        ];
      }),
    },
  },
};
export default rule;
