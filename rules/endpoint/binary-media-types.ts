import type { ApigwRule } from '../lib/rule.js';
import { isOpaque, quote, ruleFunction } from '../lib/apigw.js';

// x-amazon-apigateway-binary-media-types: a list of media types such as image/png or */*
// (DG api-gateway-swagger-extensions-binary-media-types). The `~1` escape is for JSON Patch
// paths (console/CLI, SAM's BinaryMediaTypes), not for the OpenAPI extension.
const MEDIA = /^[A-Za-z0-9!#$&^_.+*-]+\/[A-Za-z0-9!#$&^_.+*-]+$/;

const rule: ApigwRule = {
  id: 'apigw-binary-media-types',
  category: 'endpoint',
  severity: 'error',
  flavour: 'rest',
  description:
    '`x-amazon-apigateway-binary-media-types` must be a list of media types (type/subtype, wildcards allowed).',
  awsSource:
    'https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-swagger-extensions-binary-media-types.html',
  spectral: {
    given: "$['x-amazon-apigateway-binary-media-types']",
    then: {
      function: ruleFunction((types, ctx) => {
        if (!Array.isArray(types))
          return [[[], `x-amazon-apigateway-binary-media-types must be a list, got ${quote(types)}.`]];
        const problems: Array<[number[], string]> = [];
        types.forEach((t: unknown, i: number) => {
          if (isOpaque(t, ctx, [...ctx.path, i])) return;
          if (typeof t === 'string' && t.includes('~1'))
            problems.push([
              [i],
              `${quote(t)}: write ${quote(t.replace(/~1/g, '/'))}; the ~1 escape belongs to PATCH paths and SAM, not to the OpenAPI extension.`,
            ]);
          else if (typeof t !== 'string' || !MEDIA.test(t.trim()))
            problems.push([
              [i],
              `${quote(t)} is not a media type; use type/subtype such as application/octet-stream, image/* or */*.`,
            ]);
        });
        return problems;
      }),
    },
  },
};
export default rule;
