import type { ApigwRule } from '../lib/rule.js';
import { isObject, ruleFunction } from '../lib/apigw.js';
import { staticValue } from '../lib/cors.js';

// Browsers refuse credentialed responses whose Access-Control-Allow-Origin is `*` (DG how-to-cors);
// HTTP APIs reject the combination with 400 "allow-credentials is not supported if 'allow-origin'
// is *" (DG http-api-cors; github.com/aws/aws-cdk/issues/9076).
const rule: ApigwRule = {
  id: 'apigw-cors-wildcard-credentials',
  category: 'cors',
  severity: 'error',
  description: 'Access-Control-Allow-Origin `*` together with Access-Control-Allow-Credentials `true`.',
  awsSource: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-cors.html',
  spectral: {
    given: [
      '$.paths[*][*].x-amazon-apigateway-integration.responses[*].responseParameters',
      "$['x-amazon-apigateway-gateway-responses'][*].responseParameters",
      "$['x-amazon-apigateway-cors']",
    ],
    then: {
      function: ruleFunction((node, ctx) => {
        if (!isObject(node)) return;
        if (ctx.path[0] === 'x-amazon-apigateway-cors') {
          const origins = Array.isArray(node.allowOrigins) ? node.allowOrigins : [];
          if (node.allowCredentials === true && origins.includes('*')) {
            return [
              [
                ['allowCredentials'],
                'allowCredentials: true with allowOrigins ["*"] is rejected by API Gateway (400); list the exact origins instead of *.',
              ],
            ];
          }
          return;
        }
        const entry = (name: string) => Object.entries(node).find(([k]) => k.toLowerCase().endsWith(`.header.${name}`));
        const origin = entry('access-control-allow-origin');
        const credentials = entry('access-control-allow-credentials');
        if (
          origin &&
          credentials &&
          staticValue(origin[1]) === '*' &&
          staticValue(credentials[1])?.toLowerCase() === 'true'
        ) {
          return [
            [
              [origin[0]],
              "Access-Control-Allow-Origin '*' with Access-Control-Allow-Credentials 'true': browsers reject credentialed responses for the wildcard origin. Return the caller's exact origin instead.",
            ],
          ];
        }
      }),
    },
  },
};
export default rule;
