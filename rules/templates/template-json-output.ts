import type { IFunctionResult } from '@stoplight/spectral-core';
import type { ApigwRule } from '../lib/rule.js';
import { INTEGRATION, isObject, isProxy, type Context } from '../lib/apigw.js';
import { REQUEST_TEMPLATE_GIVEN, TemplateCache } from '../lib/templates.js';
import { sampleFromSchema } from '../lib/schema-sample.js';
import {
  renderTemplate,
  syntheticInput,
  TemplateRenderError,
  type OperationInfo,
  type TemplateInput,
} from '../../src/vtl/index.js';

// DG api-gateway-mapping-template-reference / models-mappings: an application/json template must
// produce the JSON payload the backend expects; a template that emits broken JSON for an ordinary
// request sends the backend a payload it cannot parse (Lambda custom integrations fail at once).
const KNOWN_ROOTS = new Set(['input', 'context', 'util', 'stageVariables', 'foreach', 'velocityCount']);

/** `${x}` references to names the template never defines: deploy-tool placeholders (Terraform templatefile). */
function hasForeignPlaceholder(template: string): boolean {
  return foreignPlaceholder.get(template, findForeignPlaceholder);
}

const foreignPlaceholder = new TemplateCache<boolean>();

function findForeignPlaceholder(template: string): boolean {
  const defined = new Set(
    [...template.matchAll(/#\{?(?:set|foreach)\}?\s*\(\s*\$!?\{?([A-Za-z_]\w*)/g)].map((m) => m[1]),
  );
  return [...template.matchAll(/\$\{([A-Za-z_][\w:]*)/g)].some((m) => !KNOWN_ROOTS.has(m[1]) && !defined.has(m[1]));
}

function operationInfo(root: any, pathKey: string, method: string, contentType: string): OperationInfo {
  const item = root?.paths?.[pathKey] ?? {};
  const op = item[method] ?? {};
  const parameters = [
    ...(Array.isArray(item.parameters) ? item.parameters : []),
    ...(Array.isArray(op.parameters) ? op.parameters : []),
  ].filter(isObject);
  const bodySchema = op.requestBody?.content?.[contentType]?.schema ?? parameters.find((p) => p.in === 'body')?.schema;
  const flatParams = parameters.map((p) => ({
    name: p.name,
    in: p.in,
    example: p.example ?? p['x-example'],
    schema: p.schema ?? { type: p.type, default: p.default },
  }));
  return {
    path: pathKey,
    method: method === 'x-amazon-apigateway-any-method' ? 'POST' : method,
    parameters: flatParams,
    bodyExample: sampleFromSchema(bodySchema),
    contentType,
  };
}

/**
 * Templates in a definition are untrusted (a pull request's): each render gets a short budget, and
 * all renders of one definition (and of the whole process) a total, after which templates are
 * reported as not checked instead of making lint hang.
 */
export const LINT_RENDER_BUDGET = { perTemplateMs: 1000, perDefinitionMs: 3_000, perProcessMs: 30_000 };
const NOT_CHECKED =
  "Template not checked: budget exhausted (lint's time for rendering templates ran out on the templates before it).";
const spentByDefinition = new WeakMap<object, number>();
let spentInProcess = 0;

type Rendered = { output: string } | { skipped: 'error' } | { skipped: 'limit'; why: string };

function render(template: string, input: TemplateInput, definition: object): Rendered {
  const spent = spentByDefinition.get(definition) ?? 0;
  const left = Math.min(LINT_RENDER_BUDGET.perDefinitionMs - spent, LINT_RENDER_BUDGET.perProcessMs - spentInProcess);
  if (left <= 0) return { skipped: 'limit', why: NOT_CHECKED };
  const started = Date.now();
  try {
    return {
      output: renderTemplate(template, input, {
        limits: { timeoutMs: Math.min(LINT_RENDER_BUDGET.perTemplateMs, left) },
      }).output,
    };
  } catch (error) {
    if (error instanceof TemplateRenderError && error.kind === 'limit') {
      return {
        skipped: 'limit',
        why:
          left < LINT_RENDER_BUDGET.perTemplateMs && /longer than/.test(error.message)
            ? NOT_CHECKED
            : `Template not checked: ${error.message}.`,
      };
    }
    return { skipped: 'error' }; // syntax errors belong to apigw-template-syntax
  } finally {
    const ms = Date.now() - started;
    spentByDefinition.set(definition, spent + ms);
    spentInProcess += ms;
  }
}

function jsonError(output: string): Error | undefined {
  try {
    JSON.parse(output);
    return undefined;
  } catch (error) {
    return error as Error;
  }
}

/** `{statusCode: 200}` -> `{"statusCode": 200}`: bare identifier keys quoted, nothing else changed. */
function quoteBareKeys(output: string): string {
  return output.replace(/([{,]\s*)([A-Za-z_$][\w$]*)\s*:/g, '$1"$2":');
}

function withNumericParameters(input: TemplateInput): TemplateInput {
  const numbers = (map: Record<string, unknown> | undefined) =>
    Object.fromEntries(Object.keys(map ?? {}).map((k) => [k, '1']));
  const request = input.request ?? {};
  return {
    ...input,
    request: { ...request, pathParameters: numbers(request.pathParameters), query: numbers(request.query) },
  };
}

const rule: ApigwRule = {
  id: 'apigw-template-json-output',
  category: 'templates',
  severity: 'warn',
  description:
    'An `application/json` request template renders invalid JSON for a synthetic request built from the operation.',
  awsSource: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/models-mappings.html',
  flavour: 'rest',
  spectral: {
    given: REQUEST_TEMPLATE_GIVEN,
    then: {
      function: (template: unknown, _options: unknown, context: Context): IFunctionResult[] => {
        const [, pathKey, method, , , contentType] = context.path as string[];
        if (typeof template !== 'string' || !/^application\/json\b/i.test(String(contentType))) return [];
        const root = (context.documentInventory as unknown as { resolved: any }).resolved;
        const integration = root?.paths?.[pathKey]?.[method]?.[INTEGRATION];
        if (isProxy(integration) || hasForeignPlaceholder(template) || template.trim() === '') return [];
        const definition = context.documentInventory as unknown as object;
        const input = syntheticInput(operationInfo(root, pathKey, method, contentType));
        const first = render(template, input, definition);
        if ('skipped' in first) return first.skipped === 'limit' ? [{ message: first.why }] : [];
        const output = first.output;
        // A Lambda function must receive JSON (else API Gateway answers 400 "Could not parse request
        // body into json"); other AWS service integrations often send form-encoded text on purpose.
        const lambda =
          /:lambda:path\//.test(String(integration?.uri ?? '')) &&
          String(integration?.type ?? '').toLowerCase() === 'aws';
        if (!lambda && !/^[[{]/.test(output.trim())) return [];
        if (output.trim() === '') return [];
        const error = jsonError(output);
        if (!error) return [];
        // A MOCK integration's template only tells API Gateway the status code, and API Gateway reads
        // it leniently: `{statusCode: 200}` (unquoted key), as the AWS CDK and the Serverless Framework
        // write their CORS preflight mocks, works in every deployment of them.
        if (String(integration?.type ?? '').toLowerCase() === 'mock' && !jsonError(quoteBareKeys(output))) return [];
        // Parameters inserted without quotes are fine for numeric requests: report only what no plausible request fixes.
        const numeric = render(template, withNumericParameters(input), definition);
        if ('skipped' in numeric) return numeric.skipped === 'limit' ? [{ message: numeric.why }] : [];
        if (!jsonError(numeric.output)) return [];
        const at = /position (\d+)/.exec(error.message);
        const offset = at ? Number(at[1]) : 0;
        const excerpt = output.slice(Math.max(0, offset - 30), offset + 20).replace(/\s+/g, ' ');
        const reason = error.message.replace(/^.*?(Unexpected|Expected)/, '$1');
        const effect = lambda
          ? ' A Lambda custom integration then answers 400 "Could not parse request body into json".'
          : '';
        return [
          {
            message: `This application/json template renders invalid JSON for a sample request (${reason}), near: ${excerpt}.${effect} Quote string values ("$util.escapeJavaScript(...)"), use $input.json() for JSON values, and check commas around #if/#foreach.`,
          },
        ];
      },
    },
  },
};
export default rule;
