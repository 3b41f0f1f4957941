/** A REST path with a GET (mapping Access-Control-Allow-Origin) and an optional MOCK preflight. */
export function corsDoc(options: { preflight?: string; getOrigin?: string; extraRoot?: string } = {}): string {
  const origin = options.getOrigin ?? '"\'*\'"';
  return `swagger: '2.0'
info: {title: t, version: '1'}
paths:
  /pets:
    get:
      responses:
        '200':
          description: ok
          headers:
            Access-Control-Allow-Origin: {type: string}
      x-amazon-apigateway-integration:
        type: http
        httpMethod: GET
        uri: https://example.com/pets
        responses:
          default:
            statusCode: '200'
            responseParameters:
              method.response.header.Access-Control-Allow-Origin: ${origin}
${options.preflight ?? ''}${options.extraRoot ?? ''}`;
}

export const PREFLIGHT = `    options:
      responses:
        '200': {description: ok}
      x-amazon-apigateway-integration:
        type: mock
        requestTemplates:
          application/json: '{"statusCode": 200}'
        responses:
          default:
            statusCode: '200'
            responseParameters:
              method.response.header.Access-Control-Allow-Headers: "'Content-Type,Authorization'"
              method.response.header.Access-Control-Allow-Methods: "'GET,OPTIONS'"
              method.response.header.Access-Control-Allow-Origin: "'*'"
`;
