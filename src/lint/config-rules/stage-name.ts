import type { ConfigRule } from './types.js';
import { apiTypeOf, entries } from './types.js';

// REST stage names: letters, digits, hyphens, underscores, at most 128 characters (BOTO-V1
// CreateStageRequest.stageName; DG api-gateway-known-issues). HTTP: 1-128 characters, `$default`
// is the auto-routing stage (BOTO-V2 CreateStageRequest; DG http-api-stages).
const rule: ConfigRule = {
  id: 'apigw-stage-name',
  category: 'stages',
  severity: 'error',
  description: 'Stage names: letters, digits, `-` and `_`, at most 128 characters (`$default` for HTTP APIs).',
  awsSource: 'https://docs.aws.amazon.com/apigateway/latest/api/API_CreateStage.html',
  check(config, specs) {
    const http = apiTypeOf(config, specs) === 'http';
    return entries(config.data.stages).flatMap(([name]) => {
      if (http && name === '$default') return [];
      if (name.length > 128)
        return [
          [
            ['stages', name],
            `Stage name "${name.slice(0, 20)}…" is ${name.length} characters; API Gateway allows 128.`,
          ],
        ];
      if (!/^[A-Za-z0-9_-]+$/.test(name)) {
        const hint = name === '$default' ? ' ($default exists only for HTTP APIs)' : '';
        return [
          [['stages', name], `Stage name "${name}" may contain only letters, digits, hyphens and underscores${hint}.`],
        ];
      }
      return [];
    });
  },
};
export default rule;
