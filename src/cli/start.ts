/**
 * The bundled CLI's first module (dist/cli/main.js, run by bin/run.js). `apigw --version` is
 * answered here, from a few kilobytes of code; anything else loads the application — oclif, the
 * commands and the engine, one file (dist/cli/app.cjs; scripts/bundle.mjs says why) — with its
 * compiled code kept between runs (load-app.ts), and runs main().
 */
import { debugRequested, frontDoor } from './usage.js';
import { fastVersionAnswer, quietOnClosedPipe } from './version-line.js';

export async function start(argv: string[]): Promise<void> {
  const version = await fastVersionAnswer(frontDoor(argv));
  if (version) {
    quietOnClosedPipe();
    process.stdout.write(`${version}\n`);
    return;
  }
  // Before the application loads: Node reads the source maps only of files loaded after this.
  const debug = debugRequested(argv);
  if (debug) process.setSourceMapsEnabled(true);
  const { loadApp } = await import('./load-app.js');
  await loadApp(argv, debug).main(argv);
}
