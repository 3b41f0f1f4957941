import rule from '../../../rules/validation/model-content-type.js';
import { oas3, swagger2 } from '../../support/fixtures.js';
import { ruleTester } from '../../support/rule-tester.js';

// DG api-gateway-known-issues / api-gateway-export-api: models are for application/json.
ruleTester(rule, {
  valid: [
    {
      name: 'binary uploads and responses',
      code: oas3(`paths:
  /a:
    put:
      requestBody:
        content:
          application/octet-stream:
            schema: {type: string, format: binary}
      responses:
        '200':
          description: ok
          content:
            text/html:
              schema: {type: object}
`),
    },
    {
      // DG api-gateway-method-request-validation: a `$default` model validates requests of any
      // content type (corpus: serverless-patterns apigw-lambda-request-validator).
      name: 'a $default request model (any content type)',
      code: swagger2(`paths:
  /a:
    post:
      consumes: [$default]
      parameters:
        - {in: body, name: b, schema: {type: object, properties: {a: {type: string}}}}
      responses: {}
`),
    },
  ],
  invalid: [
    {
      name: 'an object schema for an XML request body',
      code: oas3(`paths:
  /a:
    post:
      requestBody:
        content:
          application/xml:
            schema: {type: object, properties: {a: {type: string}}}
          application/vnd.api+json:
            schema: {type: object}
      responses: {}
`),
      errors: [{ path: 'paths./a.post.requestBody.content.application/xml.schema', line: 9 }],
    },
  ],
});
