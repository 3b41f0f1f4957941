/**
 * Progress for long AWS steps. In CI, under NO_COLOR-free pipes and anywhere stderr is not a
 * terminal, plain `apigw: step...` lines (log-friendly, nothing rewritten). On a terminal, a
 * spinner on the running step that turns into ✔/✖ when it ends. The spinner's timer is unref'd,
 * so a step that throws can never keep the process alive.
 */
import type { Progress } from './steps.js';

export interface ProgressStream {
  write(text: string): unknown;
  isTTY?: boolean;
}

const FRAMES = ['⠋', '⠙', '⠹', '⠸', '⠼', '⠴', '⠦', '⠧', '⠇', '⠏'];

export function createProgress(
  options: { quiet?: boolean; stream?: ProgressStream; env?: NodeJS.ProcessEnv; intervalMs?: number } = {},
): Progress {
  const stream = options.stream ?? process.stderr;
  const env = options.env ?? process.env;
  if (options.quiet) return () => {};
  const plain = (line: string) => void stream.write(`apigw: ${line}\n`);
  if (!stream.isTTY || env.CI || env.TERM === 'dumb') return plain;

  let running: { text: string; timer: NodeJS.Timeout; frame: number } | undefined;
  const clear = () => stream.write('\r\u001b[2K');
  const stop = (mark: string, line: string) => {
    if (!running) return;
    clearInterval(running.timer);
    running = undefined;
    clear();
    stream.write(`${mark} ${line}\n`);
  };
  return (line: string) => {
    if (line.endsWith('...')) {
      if (running) stop('•', running.text);
      const state = { text: line.slice(0, -3), frame: 0, timer: undefined as unknown as NodeJS.Timeout };
      const draw = () => {
        clear();
        stream.write(`${FRAMES[state.frame++ % FRAMES.length]} ${state.text}`);
      };
      state.timer = setInterval(draw, options.intervalMs ?? 80);
      state.timer.unref();
      running = state;
      draw();
      return;
    }
    if (running && line.startsWith(`${running.text}: done`)) return stop('✔', line);
    if (running && line.startsWith(`${running.text}: failed`)) return stop('✖', line);
    if (running) {
      // Another message while a step runs (a lint warning, an importer warning): print it above the spinner.
      clear();
      stream.write(`  ${line}\n`);
      return;
    }
    plain(line);
  };
}
