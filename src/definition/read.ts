/**
 * Reads a definition file as text, turning every way a file can be unusable into one clear
 * InputError (exit 2): missing, a directory, a device/FIFO/socket, too large, empty, binary, not UTF-8.
 *
 * Files come from untrusted places (a pull request's `$ref`), so the read itself is bounded: the
 * file is opened without blocking, refused unless it is a regular file (so `/dev/zero`,
 * `/dev/stdin` or a FIFO are never read from), and read in chunks that stop one byte past the
 * limit, counting bytes actually read rather than trusting `stat.size` (which /proc files get wrong).
 */
import { closeSync, constants, fstatSync, openSync, readSync, statSync } from 'node:fs';
import { InputError } from '../core/errors.js';

/** Larger than API Gateway's 6 MB import limit on purpose: lint must still read what deploy would refuse. */
export const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;

/** The raw bytes of a regular file, at most `maxBytes`; InputError (exit 2) for anything else. */
export function readBoundedBytes(
  path: string,
  maxBytes: number = DEFAULT_MAX_BYTES,
  expected = 'an OpenAPI file',
): Buffer {
  let fd: number;
  try {
    // Refused before opening: opening a socket fails oddly, a tape device may rewind.
    const stat = statSync(path);
    if (!stat.isFile() && !stat.isDirectory())
      throw new InputError(`not a regular file (a device, FIFO or socket): apigw reads only regular files`, {
        file: path,
      });
    // O_NONBLOCK: opening a FIFO without a writer would otherwise wait forever.
    fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOCTTY ?? 0));
  } catch (error) {
    if (error instanceof InputError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(
      code === 'ENOENT'
        ? 'file not found'
        : code === 'EISDIR'
          ? `is a directory, expected ${expected}`
          : `cannot read file (${code ?? 'unknown error'})`,
      { file: path },
      error,
    );
  }
  try {
    const stat = fstatSync(fd);
    if (stat.isDirectory()) throw new InputError(`is a directory, expected ${expected}`, { file: path });
    if (!stat.isFile())
      throw new InputError(`not a regular file (a device, FIFO or socket): apigw reads only regular files`, {
        file: path,
      });
    if (stat.size > maxBytes) throw tooLarge(path, stat.size, maxBytes);
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(Math.min(1024 * 1024, maxBytes + 1 - total));
      let n: number;
      try {
        n = readSync(fd, chunk, 0, chunk.length, null);
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        throw new InputError(`cannot read file (${code ?? 'unknown error'})`, { file: path }, error);
      }
      if (n === 0) break;
      chunks.push(n === chunk.length ? chunk : chunk.subarray(0, n));
      total += n;
      if (total > maxBytes) throw tooLarge(path, total, maxBytes, true);
    }
    return Buffer.concat(chunks, total);
  } finally {
    closeSync(fd);
  }
}

function tooLarge(path: string, size: number, maxBytes: number, atLeast = false): InputError {
  return new InputError(
    `file is ${atLeast ? 'over ' : ''}${formatBytes(atLeast ? maxBytes : size)}, larger than the ${formatBytes(maxBytes)} apigw reads (API Gateway imports at most 6 MB; raise the limit with --max-file-size)`,
    { file: path },
  );
}

export function readSourceText(path: string, maxBytes: number = DEFAULT_MAX_BYTES): string {
  const buffer = readBoundedBytes(path, maxBytes);
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

/**
 * A text file apigw reads besides definitions (apigw.yaml, a mapping template, an event or a case
 * file): read under the same bounds (regular files only, bytes counted), decoded as UTF-8; an empty
 * file is allowed (an empty template renders nothing).
 */
export function readBoundedText(path: string, maxBytes: number = DEFAULT_MAX_BYTES, expected = 'a text file'): string {
  const text = readBoundedBytes(path, maxBytes, expected).toString('utf8');
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`;
}
