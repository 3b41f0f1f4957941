import type { FrontDoor } from './usage.js';

/**
 * The line `apigw --version` prints, told without loading oclif (half of its start-up time), when
 * the front door asks for the version (oclif answers --version first, whatever follows); undefined
 * leaves it to oclif.
 */
export async function fastVersionAnswer(door: FrontDoor): Promise<string | undefined> {
  return door.kind === 'version' || door.argv[0] === '--version' ? fastVersionLine() : undefined;
}

/**
 * oclif's `config.userAgent` (`apigw/0.1.0 linux-x64 node-v20.20.2`), or undefined where oclif
 * would name the platform differently (WSL) and must answer itself. `apigw --version` prints it
 * without loading oclif.
 */
async function fastVersionLine(): Promise<string | undefined> {
  const [{ arch, release }, { readFileSync }, { version }] = await Promise.all([
    import('node:os'),
    import('node:fs'),
    import('../core/version.js'),
  ]);
  if (process.platform === 'linux') {
    let procVersion = '';
    try {
      procVersion = readFileSync('/proc/version', 'utf8');
    } catch {
      /* not every Linux has it */
    }
    if (/microsoft/i.test(release()) || /microsoft/i.test(procVersion)) return undefined;
  }
  const cpu = arch() === 'ia32' ? 'x86' : arch();
  return `apigw/${version()} ${process.platform}-${cpu} node-${process.version}`;
}

/**
 * `apigw --help | head`: the reader went away, nothing is left to say to it. Exit quietly (status
 * 0, as the output that was wanted has been taken) instead of an EPIPE error or Node's exit 13.
 */
export function quietOnClosedPipe(): void {
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EPIPE') process.exit(0);
      throw error;
    });
  }
}
