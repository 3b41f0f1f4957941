/**
 * The process entry. oclif parses and dispatches; this wrapper owns what the user sees when
 * something goes wrong: one line on stderr, a documented exit code, a stack only with --debug.
 */
import { ApigwError, ExitCode } from './errors.js';

export async function main(argv: string[], options: { loadOptions?: unknown } = {}): Promise<void> {
  const debug = argv.includes('--debug') || process.env.APIGW_DEBUG === '1';
  try {
    const { run, flush } = await import('@oclif/core');
    await run(argv, (options.loadOptions ?? import.meta.url) as string);
    await flush();
  } catch (error) {
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
  // Flag and argument parse failures from oclif are usage errors.
  if (isParseError(error) || /^command .+ not found/.test(e?.message ?? '')) {
    process.stderr.write(`apigw: ${firstLine(e.message)}\nSee 'apigw --help'.\n`);
    if (debug && e.stack) process.stderr.write(`${e.stack}\n`);
    return ExitCode.usage;
  }
  process.stderr.write(`apigw: internal error: ${firstLine(e?.message ?? String(error))}\n`);
  process.stderr.write(debug && e?.stack ? `${e.stack}\n` : 'Run again with --debug for details, and report it with that output.\n');
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
  return (text ?? '').split('\n').map((l) => l.trim()).filter(Boolean)[0] ?? 'unknown error';
}
