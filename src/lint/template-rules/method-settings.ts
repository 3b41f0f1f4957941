import type { JsonPath } from '../../core/finding.js';
import { referenced } from '../../definition/template/refs.js';
import type { TemplateModel } from './types.js';

/** Every MethodSettings entry of an `AWS::ApiGateway::Stage` or a SAM Api, with its place and API. */
export function* methodSettings(
  model: TemplateModel,
): Generator<{ setting: Record<string, unknown>; at: JsonPath; apiId?: string }> {
  for (const [id, r] of Object.entries(model.resources)) {
    const isStage = r?.Type === 'AWS::ApiGateway::Stage';
    if (!isStage && r?.Type !== 'AWS::Serverless::Api') continue;
    const props = r.Properties ?? {};
    if (!Array.isArray(props.MethodSettings)) continue;
    const apiId = isStage ? referenced(props.RestApiId)?.id : id;
    for (const [i, setting] of (props.MethodSettings as unknown[]).entries()) {
      if (setting && typeof setting === 'object')
        yield {
          setting: setting as Record<string, unknown>,
          at: ['Resources', id, 'Properties', 'MethodSettings', i],
          apiId,
        };
    }
  }
}
