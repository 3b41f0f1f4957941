/** Where a report goes: stdout, or the file named by `--output`. */
import { statSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { InputError } from '../core/errors.js';

/**
 * Writes `text` to `output` (resolved from `cwd`) or to `stdout`. The folder must exist: creating
 * folders for a mistyped path would hide the mistake; the user gets one line and exit 2 instead.
 */
export function writeReport(
  text: string,
  output: string | undefined,
  options: { cwd?: string; stdout?: { write(s: string): unknown } } = {},
): void {
  if (output === undefined || output === '-') {
    (options.stdout ?? process.stdout).write(text);
    return;
  }
  const file = resolve(options.cwd ?? process.cwd(), output);
  const dir = dirname(file);
  const dirStat = statSync(dir, { throwIfNoEntry: false });
  if (!dirStat) throw new InputError(`cannot write report: folder ${dir} does not exist`, { file: output });
  if (!dirStat.isDirectory()) throw new InputError(`cannot write report: ${dir} is not a folder`, { file: output });
  if (statSync(file, { throwIfNoEntry: false })?.isDirectory())
    throw new InputError('cannot write report: this is a folder', { file: output });
  try {
    writeFileSync(file, text);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'error';
    throw new InputError(`cannot write report (${code})`, { file: output }, error);
  }
}
