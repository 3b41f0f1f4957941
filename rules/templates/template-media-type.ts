import type { IFunctionResult } from '@stoplight/spectral-core';
import type { ApigwRule } from '../lib/rule.js';
import type { Context } from '../lib/apigw.js';
import { RESPONSE_TEMPLATE_GIVEN, templateProblemAt, withoutComments } from '../lib/templates.js';

// A response template's key is the Content-Type API Gateway sends with what it renders (DG
// models-mappings: the mapping template for a content type). An XML key whose template renders a
// JSON document sends JSON labelled as XML: clients that parse by Content-Type fail. (JSON keys are
// apigw-template-json-output's; request template keys name the incoming type, not the output.)
const XML = /^(application|text)\/(xml|[\w.+-]+\+xml)$/i;
const DIRECTIVE_LINE = /^\s*#(set|if|elseif|else|end|foreach|macro|break|stop)\b[^\n]*$/gm;

const rule: ApigwRule = {
  id: 'apigw-template-media-type',
  category: 'templates',
  severity: 'warn',
  flavour: 'rest',
  description: 'A response template under an XML media type renders JSON, which API Gateway sends labelled as XML.',
  awsSource: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/models-mappings.html',
  spectral: {
    given: RESPONSE_TEMPLATE_GIVEN,
    then: {
      function: (template: unknown, _options: unknown, context: Context): IFunctionResult[] => {
        const mediaType = String(context.path[context.path.length - 1]);
        if (typeof template !== 'string' || !XML.test(mediaType)) return [];
        const text = withoutComments(template).replace(DIRECTIVE_LINE, (m) => ' '.repeat(m.length));
        const m = /\S/.exec(text);
        if (!m || (m[0] !== '{' && m[0] !== '[')) return [];
        return [
          templateProblemAt(
            context,
            template,
            text,
            m.index,
            `This ${mediaType} response template renders JSON; API Gateway sends it with Content-Type ${mediaType}, so clients that parse by media type fail. Render XML here, or key the template by application/json.`,
          ),
        ];
      },
    },
  },
};
export default rule;
