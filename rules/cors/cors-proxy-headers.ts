import type { ApigwRule } from '../lib/rule.js';
import { isProxy, ruleFunction } from '../lib/apigw.js';

// With proxy integrations API Gateway passes the backend response through: the Lambda function or
// HTTP backend must return Access-Control-Allow-Origin itself (DG how-to-cors, "proxy integrations").
const rule: ApigwRule = {
  id: 'apigw-cors-proxy-headers',
  category: 'cors',
  severity: 'info',
  flavour: 'rest',
  description: 'On a CORS-enabled path, proxy integrations must return the CORS headers from the backend.',
  awsSource: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/how-to-cors.html',
  spectral: {
    given: '$.paths[*][*].x-amazon-apigateway-integration',
    then: {
      function: ruleFunction((integration, ctx) => {
        const [, path, method] = ctx.path as string[];
        if (ctx.flavour !== 'rest' || method === 'options' || !isProxy(integration) || !ctx.root.paths?.[path]?.options)
          return;
        const backend = String(integration.type).toLowerCase() === 'aws_proxy' ? 'Lambda function' : 'HTTP backend';
        return [
          [
            ['type'],
            `${path} has a CORS preflight, but ${method.replace('x-amazon-apigateway-any-method', 'ANY').toUpperCase()} uses ${integration.type}: API Gateway adds no headers to proxy responses, so the ${backend} must return Access-Control-Allow-Origin itself.`,
          ],
        ];
      }),
    },
  },
};
export default rule;
