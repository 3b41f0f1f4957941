/**
 * The process entry. oclif parses and dispatches; this wrapper owns what the user sees when
 * something goes wrong: one line on stderr, a documented exit code, a stack only with --debug.
 */
import { escapeControl } from '../core/control-chars.js';
import { ApigwError, ExitCode } from '../core/errors.js';
import { debugRequested, frontDoor, missingValueLine, unknownCommandLine, usageLine } from './usage.js';
import { fastVersionAnswer, quietOnClosedPipe } from './version-line.js';

export async function main(argv: string[], options: { loadOptions?: unknown } = {}): Promise<void> {
  const debug = debugRequested(argv);
  // The bundle's code is minified onto few lines: with --debug, stack traces go through its source
  // maps to the TypeScript sources where a debug build (`npm run build:debug`) wrote them; the
  // published package carries none.
  if (debug) process.setSourceMapsEnabled(true);
  quietOnClosedPipe();
  const door = frontDoor(argv);
  // oclif answers --version itself when it comes first, whatever follows.
  const args = door.kind === 'version' ? ['--version'] : door.argv;
  try {
    const version = await fastVersionAnswer(door);
    if (version) {
      process.stdout.write(`${version}\n`);
      return;
    }
    const { cjsExports } = await import('../core/interop.js');
    const { run, flush } = cjsExports(await import('@oclif/core'));
    await run(args, (options.loadOptions ?? import.meta.url) as string);
    await flush();
  } catch (error) {
    if (/^command .+ not found/.test((error as Error)?.message ?? '')) {
      // The command ids from oclif's own config (the cli layer does not import the commands).
      const { cjsExports } = await import('../core/interop.js');
      const { Config } = cjsExports(await import('@oclif/core'));
      const config = await Config.load((options.loadOptions ?? import.meta.url) as string);
      process.stderr.write(`apigw: ${unknownCommandLine(args, config.commandIDs)}\nSee 'apigw --help'.\n`);
      process.exitCode = ExitCode.usage;
      return;
    }
    process.exitCode = report(error, debug);
  }
}

/** Prints an escaped error and returns the exit code it maps to. */
export function report(error: unknown, debug: boolean): number {
  const e = error as { oclif?: { exit?: number }; code?: string; message?: string; stack?: string };
  // oclif's own exits (this.exit(n), --help, --version) are not failures.
  if (e?.code === 'EEXIT' && typeof e.oclif?.exit === 'number') return e.oclif.exit;
  if (error instanceof ApigwError) {
    process.stderr.write(`apigw: ${error.line}\n`);
    if (debug && error.stack) process.stderr.write(`${error.stack}\n`);
    return error.exitCode;
  }
  // Flag and argument parse failures from oclif are usage errors: one line naming the flag.
  const missingValue = missingValueLine(e?.message ?? '');
  if (isParseError(error) || missingValue) {
    const line =
      missingValue ?? usageLine(e as never, (error as object).constructor?.name ?? '') ?? firstLine(e.message);
    process.stderr.write(`apigw: ${escapeControl(line)}\nSee 'apigw --help'.\n`);
    if (debug && e.stack) process.stderr.write(`${e.stack}\n`);
    return ExitCode.usage;
  }
  process.stderr.write(`apigw: internal error: ${escapeControl(firstLine(e?.message ?? String(error)))}\n`);
  process.stderr.write(
    debug && e?.stack ? `${e.stack}\n` : 'Run again with --debug for details, and report it with that output.\n',
  );
  return ExitCode.usage;
}

/** oclif's parser errors all derive from CLIParseError; walk the prototype chain to find it. */
function isParseError(error: unknown): boolean {
  for (let proto = error ? Object.getPrototypeOf(error) : null; proto; proto = Object.getPrototypeOf(proto)) {
    if (proto.constructor?.name === 'CLIParseError') return true;
  }
  return false;
}

function firstLine(text: string | undefined): string {
  return (
    (text ?? '')
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean)[0] ?? 'unknown error'
  );
}
