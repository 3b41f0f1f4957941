import type { JsonPath } from '../../core/finding.js';
import type { TemplateRule } from './types.js';

/** Canary `PercentTraffic` on a Stage's `CanarySetting`, a Deployment's `DeploymentCanarySettings` or `StageDescription.CanarySetting`, and SAM's `CanarySetting`. */
const rule: TemplateRule = {
  id: 'apigw-stage-canary-percent',
  category: 'stages',
  severity: 'error',
  description: 'Canary `PercentTraffic` (Stage, Deployment, SAM Api) must be a number from 0 to 100.',
  awsSource: 'https://docs.aws.amazon.com/apigateway/latest/api/API_CanarySettings.html',
  apiTypes: ['rest'],
  check(model) {
    const out: ReturnType<TemplateRule['check']> = [];
    const places: Record<string, string[][]> = {
      'AWS::ApiGateway::Stage': [['CanarySetting']],
      'AWS::ApiGateway::Deployment': [['DeploymentCanarySettings'], ['StageDescription', 'CanarySetting']],
      'AWS::Serverless::Api': [['CanarySetting']],
    };
    for (const [id, r] of Object.entries(model.resources)) {
      for (const place of places[r?.Type ?? ''] ?? []) {
        let node: unknown = r.Properties;
        for (const key of place)
          node = node && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined;
        const percent = node && typeof node === 'object' ? (node as Record<string, unknown>).PercentTraffic : undefined;
        if (percent === undefined || (typeof percent !== 'number' && typeof percent !== 'string')) continue;
        const value = Number(percent);
        const at: JsonPath = ['Resources', id, 'Properties', ...place, 'PercentTraffic'];
        if (!Number.isFinite(value) || value < 0 || value > 100)
          out.push([
            at,
            `PercentTraffic ${percent} must be from 0 to 100 (the percent of the stage's requests the canary gets)`,
          ]);
      }
    }
    return out;
  },
};
export default rule;
