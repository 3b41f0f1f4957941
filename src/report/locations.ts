/** How files and JSON paths are printed by the formatters. */
import { isAbsolute, relative, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { JsonPath } from '../core/finding.js';

/**
 * `file` relative to `cwd` with forward slashes, or the absolute path when it lies outside `cwd`
 * (a `../` path would not match anything in a repository checkout).
 */
export function displayPath(file: string, cwd: string): string {
  const rel = relative(cwd, file);
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) return file;
  return rel.split(sep).join('/');
}

/** A URI reference for SARIF: relative (percent-encoded) inside `cwd`, a file:// URI outside. */
export function artifactUri(file: string, cwd: string): string {
  const shown = displayPath(file, cwd);
  if (shown === file && isAbsolute(file)) return pathToFileURL(file).href;
  return shown.split('/').map(encodeURIComponent).join('/');
}

/** Spectral's `PrintStyle.Dot`: `paths./pets.get.responses.200`. */
export function dotPath(path: JsonPath): string {
  return path.map(String).join('.');
}

/** RFC 6901 JSON pointer: `/paths/~1pets/get`. */
export function jsonPointer(path: JsonPath): string {
  return path.map((s) => '/' + String(s).replace(/~/g, '~0').replace(/\//g, '~1')).join('');
}
