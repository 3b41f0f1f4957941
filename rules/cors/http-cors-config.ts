import type { ApigwRule } from '../lib/rule.js';
import { APIGW_METHODS } from '../../src/definition/methods.js';
import { isOpaque, quote, ruleFunction } from '../lib/apigw.js';

// x-amazon-apigateway-cors fields (DG api-gateway-swagger-extensions-cors-configuration; BOTO-V2
// Cors: maxAge -1..86400, arrays of strings; origins exact, `*` or scheme wildcards).
const ARRAYS = ['allowOrigins', 'allowMethods', 'allowHeaders', 'exposeHeaders'];
const METHODS = [...APIGW_METHODS.map((m) => m.toUpperCase()), '*'];

const rule: ApigwRule = {
  id: 'apigw-http-cors-config',
  category: 'cors',
  severity: 'error',
  flavour: 'http',
  description: '`x-amazon-apigateway-cors` values: string arrays, valid methods and origins, maxAge from -1 to 86400.',
  awsSource: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-cors.html',
  spectral: {
    given: "$['x-amazon-apigateway-cors']",
    then: {
      function: ruleFunction((cors, ctx) => {
        const problems: Array<[(string | number)[], string]> = [];
        for (const key of ARRAYS) {
          const value = cors[key];
          if (value === undefined || isOpaque(value, ctx, [...ctx.path, key])) continue;
          if (!Array.isArray(value)) problems.push([[key], `${key} must be a list of strings, got ${quote(value)}.`]);
        }
        (Array.isArray(cors.allowMethods) ? cors.allowMethods : []).forEach((m: unknown, i: number) => {
          if (typeof m !== 'string' || !METHODS.includes(m.toUpperCase()))
            problems.push([
              ['allowMethods', i],
              `${quote(m)} is not an HTTP method; use GET, POST, PUT, PATCH, DELETE, HEAD, OPTIONS or *.`,
            ]);
        });
        (Array.isArray(cors.allowOrigins) ? cors.allowOrigins : []).forEach((o: unknown, i: number) => {
          if (typeof o !== 'string' || isOpaque(o)) return;
          if (o !== '*' && !/^https?:\/\/[^/]+$/.test(o))
            problems.push([
              ['allowOrigins', i],
              `Origin ${quote(o)} must be *, or scheme://host[:port] without a path or trailing slash (e.g. https://example.com).`,
            ]);
        });
        const maxAge = cors.maxAge;
        if (
          maxAge !== undefined &&
          !isOpaque(maxAge, ctx, [...ctx.path, 'maxAge']) &&
          !(Number.isInteger(maxAge) && maxAge >= -1 && maxAge <= 86400)
        ) {
          problems.push([
            ['maxAge'],
            `maxAge ${quote(maxAge)} is out of range; API Gateway accepts whole seconds from -1 to 86400.`,
          ]);
        }
        return problems;
      }),
    },
  },
};
export default rule;
