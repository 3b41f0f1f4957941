/** What the compile cache did in a run (src/cli/load-app.ts, reported under NODE_DEBUG=apigw): [command, step] pairs. */
export function compileCacheSteps(stderr: string): string[][] {
  return [...stderr.matchAll(/compile cache \S+[\\/]([0-9a-f]{32})-(\S+)\.bin: (\w+)/g)].map((m) => [m[2]!, m[3]!]);
}
