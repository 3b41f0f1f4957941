/**
 * The stages and usage plans a template declares for one REST API, as the apigw.yaml model the
 * config rules check: `AWS::ApiGateway::Stage` (and a SAM Api's own stage) with their variables,
 * tracing, cache cluster, method settings and access log; `AWS::ApiGateway::UsagePlan` with its
 * throttle, quota and API stages. So a template without apigw.yaml gets the same stage checks
 * (stage variable names and values, a definition using a variable no stage defines, cache sizes,
 * throttle sanity, usage plan quotas and stages), with findings placed on the template resources.
 */
import type { ProjectConfig, ProjectConfigData, StageConfig, UsagePlanConfig } from '../config/types.js';
import type { Finding, JsonPath } from '../core/finding.js';
import { PositionMap } from '../definition/template/position-map.js';
import { referenced, refersTo, type Resources } from '../definition/template/refs.js';
import type { LoadedSpec, SourceFile } from '../definition/types.js';

/** Config rules the template rules already cover on the same properties (stage-method-settings*, stage-canary-percent). */
export const COVERED_BY_TEMPLATE_RULES = new Set([
  'apigw-canary-percent',
  'apigw-method-settings-key',
  'apigw-throttle-values',
]);

type Props = Record<string, unknown>;
const isMap = (v: unknown): v is Props => v !== null && typeof v === 'object' && !Array.isArray(v);

/** The template's stages and usage plans of the REST API `apiId`, or undefined when it declares none. */
export function templateStageConfig(
  template: SourceFile,
  apiId: string,
): { config: ProjectConfig; complete: boolean; toTemplate(path: JsonPath): JsonPath } | undefined {
  const resources = (template.data as { Resources: Resources }).Resources;
  const map = new PositionMap(['Resources', apiId]);
  const stages: Record<string, StageConfig> = {};
  // A stage whose name or variables an intrinsic computes: the stage set is not known in full.
  let complete = true;
  const addStage = (name: unknown, props: Props, at: JsonPath, keys: StageKeys): void => {
    if (props[keys.variables] !== undefined && !isMap(props[keys.variables])) complete = false;
    // `!Sub ${StageName}` reads as its text: a placeholder is as unknown as an intrinsic.
    const known = typeof name === 'string' && name !== '' && !name.includes('${');
    if (!known) complete = false;
    if (!known || stages[name]) return;
    const stage: StageConfig = {};
    const base = ['stages', name];
    map.set(base, at);
    if (isMap(props[keys.variables])) {
      stage.variables = props[keys.variables] as Record<string, string>;
      map.copy([...base, 'variables'], [...at, keys.variables]);
    }
    if (typeof props[keys.tracing] === 'boolean') {
      stage.tracing = props[keys.tracing] as boolean;
      map.set([...base, 'tracing'], [...at, keys.tracing]);
    }
    if (props.CacheClusterEnabled !== undefined || props.CacheClusterSize !== undefined) {
      stage.caching = {
        ...(typeof props.CacheClusterEnabled === 'boolean' ? { enabled: props.CacheClusterEnabled } : {}),
        ...(props.CacheClusterSize !== undefined ? { size: props.CacheClusterSize as string } : {}),
      };
      map.set([...base, 'caching'], at);
      map.set([...base, 'caching', 'enabled'], [...at, 'CacheClusterEnabled']);
      map.set([...base, 'caching', 'size'], [...at, 'CacheClusterSize']);
    }
    const log = props[keys.accessLog];
    if (isMap(log) && typeof log.DestinationArn === 'string' && typeof log.Format === 'string') {
      stage.accessLog = { destination: log.DestinationArn, format: log.Format };
      map.set([...base, 'accessLog'], [...at, keys.accessLog]);
      map.set([...base, 'accessLog', 'destination'], [...at, keys.accessLog, 'DestinationArn']);
      map.set([...base, 'accessLog', 'format'], [...at, keys.accessLog, 'Format']);
    }
    stages[name] = stage;
  };

  for (const [id, r] of Object.entries(resources)) {
    const props = isMap(r?.Properties) ? r.Properties : {};
    const at: JsonPath = ['Resources', id, 'Properties'];
    if (r?.Type === 'AWS::ApiGateway::Stage' && refersTo(props.RestApiId, apiId))
      addStage(props.StageName, props, at, STAGE_KEYS);
    else if (r?.Type === 'AWS::Serverless::Api' && id === apiId) addStage(props.StageName, props, at, STAGE_KEYS);
    else if (r?.Type === 'AWS::ApiGateway::Deployment' && refersTo(props.RestApiId, apiId)) {
      // A Deployment with StageName creates that stage (its settings in StageDescription).
      const description = isMap(props.StageDescription) ? props.StageDescription : {};
      if (props.StageName !== undefined)
        addStage(
          props.StageName,
          description,
          [...at, props.StageDescription ? 'StageDescription' : 'StageName'],
          STAGE_KEYS,
        );
    }
  }

  const usagePlans: UsagePlanConfig[] = [];
  for (const [id, r] of Object.entries(resources)) {
    if (r?.Type !== 'AWS::ApiGateway::UsagePlan') continue;
    const props = isMap(r.Properties) ? r.Properties : {};
    const apiStages = Array.isArray(props.ApiStages) ? props.ApiStages.filter(isMap) : [];
    const mine = apiStages.filter((s) => referenced(s.ApiId)?.id === apiId);
    if (mine.length === 0) continue;
    const at: JsonPath = ['Resources', id, 'Properties'];
    const base = ['usagePlans', usagePlans.length];
    const plan: UsagePlanConfig = { name: typeof props.UsagePlanName === 'string' ? props.UsagePlanName : id };
    map.set(base, ['Resources', id]);
    map.set([...base, 'name'], [...at, 'UsagePlanName']);
    // A Stage written as `!Ref ProdStage` names the stage resource: use its StageName.
    const stageNames = mine.map((s) => stageNameOf(s.Stage, resources));
    if (!stageNames.every((n): n is string => typeof n === 'string' && !n.includes('${'))) complete = false;
    else {
      plan.stages = stageNames;
      mine.forEach((s, i) => map.set([...base, 'stages', i], [...at, 'ApiStages', apiStages.indexOf(s), 'Stage']));
    }
    const throttle = isMap(props.Throttle) ? props.Throttle : undefined;
    if (throttle) {
      plan.throttling = {
        ...(typeof throttle.RateLimit === 'number' ? { rateLimit: throttle.RateLimit } : {}),
        ...(typeof throttle.BurstLimit === 'number' ? { burstLimit: throttle.BurstLimit } : {}),
      };
      map.set([...base, 'throttling'], [...at, 'Throttle']);
      map.set([...base, 'throttling', 'rateLimit'], [...at, 'Throttle', 'RateLimit']);
      map.set([...base, 'throttling', 'burstLimit'], [...at, 'Throttle', 'BurstLimit']);
    }
    const quota = isMap(props.Quota) ? props.Quota : undefined;
    if (quota && typeof quota.Limit === 'number' && typeof quota.Period === 'string') {
      plan.quota = {
        limit: quota.Limit,
        period: quota.Period as 'DAY' | 'WEEK' | 'MONTH',
        ...(typeof quota.Offset === 'number' ? { offset: quota.Offset } : {}),
      };
      map.set([...base, 'quota'], [...at, 'Quota']);
      for (const [key, prop] of [
        ['limit', 'Limit'],
        ['period', 'Period'],
        ['offset', 'Offset'],
      ])
        map.set([...base, 'quota', key], [...at, 'Quota', prop]);
    }
    usagePlans.push(plan);
  }

  if (Object.keys(stages).length === 0 && usagePlans.length === 0) return undefined;
  // Stages of this API created elsewhere (another stack, the console): nothing to say what is missing.
  if (Object.keys(stages).length === 0) complete = false;
  const data: ProjectConfigData = {
    api: { type: 'rest' },
    stages,
    ...(usagePlans.length > 0 ? { usagePlans } : {}),
  };
  const config: ProjectConfig = {
    file: template.path,
    dir: template.path.replace(/[/\\][^/\\]*$/, ''),
    data,
    rangeOf: (path) => template.rangeOf(map.toTemplate(path)),
    specFiles: [],
  };
  return { config, complete, toTemplate: (path) => map.toTemplate(path) };
}

