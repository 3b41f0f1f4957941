import type { ApigwRule } from '../lib/rule.js';
import { isObject, ruleFunction } from '../lib/apigw.js';

// DG api-gateway-openapi-extensions-x-amazon-apigateway-tag-value: an HTTP API import turns each
// root `tags` entry into an AWS tag (name = key, x-amazon-apigateway-tag-value = value, empty when
// absent). AWS tag rules: at most 50 tags, keys 1–128 characters not starting with `aws:`, values
// at most 256 characters.
const TAG_VALUE = 'x-amazon-apigateway-tag-value';
const MAX_TAGS = 50;

const rule: ApigwRule = {
  id: 'apigw-tags',
  category: 'endpoint',
  severity: 'error',
  flavour: 'http',
  description:
    'HTTP API tags (root `tags` with `x-amazon-apigateway-tag-value`): at most 50, keys ≤128 characters without `aws:`, values ≤256.',
  awsSource:
    'https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-openapi-extensions-x-amazon-apigateway-tag-value.html',
  spectral: {
    given: '$.tags',
    then: {
      function: ruleFunction((tags) => {
        if (!Array.isArray(tags)) return;
        const problems: Array<[Array<string | number>, string]> = [];
        if (tags.length > MAX_TAGS)
          problems.push([[], `${tags.length} tags; a resource takes at most ${MAX_TAGS}, so the import fails.`]);
        tags.forEach((tag, i) => {
          if (!isObject(tag) || typeof tag.name !== 'string') return;
          const key = tag.name;
          if (key.length > 128)
            problems.push([[i, 'name'], `tag key "${key.slice(0, 40)}…" has ${key.length} characters; at most 128.`]);
          if (/^aws:/i.test(key))
            problems.push([[i, 'name'], `tag key "${key}" starts with "aws:", which AWS reserves for its own tags.`]);
          const value = tag[TAG_VALUE];
          if (typeof value === 'string' && value.length > 256)
            problems.push([[i, TAG_VALUE], `tag value of "${key}" has ${value.length} characters; at most 256.`]);
        });
        return problems;
      }),
    },
  },
};
export default rule;
