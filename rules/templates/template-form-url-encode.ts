import type { IFunctionResult } from '@stoplight/spectral-core';
import type { ApigwRule } from '../lib/rule.js';
import { INTEGRATION, integrationType, type Context } from '../lib/apigw.js';
import { REQUEST_TEMPLATE_GIVEN, templateProblemAt, withoutComments } from '../lib/templates.js';

// AWS Query APIs (SQS SendMessage, SNS Publish, SES SendEmail...) take the request as
// application/x-www-form-urlencoded `Action=…&Name=value` pairs. A value printed from the request
// unencoded is cut at its first `&`, loses its `+` (read as a space) and breaks on `%`: the message
// arrives corrupted or the call fails. $util.urlEncode encodes it (DG api-gateway-mapping-template-reference,
// "$util variables"); the AWS Query protocol is form-encoded (AWS General Reference, Query requests).
const QUERY_ACTION = /(^|[&\n])\s*Action=[A-Za-z]+/;
const REFERENCE = /\$!?\{?([A-Za-z][A-Za-z0-9_]*)/g;
// Values that need no encoding, or are encoded already: request ids, stage variables, loop counters.
const SAFE_ROOTS = new Set(['context', 'stageVariables', 'foreach', 'velocityCount']);

/** Offsets of text inside $util.urlEncode( … ) (balanced parentheses). */
function encodedSpans(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  for (const m of text.matchAll(/\$!?\{?util\.urlEncode\(/g)) {
    const start = (m.index ?? 0) + m[0].length;
    let depth = 1;
    let i = start;
    for (; i < text.length && depth > 0; i++) {
      if (text[i] === '(') depth++;
      else if (text[i] === ')') depth--;
    }
    spans.push([m.index ?? 0, i]);
  }
  return spans;
}

/** Offsets of VTL directives (#set(...), #if(...), #foreach(...)): their references are not printed. */
function directiveSpans(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  for (const m of text.matchAll(/#\{?(set|if|elseif|foreach)\}?\s*\(/g)) {
    let depth = 1;
    let i = (m.index ?? 0) + m[0].length;
    for (; i < text.length && depth > 0; i++) {
      if (text[i] === '(') depth++;
      else if (text[i] === ')') depth--;
    }
    spans.push([m.index ?? 0, i]);
  }
  return spans;
}

const rule: ApigwRule = {
  id: 'apigw-template-form-url-encode',
  category: 'templates',
  severity: 'warn',
  flavour: 'rest',
  description:
    'A form-encoded AWS request template (`Action=…&…`, SQS/SNS/SES) prints request data without `$util.urlEncode`.',
  awsSource: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-mapping-template-reference.html',
  spectral: {
    given: REQUEST_TEMPLATE_GIVEN,
    then: {
      function: (template: unknown, _options: unknown, context: Context): IFunctionResult[] => {
        if (typeof template !== 'string') return [];
        const root = context.document.data as any;
        const [, pathKey, method] = context.path as string[];
        const integration = root?.paths?.[pathKey]?.[method]?.[INTEGRATION];
        const type = integrationType(integration);
        if (type !== undefined && type !== 'aws') return [];
        const text = withoutComments(template);
        if (!QUERY_ACTION.test(text)) return [];
        const skip = [...encodedSpans(text), ...directiveSpans(text)];
        const raw: Array<{ ref: string; offset: number }> = [];
        for (const m of text.matchAll(REFERENCE)) {
          const offset = m.index ?? 0;
          if (SAFE_ROOTS.has(m[1]) || m[1] === 'util') continue;
          if (skip.some(([a, b]) => offset >= a && offset < b)) continue;
          const ref = /^\$!?\{?[A-Za-z0-9_.]+(\([^)]*\))?/.exec(text.slice(offset))?.[0] ?? m[0];
          raw.push({ ref, offset });
        }
        if (raw.length === 0) return [];
        const names = [...new Set(raw.map((r) => r.ref))];
        return [
          templateProblemAt(
            context,
            template,
            text,
            raw[0].offset,
            `This form-encoded request (Action=…&…) prints ${names.slice(0, 3).join(', ')}${names.length > 3 ? ` and ${names.length - 3} more` : ''} without $util.urlEncode: a value holding &, + or % arrives cut or changed. Wrap each request value: Name=$util.urlEncode(...).`,
          ),
        ];
      },
    },
  },
};
export default rule;
