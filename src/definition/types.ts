/**
 * What the loader hands to every other module. A definition is parsed once; validate, lint
 * (Spectral), test-template, diff and deploy all read this.
 */
import type { Finding, JsonPath, Range } from '../core/finding.js';

export type SpecVersion = 'swagger2' | 'oas30' | 'oas31' | 'unknown';
export type ApiFlavour = 'rest' | 'http';

/** One file as parsed, with its positions (the same parse Spectral reuses). */
export interface SourceFile {
  /** Absolute path. */
  path: string;
  text: string;
  format: 'yaml' | 'json';
  /** Plain data of this file, `$ref`s left as they are. */
  data: unknown;
  /** Range of the node at `path` inside this file, or of its closest ancestor. */
  rangeOf(path: JsonPath): Range;
  /** The @stoplight/spectral-parsers result (data, ast, lineMap, diagnostics), for Spectral's ParsedDocument. */
  parserResult: unknown;
  /** Every `$ref` written in this file, with the path of the object that holds it (filled by the loader). */
  refs: FileRef[];
  /**
   * Set when this is a view of a CloudFormation template: `data` is a definition embedded in (or
   * built from) the template at `path`, and paths into `data` map to paths in the template.
   */
  embedded?: { toTemplate(path: JsonPath): JsonPath };
}

/** Where a definition read from a CloudFormation/SAM template came from. */
export interface DefinitionOrigin {
  /** Absolute path of the template. */
  template: string;
  /** Logical id of the API resource. */
  logicalId: string;
  /** `AWS::Serverless::Api`, `AWS::ApiGateway::RestApi`, ... */
  resourceType: string;
  /** How the definition is written: inline body, an included file, or built from resources. */
  how: 'inline' | 'include' | 'definition-uri' | 'resources';
  /** Security schemes SAM adds to the definition from the Api's `Auth` property. */
  samSecuritySchemes?: string[];
  /** Rules not reported because SAM writes their subject into the definition and apigw did not model it. */
  samGenerated?: string[];
  /**
   * Nodes the AWS::Serverless transform writes into the definition (`Cors` -> OPTIONS methods,
   * `Auth` -> security, `GatewayResponses`), with the template property (and its range) each came from.
   */
  samAdded?: { built: JsonPath; template: JsonPath; range: Range }[];
}

export interface FileRef {
  /** The `$ref` string as written. */
  ref: string;
  /** Path of the `{ $ref }` object inside the file. */
  path: (string | number)[];
}

/** A CloudFormation intrinsic written as a YAML short tag (`!Sub`, `!GetAtt`, ...) or as an `Fn::*`/`Ref` object. */
export interface Intrinsic {
  file: string;
  /** Path inside `file`. */
  path: JsonPath;
  /** `Fn::Sub`, `Fn::GetAtt`, `Ref`, ... */
  fn: string;
}

export interface Location {
  /** The file that holds the node, after following `$ref`s. */
  file: string;
  /** The node's path inside that file. */
  path: JsonPath;
  range: Range;
}

export interface LoadedSpec {
  /** Absolute path of the entry file. */
  rootFile: string;
  /** Every file read (entry first), by absolute path. */
  files: Map<string, SourceFile>;
  /** The entry file's data, `$ref`s not followed. */
  raw: any;
  /**
   * The whole definition with every resolvable `$ref` replaced by its target (shared objects, so it
   * may be cyclic for circular refs). Unresolvable refs stay as `{ $ref }` objects. Intrinsics are
   * normalised: `!Sub x` and `{ "Fn::Sub": x }` become the string x (placeholders kept); other
   * intrinsics become `{ "Fn::GetAtt": ... }`-style objects (see `isIntrinsic`).
   */
  resolved: any;
  version: SpecVersion;
  /** The `openapi`/`swagger` field as written. */
  versionText: string;
  flavour: { type: ApiFlavour; reason: string; explicit: boolean };
  /** Maps a path in `resolved` to the file and place that hold it (follows `$ref`s hop by hop). */
  locate(path: JsonPath): Location;
  /** Intrinsics found while loading. */
  intrinsics: Intrinsic[];
  /** Problems found while loading that do not stop it (dangling `$ref`, YAML warnings, OAS 3.1, ...). */
  problems: Finding[];
  /** Set when the definition was found inside a CloudFormation/SAM template. */
  origin?: DefinitionOrigin;
}

/** How much a load may read and parse (`--max-file-size`, `--max-depth`, `--max-aliases`). */
export interface ReadLimits {
  /** Largest file accepted, in bytes (default 50 MiB; API Gateway's own import limit is 6 MB). */
  maxBytes?: number;
  /** Nesting depth and YAML alias limits (defaults in parse-limits.ts). */
  maxDepth?: number;
  maxAliases?: number;
}

export interface LoadOptions extends ReadLimits {
  /** `--api-type`: overrides detection. */
  apiType?: ApiFlavour;
  /** What set `apiType` (shown by lint), when not the flag or apigw.yaml. */
  apiTypeReason?: string;
  /** The template the definition was found in. */
  origin?: DefinitionOrigin;
  /**
   * A `$ref` that resolves to nothing (missing file or pointer): `throw` (default) stops with an
   * InputError; `report` (lint, validate) adds an `apigw-ref-dangling` error to `problems` and leaves
   * the `{ $ref }` object in `resolved` as an opaque value.
   */
  danglingRefs?: 'throw' | 'report';
  /**
   * Folders `$ref`s may read from (default: the entry file's folder). A ref to a file elsewhere is
   * an `apigw-ref-outside-root` error finding and the file is never opened.
   */
  roots?: string[];
}
