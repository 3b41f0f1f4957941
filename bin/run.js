#!/usr/bin/env node
// Production entry: runs the bundled CLI (dist/cli, built by scripts/bundle.mjs).
import module from 'node:module';

// Node >= 22.1 keeps compiled bytecode between runs (in the OS temp folder, or NODE_COMPILE_CACHE)
// for what this process loads as a module: dist/cli/main.js and, for deploy and `diff aws:`, the
// AWS SDK from node_modules. The application itself (dist/cli/app.cjs) has a code cache of its own,
// on every Node version (src/cli/load-app.ts). NODE_DISABLE_COMPILE_CACHE=1 turns both off.
module.enableCompileCache?.();

// Imported after the cache is on (a static import would be compiled before this line runs).
const { start } = await import('../dist/cli/main.js');
await start(process.argv.slice(2));