interface StageKeys {
  variables: string;
  tracing: string;
  accessLog: string;
}
const STAGE_KEYS: StageKeys = { variables: 'Variables', tracing: 'TracingEnabled', accessLog: 'AccessLogSetting' };

function stageNameOf(stage: unknown, resources: Resources): string | undefined {
  if (typeof stage === 'string') return stage;
  const hit = referenced(stage);
  const props = hit ? resources[hit.id]?.Properties : undefined;
  return typeof props?.StageName === 'string' ? props.StageName : undefined;
}

/**
 * The config rules over the stages and usage plans of the template's REST API `spec` (read when
 * the project has no apigw.yaml stages). Messages name the template, not apigw.yaml.
 */
export async function checkTemplateStages(template: SourceFile, spec: LoadedSpec): Promise<Finding[]> {
  if (!spec.origin || spec.flavour.type !== 'rest') return [];
  const built = templateStageConfig(template, spec.origin.logicalId);
  if (!built) return [];
  const { config, complete, toTemplate } = built;
  const { checkConfig, checkSpecAgainstConfig } = await import('./config-rules/index.js');
  const { asTemplateFindings } = await import('../definition/template/load.js');
  // With a stage set an intrinsic hides, "no stage defines it" cannot be decided.
  const undecidable = complete ? new Set<string>() : new Set(['apigw-usage-plan-stage']);
  const found = [
    ...checkConfig(config, [spec])
      .filter((f) => !COVERED_BY_TEMPLATE_RULES.has(f.code) && !undecidable.has(f.code))
      .map((f) => ({ ...f, path: toTemplate(f.path) })),
    ...(complete ? asTemplateFindings(spec, checkSpecAgainstConfig(spec, config)) : []),
  ];
  return found.map((f) => ({ ...f, message: inTemplateWords(f.message) }));
}

/** The config rules speak of apigw.yaml; here the stages are the template's. */
function inTemplateWords(message: string): string {
  return message
    .replace(' in apigw.yaml', ' in this template')
    .replace('Add it under stages.<name>.variables.', "Add it to that stage's Variables.")
    .replace('which is not under stages:', 'which is not a stage of this API in the template');
}
