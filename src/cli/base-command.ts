/**
 * Every apigw command extends this: it adds --debug and turns escaped errors into one line and a
 * documented exit code (see ./errors.ts), so no command prints a stack trace by accident.
 */
import { Command, Flags } from '@oclif/core';
import { report } from './main.js';

export abstract class BaseCommand extends Command {
  static override baseFlags = {
    debug: Flags.boolean({ description: 'Show internals (stack traces) for bug reports.', helpGroup: 'GLOBAL' }),
  };

  /** Writes to stdout without oclif's formatting (byte-exact output for templates, JSON, SARIF). */
  protected write(text: string): void {
    process.stdout.write(text);
  }

  protected override async catch(error: Error & { exitCode?: number }): Promise<never> {
    const debug = this.argv.includes('--debug') || process.env.APIGW_DEBUG === '1';
    const code = report(error, debug);
    this.exit(code);
    throw error; // unreachable: this.exit throws
  }
}
