/**
 * The bundled CLI's first module (dist/cli/main.js, run by bin/run.js). `apigw --version` is
 * answered here, from a few kilobytes of code; anything else loads the application — oclif, the
 * commands and the engine, one file (dist/cli/app.cjs; scripts/bundle.mjs says why) — with its
 * compiled code kept between runs (load-app.ts), and runs main().
 */
import { frontDoor } from './usage.js';
import { fastVersionLine, quietOnClosedPipe } from './version-line.js';

export async function start(argv: string[]): Promise<void> {
  const door = frontDoor(argv);
  // oclif answers --version itself when it comes first, whatever follows: main() does the same.
  if (door.kind === 'version' || door.argv[0] === '--version') {
    const line = await fastVersionLine();
    if (line) {
      quietOnClosedPipe();
      process.stdout.write(`${line}\n`);
      return;
    }
  }
  // Before the application loads: Node reads the source maps only of files loaded after this.
  if (argv.includes('--debug') || process.env.APIGW_DEBUG === '1') process.setSourceMapsEnabled(true);
  const { loadApp } = await import('./load-app.js');
  await loadApp(argv).main(argv);
}
