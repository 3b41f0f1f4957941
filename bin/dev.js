#!/usr/bin/env node
// Development entry: runs the TypeScript sources in src/ directly through tsx, so tests and
// contributors need no build. oclif's own transpile hook is bypassed: it is pointed at src/ instead.
import { readFileSync } from 'node:fs';
import { register } from 'tsx/esm/api';

register();
const root = new URL('..', import.meta.url).pathname;
const pjson = JSON.parse(readFileSync(`${root}package.json`, 'utf8'));
// The same explicit command list as the bundle (src/commands/index.ts), read from the sources.
pjson.oclif.commands = { ...pjson.oclif.commands, target: './src/commands/index.ts' };
const { settings } = await import('@oclif/core');
settings.enableAutoTranspile = false;
const { main } = await import('../src/cli/main.ts');
await main(process.argv.slice(2), { loadOptions: { root, pjson } });
