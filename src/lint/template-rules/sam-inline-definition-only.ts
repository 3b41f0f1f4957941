import type { TemplateRule } from './types.js';

/**
 * SAM writes these properties into the API's definition, which it can do only for an inline
 * `DefinitionBody` (an `AWS::Include` counts: it is inlined before SAM runs). With `DefinitionUri`
 * the transform stops with "<Property> works only with inline ... 'DefinitionBody' property"
 * (samtranslator/model/api/api_generator.py, http_api_generator.py).
 */
const PROPERTIES: Record<string, string[]> = {
  'AWS::Serverless::Api': ['Cors', 'Auth', 'GatewayResponses', 'Models'],
  'AWS::Serverless::HttpApi': ['CorsConfiguration', 'Auth', 'Tags', 'Name', 'Description'],
};

const rule: TemplateRule = {
  id: 'apigw-sam-inline-definition-only',
  category: 'structure',
  severity: 'error',
  description:
    'A SAM Api/HttpApi with DefinitionUri and a property SAM must write into the definition (Cors, Auth, GatewayResponses, Models; HttpApi also Tags, Name, Description): the transform fails.',
  awsSource:
    'https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/sam-property-api-corsconfiguration.html',
  apiTypes: ['rest', 'http'],
  check(model) {
    const out: ReturnType<TemplateRule['check']> = [];
    for (const [id, r] of Object.entries(model.resources)) {
      const names = PROPERTIES[r?.Type ?? ''];
      const props = r?.Properties;
      if (!names || !props || props.DefinitionUri === undefined || props.DefinitionBody !== undefined) continue;
      for (const name of names) {
        if (props[name] === undefined || props[name] === null) continue;
        out.push([
          ['Resources', id, 'Properties', name],
          `${name} works only with an inline DefinitionBody: with DefinitionUri the AWS::Serverless transform stops ("${name} works only with inline ... 'DefinitionBody' property"). Inline the definition with DefinitionBody: {Fn::Transform: {Name: AWS::Include, Parameters: {Location: <file>}}}, or write ${name === 'Cors' || name === 'CorsConfiguration' ? 'the CORS setup' : 'it'} in the definition itself`,
        ]);
      }
    }
    return out;
  },
};
export default rule;
