/**
 * Every API a template defines, and where its definition is: inline (`DefinitionBody`, `Body`),
 * in a local file (`AWS::Include` `Location`, `DefinitionUri`), out of reach (S3, an intrinsic),
 * or built resource by resource (`AWS::ApiGateway::Method`, `AWS::ApiGatewayV2::Route`, ...).
 */
import type { JsonPath } from '../../core/finding.js';
import { isIntrinsic } from '../intrinsics.js';

export type ApiProtocol = 'rest' | 'http' | 'websocket';

export type DefinitionPlace =
  /** OpenAPI written in the template at `path`. */
  | { how: 'inline'; path: JsonPath }
  /** A local file (`Location: ./api.yaml`, `DefinitionUri: api.yaml`) named at `path`. */
  | { how: 'include' | 'definition-uri'; file: string; path: JsonPath }
  /** Somewhere apigw cannot read offline (S3, a value computed by an intrinsic). */
  | { how: 'unreadable'; why: string; path: JsonPath }
  /** No definition document: the API is the resources that point at it. */
  | { how: 'resources' }
  /** SAM builds the definition from the functions' events: nothing written to check. */
  | { how: 'implicit'; path: JsonPath };

export interface TemplateApi {
  logicalId: string;
  type: string;
  protocol: ApiProtocol;
  place: DefinitionPlace;
  /** Path of the resource in the template (`['Resources', id]`). */
  path: JsonPath;
}

export function findTemplateApis(template: { Resources: Record<string, unknown> }): TemplateApi[] {
  const apis: TemplateApi[] = [];
  for (const [logicalId, resource] of Object.entries(template.Resources)) {
    if (resource === null || typeof resource !== 'object') continue;
    const { Type: type, Properties } = resource as { Type?: unknown; Properties?: unknown };
    const props = (
      Properties !== null && typeof Properties === 'object' && !Array.isArray(Properties) ? Properties : {}
    ) as Record<string, unknown>;
    const at = ['Resources', logicalId, 'Properties'];
    const api = (protocol: ApiProtocol, place: DefinitionPlace): void => {
      apis.push({ logicalId, type: String(type), protocol, place, path: ['Resources', logicalId] });
    };
    switch (type) {
      case 'AWS::Serverless::Api':
      case 'AWS::Serverless::HttpApi': {
        const protocol = type === 'AWS::Serverless::Api' ? 'rest' : 'http';
        if (props.DefinitionBody !== undefined)
          api(protocol, bodyPlace(props.DefinitionBody, [...at, 'DefinitionBody']));
        else if (props.DefinitionUri !== undefined)
          api(protocol, uriPlace(props.DefinitionUri, [...at, 'DefinitionUri']));
        else api(protocol, { how: 'implicit', path: ['Resources', logicalId] });
        break;
      }
      case 'AWS::Serverless::WebSocketApi':
        // Its Routes become the Route/Integration resources SAM generates (v2-resources.ts).
        api('websocket', { how: 'resources' });
        break;
      case 'AWS::ApiGateway::RestApi':
        if (props.Body !== undefined) api('rest', bodyPlace(props.Body, [...at, 'Body']));
        else if (props.BodyS3Location !== undefined)
          api('rest', {
            how: 'unreadable',
            why: 'BodyS3Location: the definition is in S3',
            path: [...at, 'BodyS3Location'],
          });
        else api('rest', { how: 'resources' });
        break;
      case 'AWS::ApiGatewayV2::Api': {
        const protocol = props.ProtocolType === 'WEBSOCKET' ? 'websocket' : 'http';
        if (props.Body !== undefined) api(protocol, bodyPlace(props.Body, [...at, 'Body']));
        else if (props.BodyS3Location !== undefined)
          api(protocol, {
            how: 'unreadable',
            why: 'BodyS3Location: the definition is in S3',
            path: [...at, 'BodyS3Location'],
          });
        else api(protocol, { how: 'resources' });
        break;
      }
      default:
        break;
    }
  }
  return apis;
}

/** `DefinitionBody`/`Body`: inline OpenAPI, an `AWS::Include` of a file, or a computed value. */
function bodyPlace(body: unknown, path: JsonPath): DefinitionPlace {
  if (isIntrinsic(body)) {
    const fn = Object.keys(body)[0]!;
    if (fn === 'Fn::Transform') {
      const transform = body[fn] as { Name?: unknown; Parameters?: { Location?: unknown } } | null;
      const locationPath = [...path, 'Fn::Transform', 'Parameters', 'Location'];
      if (transform?.Name !== 'AWS::Include')
        return {
          how: 'unreadable',
          why: `Fn::Transform ${describe(transform?.Name)} (only AWS::Include is read)`,
          path: [...path, 'Fn::Transform'],
        };
      return uriPlace(transform.Parameters?.Location, locationPath, 'include');
    }
    return { how: 'unreadable', why: `the definition is computed by ${fn} at deploy time`, path };
  }
  if (body === null || typeof body !== 'object' || Array.isArray(body))
    return { how: 'unreadable', why: 'the definition is not a mapping', path };
  return { how: 'inline', path };
}

/** A `Location`/`DefinitionUri`: a local path apigw reads, or S3 / a computed value it cannot. */
function uriPlace(
  value: unknown,
  path: JsonPath,
  how: 'include' | 'definition-uri' = 'definition-uri',
): DefinitionPlace {
  if (typeof value === 'string') {
    if (/^s3:\/\//i.test(value) || /^https?:\/\//i.test(value))
      return { how: 'unreadable', why: `${value} is in S3`, path };
    if (/\$\{[^}]+\}/.test(value))
      return { how: 'unreadable', why: `${value} names a file only known at deploy time`, path };
    return { how, file: value, path };
  }
  if (value !== null && typeof value === 'object' && !isIntrinsic(value) && 'Bucket' in value)
    return { how: 'unreadable', why: 'the definition is in S3 (Bucket/Key)', path };
  if (isIntrinsic(value))
    return { how: 'unreadable', why: `the location is computed by ${Object.keys(value)[0]} at deploy time`, path };
  return { how: 'unreadable', why: 'no location given', path };
}

function describe(value: unknown): string {
  return typeof value === 'string' ? value : 'with a computed name';
}
