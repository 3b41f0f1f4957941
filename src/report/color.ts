/**
 * When to colour output. One rule for every command: colour on a TTY, never under NO_COLOR,
 * always under FORCE_COLOR (an explicit opt-in, e.g. CI logs that render ANSI), never for TERM=dumb.
 */
import { Chalk, type ChalkInstance } from 'chalk';

export interface ColorStream {
  isTTY?: boolean;
}

type Env = Record<string, string | undefined>;

/**
 * FORCE_COLOR wins over NO_COLOR because it is the more specific request (Node's own
 * `tty.getColorDepth` and chalk's supports-color check it first). `FORCE_COLOR=0`/`false` forces
 * colour off. NO_COLOR counts only when non-empty (https://no-color.org).
 */
export function shouldColor(stream: ColorStream, env: Env = process.env): boolean {
  const force = env.FORCE_COLOR;
  if (force !== undefined) return !['0', 'false'].includes(force.trim().toLowerCase());
  if (env.NO_COLOR) return false;
  if (env.TERM === 'dumb') return false;
  return stream.isTTY === true;
}

/** A chalk that colours exactly when asked (level 1: the 16 basic colours, so output is stable). */
export function painter(color: boolean): ChalkInstance {
  return new Chalk({ level: color ? 1 : 0 });
}
