import type { ApigwRule } from '../lib/rule.js';
import { integrationType, isObject, ruleFunction } from '../lib/apigw.js';

// DG api-gateway-payload-encodings (+ -workflow): with a binary media type that matches the request,
// API Gateway passes the payload as binary and a mapping template cannot be applied unless the
// integration converts it (`contentHandling: CONVERT_TO_TEXT`). With `*/*` every request matches,
// including the browser's OPTIONS preflight, so a MOCK preflight whose request template selects the
// status (`{"statusCode": 200}`) fails with 500 on every preflight, and CORS with it.
const rule: ApigwRule = {
  id: 'apigw-binary-preflight-content-handling',
  category: 'integration',
  severity: 'error',
  description:
    'With `*/*` binary media types, a MOCK preflight needs `contentHandling: CONVERT_TO_TEXT`, or every preflight fails with 500.',
  awsSource: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-payload-encodings-workflow.html',
  flavour: 'rest',
  spectral: {
    given: "$.paths[*].options['x-amazon-apigateway-integration']",
    then: {
      function: ruleFunction((integration, ctx) => {
        if (
          ctx.flavour !== 'rest' ||
          integrationType(integration) !== 'mock' ||
          !isObject(integration.requestTemplates)
        )
          return;
        const types = ctx.root?.['x-amazon-apigateway-binary-media-types'];
        if (!Array.isArray(types) || !types.some((t) => typeof t === 'string' && t.trim() === '*/*')) return;
        const handling =
          typeof integration.contentHandling === 'string' ? integration.contentHandling.toUpperCase() : undefined;
        if (handling === 'CONVERT_TO_TEXT') return;
        return [
          [
            integration.contentHandling === undefined ? [] : ['contentHandling'],
            `x-amazon-apigateway-binary-media-types includes */*, so the preflight request reaches this MOCK integration as binary and its request template cannot select a status: every OPTIONS ${String(ctx.path[1])} fails with 500 (and CORS with it). Add contentHandling: CONVERT_TO_TEXT to the integration.`,
          ],
        ];
      }),
    },
  },
};
export default rule;
