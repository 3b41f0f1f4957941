import type { ApigwRule } from '../lib/rule.js';
import { isObject, ruleFunction } from '../lib/apigw.js';
import { isTemplatedPath, segmentsOf } from '../lib/paths.js';

// A REST API is a tree of resources; under one parent only one child may be a path variable
// (CreateResource: "A sibling ({id}) of this resource already has a variable path part -- only one
// is allowed"). `/a/{id}` and `/a/{name}`, or `/a/{id}` and `/a/{proxy+}`, cannot both be imported.
const rule: ApigwRule = {
  id: 'apigw-path-sibling-variables',
  category: 'structure',
  severity: 'error',
  flavour: 'rest',
  description:
    'Under one parent path a REST API can have only one path variable segment (`/a/{id}` and `/a/{name}` conflict).',
  awsSource: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-known-issues.html',
  spectral: {
    given: '$.paths',
    then: {
      function: ruleFunction((paths) => {
        if (!isObject(paths)) return;
        // parent path -> first variable segment seen there, and the path that introduced it
        const seen = new Map<string, { segment: string; pathKey: string }>();
        const reported = new Set<string>();
        const problems: Array<[string[], string]> = [];
        for (const pathKey of Object.keys(paths)) {
          if (!pathKey.startsWith('/') || isTemplatedPath(pathKey)) continue;
          const segments = segmentsOf(pathKey);
          let parent = '';
          for (const s of segments) {
            if (s.variable !== undefined) {
              const first = seen.get(parent);
              if (!first) seen.set(parent, { segment: s.text, pathKey });
              else if (first.segment !== s.text && !reported.has(`${parent}/${s.text}`)) {
                reported.add(`${parent}/${s.text}`);
                problems.push([
                  [pathKey],
                  `${pathKey}: "${s.text}" and "${first.segment}" (${first.pathKey}) are two different path variables under ${parent || '/'}; API Gateway allows one variable segment per parent resource, so the import fails. Use one name for both.`,
                ]);
                break;
              }
            }
            parent += `/${s.text}`;
          }
        }
        return problems;
      }),
    },
  },
};
export default rule;
