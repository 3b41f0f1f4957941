import type { ApigwRule } from '../lib/rule.js';
import { ruleFunction } from '../lib/apigw.js';

// Browsers send preflight OPTIONS requests without credentials or API keys, so an authorized
// OPTIONS method always fails the preflight (DG how-to-cors; DG http-api-cors for $default routes).
const rule: ApigwRule = {
  id: 'apigw-cors-preflight-auth',
  category: 'cors',
  severity: 'error',
  description: 'An OPTIONS (preflight) operation requires authorization or an API key; browsers send preflights without credentials.',
  awsSource: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/how-to-cors.html',
  spectral: {
    given: '$.paths[*].options',
    then: {
      function: ruleFunction((operation, ctx) => {
        const security = operation.security;
        const auth = String(operation['x-amazon-apigateway-auth']?.type ?? '').toUpperCase();
        const required = Array.isArray(security) && security.length > 0 && !security.some((req: unknown) => req && typeof req === 'object' && Object.keys(req).length === 0);
        if (required) {
          const names = Object.keys(security[0] ?? {}).join(', ');
          return [[['security'], `OPTIONS ${String(ctx.path[1])} requires ${names}; browsers send preflight requests without credentials or API keys, so CORS always fails. Remove security from the options operation.`]];
        }
        if (auth === 'AWS_IAM') return [[['x-amazon-apigateway-auth'], `OPTIONS ${String(ctx.path[1])} requires IAM authorization; preflight requests are never signed, so CORS always fails.`]];
      }),
    },
  },
};
export default rule;
