#!/usr/bin/env node
// Production entry: runs the bundled CLI (dist/cli, built by scripts/bundle.mjs).
import module from 'node:module';

// Node >= 22.1 keeps compiled bytecode of the bundle between runs (in the OS temp folder, or
// NODE_COMPILE_CACHE): most of a small lint is compiling JavaScript, and a pre-commit hook runs
// the same code every time. Node 20 has no such cache; there this is a no-op. NODE_DISABLE_COMPILE_CACHE=1 turns it off.
module.enableCompileCache?.();

// Imported after the cache is on (a static import would be compiled before this line runs).
const { main } = await import('../dist/cli/main.js');
await main(process.argv.slice(2));
