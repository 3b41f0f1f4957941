import type { JsonPath } from '../../core/finding.js';
import type { ConfigRule } from './types.js';
import { apiTypeOf, entries } from './types.js';

// "The access log format must include at least $context.requestId or $context.extendedRequestId"
// (DG set-up-access-logging; AWS CDK applies the same to HTTP APIs, IAccessLogSettings.format).
// HTTP APIs: the access log format may be at most 3 KB (DG http-api-quotas; reference §3.4).
const MAX_HTTP_FORMAT_BYTES = 3 * 1024;

export const accessLogFormat: ConfigRule = {
  id: 'apigw-stage-access-log-format',
  category: 'stages',
  severity: 'error',
  description:
    'Access log format: must contain $context.requestId or $context.extendedRequestId; HTTP APIs: at most 3 KB.',
  awsSource: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/set-up-access-logging.html',
  check(config, specs) {
    const http = apiTypeOf(config, specs) === 'http';
    const problems: Array<[JsonPath, string]> = [];
    for (const [stage, s] of entries(config.data.stages)) {
      const format = s?.accessLog?.format;
      if (typeof format !== 'string') continue;
      const at: JsonPath = ['stages', stage, 'accessLog', 'format'];
      if (!/\$context\.(requestId|extendedRequestId)\b/.test(format)) {
        problems.push([
          at,
          `Stage "${stage}": the access log format must contain $context.requestId or $context.extendedRequestId; API Gateway rejects it otherwise.`,
        ]);
      }
      const size = Buffer.byteLength(format, 'utf8');
      if (http && size > MAX_HTTP_FORMAT_BYTES)
        problems.push([at, `Stage "${stage}": the access log format is ${size} bytes; HTTP APIs take at most 3 KB.`]);
    }
    return problems;
  },
};
