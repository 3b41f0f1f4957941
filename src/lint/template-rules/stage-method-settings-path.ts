import { methodSettings } from './method-settings.js';
import { restMethods } from './rest-paths.js';
import { text, type TemplateRule } from './types.js';

/**
 * A MethodSettings entry names its method by `ResourcePath` (`/*`, or the path with each '/' after
 * the first written `~1`: `/~1pets~1{id}`) and `HttpMethod`. One that names no method of the API
 * configures nothing.
 */
const rule: TemplateRule = {
  id: 'apigw-stage-method-settings-path',
  category: 'stages',
  severity: 'warn',
  description:
    'A stage `MethodSettings` entry whose ResourcePath is not `/*` or `/~1`-encoded, or names no resource/method of the API, configures nothing.',
  awsSource:
    'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-apigateway-stage-methodsetting.html',
  apiTypes: ['rest'],
  check(model) {
    const out: ReturnType<TemplateRule['check']> = [];
    for (const { setting: s, at, apiId } of methodSettings(model)) {
      const path = text(s.ResourcePath);
      const method = text(s.HttpMethod);
      if (path === undefined || path === '/*') continue;
      const methods = apiId ? restMethods(model.resources, apiId) : undefined;
      const decoded = path === '/' ? '/' : path.startsWith('/') ? path.slice(1).replace(/~1/g, '/') : undefined;
      if (decoded === undefined || !decoded.startsWith('/')) {
        out.push([
          [...at, 'ResourcePath'],
          `ResourcePath '${path}' must be /* or the resource path with each '/' written ~1 after the first (${
            path.startsWith('/')
              ? `/${path
                  .slice(1)
                  .split('/')
                  .map((p) => `~1${p}`)
                  .join('')}`
              : '/~1pets for /pets'
          }); otherwise it names no resource`,
        ]);
      } else if (methods && !methods.has(decoded)) {
        out.push([
          [...at, 'ResourcePath'],
          `ResourcePath '${path}' (${decoded}) is no resource of ${apiId}: these settings apply to nothing (resources: ${[...methods.keys()].join(', ')})`,
        ]);
      } else if (
        methods &&
        method !== undefined &&
        method !== '*' &&
        !methods.get(decoded)!.has(method.toUpperCase()) &&
        !methods.get(decoded)!.has('ANY')
      ) {
        out.push([
          [...at, 'HttpMethod'],
          `${decoded} has no ${method} method (${[...methods.get(decoded)!].join(', ')}): these settings apply to nothing`,
        ]);
      }
    }
    return out;
  },
};
export default rule;
