/** A REST API `Api` with GET+POST /pets and GET /pets/{id} (Method resources), plus `resources`. */
export function restTemplate(resources: string): string {
  const method = (id: string, resource: string, verb: string) =>
    `  ${id}:\n    Type: AWS::ApiGateway::Method\n    Properties:\n      RestApiId: !Ref Api\n      ResourceId: !Ref ${resource}\n      HttpMethod: ${verb}\n      AuthorizationType: NONE\n      Integration: {Type: MOCK}\n`;
  return `Resources:\n  Api:\n    Type: AWS::ApiGateway::RestApi\n    Properties: {Name: pets}\n  Pets:\n    Type: AWS::ApiGateway::Resource\n    Properties: {RestApiId: !Ref Api, ParentId: !GetAtt Api.RootResourceId, PathPart: pets}\n  Pet:\n    Type: AWS::ApiGateway::Resource\n    Properties: {RestApiId: !Ref Api, ParentId: !Ref Pets, PathPart: '{id}'}\n${method('ListPets', 'Pets', 'GET')}${method('AddPet', 'Pets', 'POST')}${method('GetPet', 'Pet', 'GET')}${resources}`;
}
