/**
 * When to colour output. One rule for every command: colour on a TTY, never under NO_COLOR,
 * under FORCE_COLOR also when piped (an explicit opt-in, e.g. CI logs that render ANSI), never for
 * TERM=dumb.
 */
import { Chalk, type ChalkInstance } from 'chalk';

export interface ColorStream {
  isTTY?: boolean;
}

type Env = Record<string, string | undefined>;

/**
 * NO_COLOR wins over FORCE_COLOR: it is the user's standing "never" (https://no-color.org; often set
 * once in a shell profile), while FORCE_COLOR is commonly set by CI images for every tool. Node
 * itself lets FORCE_COLOR win, so a pipeline that needs colour must unset NO_COLOR. NO_COLOR counts
 * only when non-empty; `FORCE_COLOR=0`/`false` forces colour off.
 */
export function shouldColor(stream: ColorStream, env: Env = process.env): boolean {
  if (env.NO_COLOR) return false;
  const force = env.FORCE_COLOR;
  if (force !== undefined) return !['0', 'false'].includes(force.trim().toLowerCase());
  if (env.TERM === 'dumb') return false;
  return stream.isTTY === true;
}

/** A chalk that colours exactly when asked (level 1: the 16 basic colours, so output is stable). */
export function painter(color: boolean): ChalkInstance {
  return new Chalk({ level: color ? 1 : 0 });
}
