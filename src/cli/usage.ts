/**
 * The CLI's front door conventions, before and after oclif parses:
 * - aliases oclif has no built-in command for: `-h`, `help [COMMAND]`, `-v`, `version`;
 * - usage errors as one line that names the flag (or command) and what it needs, with a
 *   "did you mean" for a mistyped command or flag.
 */
import { closest } from '../core/suggest.js';

/** What main() should do with argv: run oclif with (possibly rewritten) argv, or print the version. */
export type FrontDoor = { kind: 'run'; argv: string[] } | { kind: 'version' };

/** `--debug` or APIGW_DEBUG=1: stack traces on errors, through a debug build's source maps. */
export function debugRequested(argv: string[]): boolean {
  return argv.includes('--debug') || process.env.APIGW_DEBUG === '1';
}

export function frontDoor(argv: string[]): FrontDoor {
  const [first, ...rest] = argv;
  if (argv.length === 1 && (first === '-v' || first === 'version' || first === '--version')) return { kind: 'version' };
  if (first === 'help') return { kind: 'run', argv: [...rest.filter((a) => !a.startsWith('-')), '--help'] };
  // -h anywhere before `--` is help (no apigw flag uses -h).
  const end = argv.indexOf('--');
  const head = end === -1 ? argv : argv.slice(0, end);
  if (head.includes('-h'))
    return { kind: 'run', argv: argv.map((a, i) => (a === '-h' && (end === -1 || i < end) ? '--help' : a)) };
  return { kind: 'run', argv };
}

interface ParseErrorShape {
  message?: string;
  flags?: string[];
  parse?: { input?: { flags?: Record<string, { description?: string; char?: string }> } };
}

/** Known flag names of the command whose parse failed, with their leading dashes. */
function flagNames(error: ParseErrorShape): string[] {
  const defs = error.parse?.input?.flags ?? {};
  return Object.keys(defs).map((n) => `--${n}`);
}

/**
 * One line for an oclif parse failure, or undefined when the message is not one apigw rewrites.
 * oclif's own text spreads over lines ("The following error occurred:\n  Missing required flag
 * stage\nSee more help with --help").
 */
export function usageLine(error: ParseErrorShape, constructorName: string): string | undefined {
  const message = error.message ?? '';
  if (constructorName === 'NonExistentFlagsError' && error.flags?.length) {
    const known = flagNames(error);
    return error.flags
      .map((flag) => {
        const name = flag.split('=')[0];
        const hit = name.startsWith('--')
          ? closest(
              name.slice(2),
              known.map((k) => k.slice(2)),
            )
          : undefined;
        return `unknown flag ${name}${hit ? ` (did you mean --${hit}?)` : ''}`;
      })
      .join('; ');
  }
  const required = [...message.matchAll(/Missing required flag (\S+)/g)].map((m) => m[1]);
  if (required.length > 0) {
    const defs = error.parse?.input?.flags ?? {};
    return required
      .map((name) => {
        const what = defs[name]?.description?.replace(/\.$/, '');
        return `missing required flag --${name}${what ? ` (${what.charAt(0).toLowerCase()}${what.slice(1)})` : ''}`;
      })
      .join('; ');
  }
  return undefined;
}

/**
 * oclif reports a flag given without its value as a plain Error, not a parse error:
 * "Flag --cases expects a value", "Flag --format expects one of these values: a, b".
 */
export function missingValueLine(message: string): string | undefined {
  const m = /^Flag (--[\w-]+) expects (a value|one of these values: (.+))$/.exec(message.split('\n')[0].trim());
  if (m) return m[3] ? `${m[1]} needs a value: one of ${m[3]}` : `${m[1]} needs a value`;
  // An integer flag given something else (`--max-depth abc`, `--max-file-size 0`): oclif throws a
  // plain Error "Parsing --flag \n\tExpected an integer ... but received: x".
  const bad = /^Parsing (--[\w-]+)\s*\n\s*(Expected [^\n]+)/.exec(message);
  return bad ? `${bad[1]}: ${bad[2].trim()}` : undefined;
}

/**
 * "command lnt:x.yaml not found": oclif joined every leading word with the topic separator.
 * Returns the line to print, with the closest command when one is near.
 */
export function unknownCommandLine(argv: string[], commandIds: string[]): string {
  const words = argv.filter((a) => !a.startsWith('-'));
  const ids = commandIds.map((id) => id.replace(/:/g, ' '));
  const topics = new Set(ids.filter((id) => id.includes(' ')).map((id) => id.split(' ')[0]));
  const typed =
    words[0] !== undefined && topics.has(words[0]) && words[1] !== undefined
      ? `${words[0]} ${words[1]}`
      : (words[0] ?? '');
  const hit = closest(typed, ids);
  return `'${typed}' is not an apigw command${hit ? ` (did you mean '${hit}'?)` : ''}`;
}
