/**
 * Errors that reach the user as one line. Anything else that escapes a command is a bug and is
 * reported as such (with its stack under --debug).
 */
import { escapeControl } from './control-chars.js';

/** Documented exit codes, shared by every command (see README "Exit codes"). */
export const ExitCode = {
  ok: 0,
  /** Findings at or above the fail severity, a failed template case, a breaking diff, a failed deploy step. */
  findings: 1,
  /** Bad usage or unreadable input: missing file, broken YAML, not OpenAPI, bad flags. */
  usage: 2,
  /** AWS refused or failed the call (access denied, not found, conflict, bad request). */
  aws: 3,
  /** AWS could not be reached (dead endpoint, timeout, retries exhausted). */
  network: 4,
  /** The user declined a confirmation prompt. */
  aborted: 5,
} as const;
export type ExitCodeValue = (typeof ExitCode)[keyof typeof ExitCode];

export interface ErrorPlace {
  file?: string;
  /** 1-based line and column, as printed. */
  line?: number;
  column?: number;
}

/** A failure the user can act on: printed as `apigw: <file>:<line>:<col>: <message>` and mapped to an exit code. */
export class ApigwError extends Error {
  readonly exitCode: ExitCodeValue;
  readonly place?: ErrorPlace;

  constructor(message: string, options: { exitCode?: ExitCodeValue; place?: ErrorPlace; cause?: unknown } = {}) {
    super(message, { cause: options.cause });
    this.name = 'ApigwError';
    this.exitCode = options.exitCode ?? ExitCode.usage;
    this.place = options.place;
  }

  /** The one line shown to the user; a file name or message from user data cannot break it (control characters escaped). */
  get line(): string {
    const p = this.place;
    if (!p?.file) return escapeControl(this.message);
    const where = p.line ? `${p.file}:${p.line}${p.column ? `:${p.column}` : ''}` : p.file;
    return escapeControl(`${where}: ${this.message}`);
  }
}

/** Settings no file can be checked without (a user ruleset that does not load): ends the whole run (exit 2). */
export class SetupError extends ApigwError {
  constructor(message: string, place?: ErrorPlace, cause?: unknown) {
    super(message, { exitCode: ExitCode.usage, place, cause });
    this.name = 'SetupError';
  }
}

/** Bad input: unreadable, unparsable or not a definition at all (exit 2). */
export class InputError extends ApigwError {
  constructor(message: string, place?: ErrorPlace, cause?: unknown) {
    super(message, { exitCode: ExitCode.usage, place, cause });
    this.name = 'InputError';
  }
}

/**
 * Input that holds no API definition: a docker-compose file, a package.json, YAML that is not
 * OpenAPI or Swagger (and, where templates are read, a template without an API). An InputError
 * (exit 2) like any other, except under `lint --ignore-unknown`, which skips exactly these: the
 * loader decides from the parsed document, not from a look at the text.
 */
export class NotAnApiError extends InputError {
  constructor(message: string, place?: ErrorPlace, cause?: unknown) {
    super(message, place, cause);
    this.name = 'NotAnApiError';
  }
}
