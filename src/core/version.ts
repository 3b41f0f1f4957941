import { readFileSync } from 'node:fs';

let cached: string | undefined;

/** apigw's own version from package.json (src/cli and dist/src/cli both sit below the root). */
export function version(): string {
  if (cached) return cached;
  for (const up of ['../../package.json', '../../../package.json']) {
    try {
      const pkg = JSON.parse(readFileSync(new URL(up, import.meta.url), 'utf8')) as { name?: string; version?: string };
      if (pkg.name === 'apigw') return (cached = pkg.version ?? '0.0.0');
    } catch {
      /* try the next layout */
    }
  }
  return (cached = '0.0.0');
}
