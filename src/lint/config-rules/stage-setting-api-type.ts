import type { JsonPath } from '../../core/finding.js';
import type { ConfigRule } from './types.js';
import { apiTypeOf, entries } from './types.js';

// HTTP API stages have route settings, auto-deploy and detailed metrics but no method settings,
// X-Ray tracing or canary (API reference v2 Stage; DG http-api-vs-rest); REST stages are the other
// way round. A setting of the other kind is never deployed: said here instead of being dropped.
const REST_ONLY: Record<string, string> = {
  methodSettings:
    'HTTP APIs have no method settings; use routeSettings keyed by route key ("GET /pets") for throttling and detailedMetrics',
  tracing: 'HTTP APIs have no X-Ray tracing',
  canary: 'HTTP APIs have no canary deployments; shift traffic with weighted API mappings or a weighted Lambda alias',
};
const HTTP_ONLY: Record<string, string> = {
  autoDeploy: 'REST API stages have no auto-deploy: each apigw deploy makes a deployment',
  routeSettings: 'REST API stages take methodSettings keyed "/path/METHOD", not routeSettings',
  detailedMetrics: 'REST API stages take methodSettings."*/*".metrics, not detailedMetrics',
  accessLog:
    "apigw deploy applies accessLog to HTTP API stages only; set a REST stage's access logging in the console or CloudFormation",
};

export const stageSettingApiType: ConfigRule = {
  id: 'apigw-stage-setting-api-type',
  category: 'stages',
  severity: 'warn',
  description:
    'A stage setting the API type does not have (REST-only on an HTTP API, HTTP-only on a REST API) is never deployed.',
  awsSource: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-vs-rest.html',
  check(config, specs) {
    const type = apiTypeOf(config, specs);
    if (!type) return [];
    const other = type === 'http' ? REST_ONLY : HTTP_ONLY;
    const problems: Array<[JsonPath, string]> = [];
    for (const [stage, s] of entries(config.data.stages)) {
      for (const [key, why] of Object.entries(other)) {
        if (s && typeof s === 'object' && (s as Record<string, unknown>)[key] !== undefined)
          problems.push([
            ['stages', stage, key],
            `Stage "${stage}": ${why}; apigw deploy ignores ${key} for this ${type === 'http' ? 'HTTP' : 'REST'} API.`,
          ]);
      }
    }
    return problems;
  },
};
