import rule from '../../../rules/templates/template-media-type.js';
import { integrationDoc } from '../../support/fixtures.js';
import { ruleTester } from '../../support/rule-tester.js';

const doc = (mediaType: string, template: string) =>
  integrationDoc({
    type: 'http',
    httpMethod: 'GET',
    uri: 'https://example.com',
    responses: { default: { statusCode: '200', responseTemplates: { [mediaType]: template } } },
  });

// DG models-mappings: a response template is selected by, and sent as, its media type.
ruleTester(rule, {
  valid: [
    {
      name: 'XML under application/xml',
      code: doc('application/xml', "#set($r = $input.path('$'))\n<pet>$r.name</pet>"),
    },
    { name: 'JSON under application/json', code: doc('application/json', '{"name": "$input.path(\'$.name\')"}') },
    { name: 'plain text under text/plain', code: doc('text/plain', '{not checked}') },
  ],
  invalid: [
    {
      name: 'JSON under application/xml',
      code: doc('application/xml', '#set($r = $input.path(\'$\'))\n{"name": "$r.name"}'),
      errors: [
        {
          path: 'paths./pets.get.x-amazon-apigateway-integration.responses.default.responseTemplates.application/xml',
          line: 14,
          message: /This application\/xml response template renders JSON; .*\[template line 2, column 1/,
        },
      ],
    },
  ],
});
