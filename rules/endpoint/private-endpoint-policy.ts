import type { ApigwRule } from '../lib/rule.js';
import { ruleFunction } from '../lib/apigw.js';

// A private API can be invoked only when a resource policy grants access (DG
// apigateway-private-apis: "you must attach a resource policy"; DG openapi-extensions-policy).
const rule: ApigwRule = {
  id: 'apigw-private-endpoint-policy',
  category: 'endpoint',
  severity: 'error',
  flavour: 'rest',
  description: 'A PRIVATE REST API needs `x-amazon-apigateway-policy`, or nobody can invoke it.',
  awsSource: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-private-api-create.html',
  spectral: {
    given: '$',
    then: {
      function: ruleFunction((root, ctx) => {
        if (
          ctx.flavour !== 'rest' ||
          ctx.endpointType !== 'PRIVATE' ||
          root['x-amazon-apigateway-policy'] !== undefined
        )
          return;
        const where = Array.isArray(root.servers)
          ? ['servers']
          : root['x-amazon-apigateway-endpoint-configuration']
            ? ['x-amazon-apigateway-endpoint-configuration']
            : ['paths'];
        return [
          [
            where,
            'This is a PRIVATE API but it has no x-amazon-apigateway-policy: every call is denied until a resource policy allows it. Add a policy allowing execute-api:Invoke from your VPC endpoint(s) (aws:SourceVpce).',
          ],
        ];
      }),
    },
  },
};
export default rule;
