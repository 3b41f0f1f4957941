/**
 * Reads a definition file as text, turning every way a file can be unusable into one clear
 * InputError (exit 2): missing, a directory, too large, empty, binary, not UTF-8.
 */
import { readFileSync, statSync } from 'node:fs';
import { InputError } from '../core/errors.js';

/** Larger than API Gateway's 6 MB import limit on purpose: lint must still read what deploy would refuse. */
export const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;

export function readSourceText(path: string, maxBytes: number = DEFAULT_MAX_BYTES): string {
  let size: number;
  try {
    const stat = statSync(path);
    if (stat.isDirectory()) throw new InputError('is a directory, expected an OpenAPI file', { file: path });
    size = stat.size;
  } catch (error) {
    if (error instanceof InputError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(
      code === 'ENOENT' ? 'file not found' : `cannot read file (${code ?? 'unknown error'})`,
      { file: path },
      error,
    );
  }
  if (size > maxBytes) {
    throw new InputError(
      `file is ${formatBytes(size)}, larger than the ${formatBytes(maxBytes)} apigw reads (API Gateway imports at most 6 MB)`,
      { file: path },
    );
  }
  let buffer: Buffer;
  try {
    buffer = readFileSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(`cannot read file (${code ?? 'unknown error'})`, { file: path }, error);
  }
  if (buffer.length === 0) throw new InputError('file is empty', { file: path });
  // Decoded once (multi-MB files): a whitespace-only file is valid UTF-8 without NULs, so testing
  // emptiness after the binary and UTF-8 checks gives the same answer as testing it first.
  const binary = buffer.subarray(0, 8192).includes(0);
  let text: string | undefined;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(buffer);
  } catch {
    text = undefined;
  }
  if (text !== undefined && !binary && !/\S/.test(text)) throw new InputError('file is empty', { file: path });
  if (binary) throw new InputError('not a text file (binary content)', { file: path });
  if (text === undefined) throw new InputError('not valid UTF-8 text', { file: path });
  // A byte-order mark would otherwise become part of the first key.
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`;
}
