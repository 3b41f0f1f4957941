/**
 * One side of a diff, from however the user named it: a file, `git:REV:PATH`, `aws:API` or
 * `aws:API/STAGE`. Each becomes the same normalised model.
 */
import { resolve } from 'node:path';
import { InputError } from '../../core/errors.js';
import type { ApiGatewaySession } from '../../aws/client.js';
import type { ApiGatewayV2Session } from '../../aws/client-v2.js';
import { substitute } from '../canonical.js';
import { modelFromOpenApi } from '../from-openapi.js';
import type { WsApiModel } from '../websocket.js';
import { emptyModel, type ApiModel, type ApiType } from '../model.js';
import type { ReadLimits } from '../../definition/types.js';

export type SourceRef =
  | { kind: 'file'; text: string; path: string }
  | { kind: 'git'; text: string; rev: string; path: string }
  | { kind: 'aws'; text: string; api: string; stage?: string };

export interface SideOptions {
  cwd: string;
  apiType?: ApiType;
  /** REST endpoint type from apigw.yaml, for definitions (which cannot say it). */
  endpointType?: string;
  /** `${name}` placeholders replaced in definitions before comparing (`AWS::Region`, apigw.yaml vars). */
  vars: Record<string, string>;
  /** Opened on first use, so file-only diffs never touch AWS settings. */
  session: () => Promise<ApiGatewaySession>;
  /** The apigatewayv2 client, for HTTP APIs (opened on first use). */
  sessionV2?: () => Promise<ApiGatewayV2Session>;
  /** Folders besides a file's own that its `$ref`s may read; a git source reads only inside its revision's tree. */
  roots: string[];
  limits: ReadLimits;
}

export interface Side {
  ref: SourceRef;
  model: ApiModel;
  notes: string[];
  /** For aws sources: the API id it resolved to. */
  apiId?: string;
  /** For a CloudFormation/SAM template: each API with a definition, by logical id (`model` is the first). */
  apis?: Record<string, ApiModel>;
  /** For a template: each WebSocket API, by logical id. */
  wsApis?: Record<string, WsApiModel>;
}

export async function parseSourceRef(text: string): Promise<SourceRef> {
  if (text.startsWith('git:')) {
    const { parseGitRef } = await import('./git.js');
    return { kind: 'git', text, ...parseGitRef(text) };
  }
  if (text.startsWith('aws:')) {
    const { parseAwsRef } = await import('./aws.js');
    return { kind: 'aws', text, ...parseAwsRef(text) };
  }
  if (text.trim() === '') throw new InputError('empty source: expected a file, git:REV:PATH, aws:API or aws:API/STAGE');
  return { kind: 'file', text, path: text };
}

export async function loadSide(ref: SourceRef, options: SideOptions): Promise<Side> {
  if (ref.kind === 'aws') {
    const { loadAwsApi } = await import('./aws-any.js');
    const result = await loadAwsApi(ref.api, ref.stage, options);
    return { ref, model: result.model, notes: result.notes, apiId: result.apiId };
  }
  if (ref.kind === 'git') {
    const { materialiseGitFile } = await import('./git.js');
    const copy = await materialiseGitFile(ref, options.cwd, ref.text, options.limits.maxBytes);
    try {
      return { ref, ...(await modelFromFile(copy.file, { ...options, roots: [] }, ref.text, copy.root)), notes: [] };
    } finally {
      copy.cleanup();
    }
  }
  return { ref, ...(await modelFromFile(resolve(options.cwd, ref.path), options)), notes: [] };
}

async function modelFromFile(
  file: string,
  options: SideOptions,
  label?: string,
  tempRoot?: string,
): Promise<{ model: ApiModel; apis?: Record<string, ApiModel>; wsApis?: Record<string, WsApiModel> }> {
  const { loadDefinitions } = await import('../../definition/definitions.js');
  const { assertNoRefusedRefs } = await import('../../definition/load.js');
  const { rootsFor } = await import('../../definition/confine.js');
  let loaded;
  try {
    // A git source's root is its whole tree at the revision (the temporary copy), nothing else.
    loaded = await loadDefinitions(file, {
      apiType: options.apiType,
      roots: tempRoot ? [tempRoot] : rootsFor(file, options.roots),
      ...options.limits,
    });
    assertNoRefusedRefs(loaded.file, [...loaded.problems, ...loaded.specs.flatMap((s) => s.problems)]);
    const webSocket = loaded.template?.apis.some((a) => a.protocol === 'websocket');
    if (loaded.specs.length === 0 && !webSocket) {
      const why = loaded.problems[0]?.message;
      throw new InputError(`no API definition apigw can compare in this template${why ? ` (${why})` : ''}`, {
        file: loaded.file,
      });
    }
  } catch (error) {
    // Errors about the temporary copy of a git source name the source the user gave instead.
    if (label && tempRoot && error instanceof InputError && error.place?.file?.startsWith(tempRoot)) {
      const inner = error.place.file.slice(tempRoot.length + 1);
      const message = error.message.split(`${tempRoot}/`).join('').split(tempRoot).join(`the tree of ${label}`);
      throw new InputError(message, { ...error.place, file: `${label} (${inner})` }, error);
    }
    throw error;
  }
  const toModel = (spec: (typeof loaded.specs)[number]) =>
    substitute(
      modelFromOpenApi(spec.resolved, { type: spec.flavour.type, endpointType: options.endpointType }),
      options.vars,
    );
  if (!loaded.template) return { model: toModel(loaded.specs[0]!) };
  // A template: its APIs are compared by logical id.
  const apis: Record<string, ApiModel> = {};
  for (const spec of loaded.specs) apis[spec.origin!.logicalId] = toModel(spec);
  const { v2ApisOf } = await import('../../definition/template/v2-resources.js');
  const { wsModelOf } = await import('../websocket.js');
  const wsApis: Record<string, WsApiModel> = {};
  const resources = (loaded.template.template.data as { Resources: Parameters<typeof v2ApisOf>[0] }).Resources;
  for (const api of v2ApisOf(resources)) if (api.protocol === 'websocket') wsApis[api.id] = wsModelOf(api);
  return { model: Object.values(apis)[0] ?? emptyModel('rest'), apis, wsApis };
}
